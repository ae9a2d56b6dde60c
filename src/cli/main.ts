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

const processIo: CliIo = {
  stdout: (text) => {
    if (!process.stdout.write(text)) return once(process.stdout, 'drain').then(() => undefined);
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
