import { promises as fs } from 'node:fs';
import type { TypedWhatIfInput } from '../engine/whatIf/keptInputs';

/** A file as the file system knows it: the same file reached through a symbolic or hard link has the same identity. */
interface FileIdentity {
  path: string;
  real: string;
  dev: number;
  ino: number;
}

/** Every file the run reads, so no output can be written over one of them. */
export class RunInputs {
  private readonly identities: FileIdentity[] = [];

  static async of(files: string[]): Promise<RunInputs> {
    const inputs = new RunInputs();
    for (const file of files) {
      const id = await identity(file);
      if (id) inputs.identities.push(id);
    }
    return inputs;
  }

  /** The input that this path reaches (the same real path, or the same device and inode), if any. */
  match(id: FileIdentity): FileIdentity | undefined {
    return this.identities.find((i) => i.real === id.real || (i.dev === id.dev && i.ino === id.ino));
  }
}

/** Where the output really goes and the notes (and the What If inputs) to carry into it. */
export interface OutputTarget {
  /** The path written: the output path itself, or the file a symbolic link there points to. */
  writePath: string;
  notes: Record<string, string>;
  /** What the principal typed into the earlier output's What If sheet, by lever id. */
  whatIfInputs: Record<string, TypedWhatIfInput>;
}

/**
 * Decides whether a run may write its output at `outPath`, before any work is done. It may not when the path
 * reaches an input of the run (directly, through a symbolic link or as a hard link), when it is a folder or a
 * link to nothing, or when it holds a file that does not carry this tool's marker: only our own earlier output is
 * ever replaced, whatever the file is called. A run whose output has no place for the team's notes and What If
 * inputs (`keepsNotes` false: the district map) may not replace an earlier review that holds some, or the run would
 * silently lose them. The error says what to do. An earlier output that also holds sheets the run does not write
 * (the user's own) is replaced too, after keepUserSheets.ts has kept it whole beside the new one.
 */
export async function checkOutput(outPath: string, inputs: RunInputs, keepsNotes = true): Promise<OutputTarget> {
  const link = await fs.lstat(outPath).catch(() => undefined);
  if (!link) return { writePath: outPath, notes: {}, whatIfInputs: {} };
  const id = await identity(outPath);
  if (!id) {
    throw new Error(`${outPath}: is a link to a file that does not exist; remove the link or choose another --out`);
  }
  const input = inputs.match(id);
  if (input) {
    const how = link.isSymbolicLink() ? ' (through a symbolic link)' : input.real !== id.real ? ' (a hard link to it)' : '';
    throw new Error(`${outPath}: the results would overwrite the input ${input.path}${how}; choose another --out`);
  }
  const stat = await fs.stat(outPath);
  if (!stat.isFile()) throw new Error(`${outPath}: is a folder, not a file; choose another --out`);
  // Loaded only when there is an earlier output to read: a run with nothing at its output path never needs the reader.
  const { readEarlierOutput } = await import('../files/readPreviousNotes');
  const earlier = await readEarlierOutput(id.real);
  if (earlier?.unreadable) {
    throw new Error(
      `${outPath}: exists and cannot be read as a workbook (damaged, cut off, or another kind of file), so it is ` +
        'left as it is. Move or rename it, or choose another --out.',
    );
  }
  if (!earlier?.ours) {
    throw new Error(
      `${outPath}: exists and is not an earlier output of resource-review (it carries no resource-review marker), ` +
        'so it is left as it is. Move or rename it, or choose another --out.',
    );
  }
  const held = Object.keys(earlier.notes).length + Object.keys(earlier.whatIfInputs).length;
  if (!keepsNotes && held > 0) {
    throw new Error(
      `${outPath}: is an earlier review holding the team's notes or What If inputs, which this output would not keep, ` +
        'so it is left as it is. Choose another --out.',
    );
  }
  return { writePath: id.real, notes: earlier.notes, whatIfInputs: earlier.whatIfInputs };
}

async function identity(file: string): Promise<FileIdentity | undefined> {
  try {
    const [stat, real] = await Promise.all([fs.stat(file), fs.realpath(file)]);
    return { path: file, real, dev: stat.dev, ino: stat.ino };
  } catch {
    return undefined;
  }
}
