import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// Every file test works in a folder of its own, removed afterwards with all it holds: a run leaves nothing in the
// system's temporary folder, and no two tests (nor two runs side by side) ever share a file.

const makeFolder = (prefix: string) => fs.mkdtemp(path.join(os.tmpdir(), prefix));
const removeFolder = (folder: string) => fs.rm(folder, { recursive: true, force: true });

/**
 * Registers the hooks that make a fresh folder in the system's temporary folder (its name starts with `prefix`, which
 * names the test file, e.g. 'srr-cli-') and remove it: once around the tests of the file or describe block it is
 * called in, or around each test. Call it before the block's own beforeAll/beforeEach, which may then use the folder.
 * Returns the way to get the folder's path while it exists.
 */
export function temporaryFolder(prefix: string, around: 'all tests' | 'each test' = 'all tests'): () => string {
  let folder: string | undefined;
  const make = async () => {
    folder = await makeFolder(prefix);
  };
  const remove = async () => {
    if (folder !== undefined) await removeFolder(folder);
    folder = undefined;
  };
  if (around === 'each test') {
    beforeEach(make);
    afterEach(remove);
  } else {
    beforeAll(make);
    afterAll(remove);
  }
  return () => {
    if (folder === undefined) throw new Error(`The temporary folder ${prefix}… exists only while the tests around which it was registered run.`);
    return folder;
  };
}

/**
 * Runs `work` in a folder made for it alone and removed afterwards, whether the work succeeded or threw: for a folder
 * that only one step of a test needs, such as a file written and read back.
 */
export async function inTemporaryFolder<T>(prefix: string, work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await makeFolder(prefix);
  try {
    return await work(folder);
  } finally {
    await removeFolder(folder);
  }
}
