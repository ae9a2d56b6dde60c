import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inTemporaryFolder, temporaryFolder } from './temporaryFolder';

// The helpers every file test works in: the folder exists while the tests run, is shared by the tests of its block
// or made fresh for each test (or for one step of a test) as asked, and is gone afterwards. Tests below run in order
// and check the one before.

const getter = temporaryFolder('srr-folder-getter-');
// Asked for at the top of the file, before its beforeAll ran, there is no folder yet.
let early: unknown;
try {
  getter();
} catch (error) {
  early = error;
}

it('refuses the path outside the tests around which it was registered, naming the folder', () => {
  expect(early).toEqual(new Error('The temporary folder srr-folder-getter-… exists only while the tests around which it was registered run.'));
  // Inside a test, the folder of the file exists, in the system's temporary folder, named by its prefix.
  expect(path.dirname(getter())).toBe(os.tmpdir());
  expect(path.basename(getter())).toMatch(/^srr-folder-getter-.{6}$/);
  expect(existsSync(getter())).toBe(true);
});

describe('around all tests of a block', () => {
  const dir = temporaryFolder('srr-folder-all-');
  const seen: string[] = [];
  it('is there in the first test', () => {
    seen.push(dir());
    expect(existsSync(dir())).toBe(true);
  });
  it('is the same folder in the second', () => {
    expect(dir()).toBe(seen[0]);
  });
  afterAll(() => {
    // The block's own afterAll, registered after the folder's, runs after it: the folder is gone.
    expect(existsSync(seen[0])).toBe(false);
  });
});

describe('around each test', () => {
  const dir = temporaryFolder('srr-folder-each-', 'each test');
  const seen: string[] = [];
  it('is a folder of its own in the first test', () => {
    seen.push(dir());
    expect(existsSync(dir())).toBe(true);
  });
  it('is another folder in the second, the first already removed', () => {
    expect(dir()).not.toBe(seen[0]);
    expect(existsSync(dir())).toBe(true);
    expect(existsSync(seen[0])).toBe(false);
  });
});

describe('inTemporaryFolder', () => {
  it('gives the work a folder of its own and its value back, and removes the folder after', async () => {
    let inside = '';
    const value = await inTemporaryFolder('srr-folder-work-', async (folder) => {
      inside = folder;
      expect(existsSync(folder)).toBe(true);
      return 42;
    });
    expect(value).toBe(42);
    expect(path.basename(inside)).toMatch(/^srr-folder-work-.{6}$/);
    expect(existsSync(inside)).toBe(false);
  });

  it('removes the folder when the work throws, and throws what the work threw', async () => {
    let inside = '';
    const failing = inTemporaryFolder('srr-folder-fail-', async (folder) => {
      inside = folder;
      throw new Error('the work failed');
    });
    await expect(failing).rejects.toThrow('the work failed');
    expect(existsSync(inside)).toBe(false);
  });
});
