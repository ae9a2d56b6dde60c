import { once } from 'node:events';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './options';

export interface CliIo {
  /**
   * Text, or --json's UTF-8 chunks (each whole characters). A promise means the output is backed up: wait for it
   * before writing more (the --json stream does).
   */
  stdout: (text: string | Uint8Array) => void | Promise<void>;
  stderr: (text: string) => void;
  isTty: boolean;
}

/**
 * Whether whoever read the output has gone (`resource-review … --json | head`): the rest is dropped, as Unix tools
 * do, rather than reported as a failed write. Any other error writing the output is still an error.
 */
let readerGone = false;
let watchingStdout = false;

function isBrokenPipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

function watchStdout(): void {
  if (watchingStdout) return;
  watchingStdout = true;
  // A closed pipe is reported as an 'error' event, possibly after write() returned: without a listener it would end
  // the process with a stack trace.
  process.stdout.on('error', (err) => {
    if (!isBrokenPipe(err)) throw err;
    readerGone = true;
  });
}

const processIo: CliIo = {
  stdout: (text) => {
    watchStdout();
    if (readerGone) return;
    if (!process.stdout.write(text)) {
      return once(process.stdout, 'drain').then(
        () => undefined,
        (err: unknown) => {
          if (!isBrokenPipe(err)) throw err;
        },
      );
    }
  },
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY),
};

/**
 * The command line. Returns the exit code: 0 every input reviewed and written, 1 an input could not be reviewed or
 * its output could not be written safely (the others still are), 2 a usage error (nothing is done).
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`resource-review: ${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  // The review (engine, file readers and writers) is loaded only now: --help and usage errors start at Node's speed.
  if (options.compare) {
    const { runCompare } = await import('./compare');
    return runCompare(options, io);
  }
  const { runReviews } = await import('./runReviews');
  return runReviews(options, io);
}
