import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { localDate } from '../engine/runDate';
import { keepFileAs } from '../files/atomicWrite';
import { MARKER_SHEET } from '../files/writeReportXlsx';
import { listSheets, openXlsx } from '../files/xlsxParts';

/** An earlier output kept beside the new one because it held sheets the new one does not. */
export interface KeptEarlier {
  /** Where the earlier file now also is, under a name no run writes to again. */
  backup: string;
  /** Its sheets that this run does not write: added, renamed or copied by the user (or left by another kind of run). */
  sheets: string[];
}

/**
 * Replaces a run's own earlier output at `outPath` (really at `earlierPath`) by calling `write`, which writes only
 * the sheets named in `written` and the marker: keepUserSheets first keeps the earlier file whole beside it when it
 * holds any other sheet. `write` must put a new file in place (writeReportXlsx renames one in), never write into
 * the earlier file, which the backup may share as a hard link. A failed write leaves the earlier file whole at the
 * output path (writes are atomic), so its backup, which would only confuse, is removed. Returns the backup kept, for
 * the run to say so (keptEarlierLine).
 *
 * Writing a district's review takes seconds, and the earlier output may be open in Excel meanwhile: a save landing
 * then would be replaced, its new notes in neither the new file nor the backup (taken before it). So `write` is given
 * `beforeReplace`, to call just before its rename (writeFileAtomic's option): it refuses when the file at the output
 * path is no longer the version `read` (fileVersion, taken by the caller before it last read the earlier output for
 * its notes or inputs), and the save stays where it is. Taken before that read, not here: reading a district's
 * output takes seconds too, and a save landing during it is in neither what the caller carries nor the backup.
 */
export async function writeKeepingUserSheets(
  outPath: string,
  earlierPath: string,
  written: readonly string[],
  read: FileVersion | undefined,
  write: (beforeReplace: () => Promise<void>) => Promise<void>,
): Promise<KeptEarlier | undefined> {
  const kept = await keepUserSheets(outPath, earlierPath, written, new Date());
  const beforeReplace = async () => {
    if (sameVersion(read, await fileVersion(earlierPath))) return;
    throw new Error(
      `${outPath}: it was saved while this run was reading and replacing it, so it is left as it is and this run's output was not written. Run again to include what was saved.`,
    );
  };
  try {
    await write(beforeReplace);
  } catch (err) {
    if (kept) await fs.rm(kept.backup, { force: true });
    throw err;
  }
  return kept;
}

/**
 * What tells one saved version of a file from the next: a save by Excel renames a new file in (a new inode) or
 * rewrites it (a new size or time). Not outputSafety.ts's FileIdentity, which tells which file a path reaches.
 */
export interface FileVersion {
  ino: number;
  size: number;
  mtimeMs: number;
}

/** The version of the file at `file` (a link followed) now; undefined when there is none. */
export async function fileVersion(file: string): Promise<FileVersion | undefined> {
  try {
    const { ino, size, mtimeMs } = await fs.stat(file);
    return { ino, size, mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function sameVersion(a: FileVersion | undefined, b: FileVersion | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * Before a run replaces its own earlier output (outputSafety.ts has checked it is ours), keeps that file whole
 * beside the output when it holds any sheet this run does not write: a coach's sheet of their own, the Flags sheet
 * renamed "Flags (Sept)", a copy of a result sheet. The run writes only `written` (its report's sheets) and the
 * marker, so any other sheet would otherwise be gone without a word. An earlier output of only those sheets is
 * replaced with no backup (the notes and What If inputs it holds are carried into the new one, as always).
 *
 * `outPath` is the output as the user named it (the backup goes in its folder, named after it); `earlierPath` the
 * file really there (outPath itself, or what a symbolic link there points to). The backup is a hard link or a whole
 * copy (keepFileAs), byte-identical to the earlier file, and never replaces an existing file: a taken name, an
 * input of the run included, gets a counter.
 */
async function keepUserSheets(
  outPath: string,
  earlierPath: string,
  written: readonly string[],
  now: Date,
): Promise<KeptEarlier | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(earlierPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const ours = new Set([...written, MARKER_SHEET]);
  let names: string[];
  try {
    names = listSheets(openXlsx(bytes)).map((s) => s.name);
  } catch (err) {
    throw new Error(`${outPath}: its list of sheets could not be read (${(err as Error).message}); it is left as it is`);
  }
  const sheets = names.filter((name) => !ours.has(name));
  if (sheets.length === 0) return undefined;
  const ext = path.extname(outPath);
  const stem = path.join(path.dirname(outPath), path.basename(outPath, ext));
  for (let n = 1; n <= MAX_BACKUPS_PER_MINUTE; n++) {
    const backup = `${stem} (kept ${stamp(now)})${n === 1 ? '' : ` (${n})`}${ext}`;
    try {
      await keepFileAs(earlierPath, backup);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new Error(`${outPath}: holds sheets this run does not write, and a copy of it could not be kept as ${backup} (${(err as Error).message}); it is left as it is`);
    }
    return { backup, sheets };
  }
  throw new Error(`${outPath}: holds sheets this run does not write, and every backup name for this minute is taken; it is left as it is`);
}

/** The line a run says (even with --quiet: it is about the user's work) when it kept an earlier output. */
export function keptEarlierLine(outPath: string, kept: KeptEarlier): string {
  const names = kept.sheets.map((s) => `"${s}"`).join(', ');
  return `resource-review: kept the earlier ${outPath} unchanged as ${kept.backup}: it holds sheets this run does not write (${names}).\n`;
}

/**
 * Whether a file's name is one keepUserSheets gives a kept earlier output ("school-review (kept 2026-11-30 0805).xlsx",
 * "map (kept 2026-11-30 0805) (2).xlsx"): a copy of our results, so never a school to read when a folder is scanned.
 */
export function isKeptCopyName(name: string): boolean {
  return / \(kept \d{4}-\d{2}-\d{2} \d{4}\)( \(\d+\))?\.xlsx$/i.test(name);
}

/** Far more than a person makes in a minute; bounds the search for a free name. */
const MAX_BACKUPS_PER_MINUTE = 100;

/** The local date and time to the minute, "2026-11-30 0805": sorts by time and is a valid file name everywhere. */
function stamp(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${localDate(now)} ${two(now.getHours())}${two(now.getMinutes())}`;
}
