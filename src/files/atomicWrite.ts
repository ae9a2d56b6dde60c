import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface AtomicWriteOptions {
  /**
   * Called once the new bytes are flushed, just before they replace the target; throwing leaves the target as it
   * is. The last moment to notice that the file being replaced changed while the new one was made (writeKeepingUserSheets).
   */
  beforeReplace?: () => Promise<void>;
}

/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the target's own folder (same file
 * system, so the rename cannot become a copy), which is flushed and then renamed over the target. A failed
 * write (disk full, a killed process) leaves the earlier file whole; a failure we see removes the temporary.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await fs.mkdir(dir, { recursive: true });
  const temp = temporaryBeside(dir, target);
  try {
    // 'wx': never reuse a file that happens to have the temporary's name.
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await flush(temp);
    await options.beforeReplace?.();
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  await removeLeftovers(dir, path.basename(target));
}

/**
 * A temporary's name in the target's folder: the prefix, the target's name and this process's id, which
 * removeLeftovers reads back to tell a killed run's temporary from a live one's.
 */
function temporaryBeside(dir: string, target: string): string {
  return path.join(dir, `${TEMP_PREFIX}${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Puts a written file's bytes on the disk before it is renamed or linked into place. */
async function flush(file: string): Promise<void> {
  const handle = await fs.open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temporaries of this target left by runs that were killed (their process is gone); a live run's are kept. */
async function removeLeftovers(dir: string, base: string): Promise<void> {
  const prefix = `${TEMP_PREFIX}${base}.`;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files start with this, so a user who finds one left by a killed run can tell what it is. */
export const TEMP_PREFIX = '.resource-review-partial-';

/** Errors of a file system that cannot make this hard link (another device, no hard links: FAT, some shares). */
const NO_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

/**
 * Makes `target` a whole copy of `source`, or nothing, and never replaces a file already there (then it throws
 * EEXIST, so the caller can pick another name). A hard link where the file system allows one (instant, and the bytes
 * are the very same); otherwise a copy to a temporary beside the target, flushed, then linked or renamed into place,
 * so a killed run never leaves a half-copied file under the target's name.
 */
export async function keepFileAs(source: string, target: string): Promise<void> {
  try {
    await fs.link(source, target);
    return;
  } catch (err) {
    if (!NO_LINK.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
  }
  const dir = path.dirname(path.resolve(target));
  const temp = temporaryBeside(dir, target);
  try {
    await fs.copyFile(source, temp, constants.COPYFILE_EXCL);
    await flush(temp);
    try {
      await fs.link(temp, target);
    } catch (err) {
      if (!NO_LINK.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
      // No hard links here at all: a rename cannot refuse an existing target, so look just before it.
      if (await fs.lstat(target).then(() => true, () => false)) {
        throw Object.assign(new Error(`EEXIST: file already exists, '${target}'`), { code: 'EEXIST' });
      }
      await fs.rename(temp, target);
    }
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}
