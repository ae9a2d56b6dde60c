import * as fsModule from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { TEMP_PREFIX, writeFileAtomic } from './atomicWrite';
import { temporaryFolder } from '../../test/support/temporaryFolder';

// Registered before the folder, so its hooks run first, as when one hook restored the mocks and then removed the folder.
afterEach(() => {
  jest.restoreAllMocks();
});
const dir = temporaryFolder('srr-atomic-', 'each test');

const EARLIER = Buffer.from('the earlier output, with the team’s notes');
const NEXT = Buffer.alloc(64 * 1024, 7);

/** writeFile that puts only the first half of the bytes on disk, as a full disk or a killed process would. */
function halfWrite(then: () => Promise<void>) {
  const real = fsModule.promises.writeFile.bind(fsModule.promises);
  return jest.spyOn(fsModule.promises, 'writeFile').mockImplementation(async (file, data) => {
    await real(file as string, (data as Buffer).subarray(0, (data as Buffer).length / 2));
    await then();
  });
}

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary behind', async () => {
    const target = path.join(dir(), 'out.xlsx');
    await fs.writeFile(target, EARLIER);
    await writeFileAtomic(target, NEXT);
    expect(await fs.readFile(target)).toEqual(NEXT);
    expect(await fs.readdir(dir())).toEqual(['out.xlsx']);
  });

  it('leaves the earlier file whole and removes the partial temporary when the disk fills up', async () => {
    const target = path.join(dir(), 'out.xlsx');
    await fs.writeFile(target, EARLIER);
    halfWrite(async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    await expect(writeFileAtomic(target, NEXT)).rejects.toThrow('ENOSPC');
    expect(await fs.readFile(target)).toEqual(EARLIER);
    expect(await fs.readdir(dir())).toEqual(['out.xlsx']);
  });

  it('leaves the earlier file whole while the write is under way, so a killed process loses nothing', async () => {
    const target = path.join(dir(), 'out.xlsx');
    await fs.writeFile(target, EARLIER);
    let halfway!: () => void;
    const reachedHalfway = new Promise<void>((resolve) => (halfway = resolve));
    // The write stops half-way and never returns: what the disk holds now is what a kill leaves.
    halfWrite(() => {
      halfway();
      return new Promise<void>(() => undefined);
    });
    void writeFileAtomic(target, NEXT);
    await reachedHalfway;
    expect(await fs.readFile(target)).toEqual(EARLIER);
    const files = (await fs.readdir(dir())).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(new RegExp(`^${TEMP_PREFIX.replace('.', '\\.')}out\\.xlsx\\.\\d+\\.[0-9a-f]{8}\\.tmp$`));
    expect((await fs.stat(path.join(dir(), files[0]))).size).toBe(NEXT.length / 2);
  });

  it('removes what a killed run left behind on the next write, but not a running one’s temporary', async () => {
    const target = path.join(dir(), 'out.xlsx');
    // pid 2^22 + 1 is above Linux's largest pid (2^22), so no process has it.
    const killed = `${TEMP_PREFIX}out.xlsx.4194305.0badf00d.tmp`;
    const running = `${TEMP_PREFIX}out.xlsx.${process.ppid}.0badf00d.tmp`;
    const otherTarget = `${TEMP_PREFIX}other.xlsx.4194305.0badf00d.tmp`;
    for (const name of [killed, running, otherTarget]) await fs.writeFile(path.join(dir(), name), 'partial');
    await writeFileAtomic(target, NEXT);
    expect((await fs.readdir(dir())).sort()).toEqual([otherTarget, running, 'out.xlsx'].sort());
  });

  it('creates the folder it writes into', async () => {
    const target = path.join(dir(), 'new', 'folder', 'out.xlsx');
    await writeFileAtomic(target, NEXT);
    expect(await fs.readFile(target)).toEqual(NEXT);
  });
});
