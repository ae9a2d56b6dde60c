import { copyFileSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { readPreviousMapInputs } from '../../src/files/previousMap';
import { sha256 } from '../cli/helpers';
import { typeInto } from '../support/mapInputs';
import { temporaryFolder } from '../support/temporaryFolder';

// A district analyst saves new values into the map's Weighted formula inputs while `compare` reviews the schools
// (a large district takes minutes). The run read the inputs before the schools; writing its map then would put back
// the values it read and lose the ones just saved. As a review does for its team notes, the run keeps the file.

const ALDER = path.resolve(__dirname, '../../assets/district/alder-creek-elementary');
const ID = 'weights.englishLearners';

const dir = temporaryFolder('srr-kept-during-');

it('keeps the earlier map when its formula inputs change while the schools are reviewed', async () => {
  const out = path.join(dir(), 'map.xlsx');
  const quiet = { stdout: () => undefined, stderr: () => undefined, isTty: false };
  expect(await main(['compare', ALDER, '--out', out, '--quiet'], quiet)).toBe(0);
  await typeInto(out, { [ID]: 0.5 });
  // What the analyst saves during the next run: the same map with 0.75 typed over the 0.5.
  const savedDuringRun = path.join(dir(), 'saved-during-run.xlsx');
  await fs.copyFile(out, savedDuringRun);
  await typeInto(savedDuringRun, { [ID]: 0.75 });

  let stderr = '';
  const io = {
    stdout: () => undefined,
    isTty: false,
    stderr: (text: string) => {
      stderr += text;
      // Said once the earlier inputs are read, before any school is reviewed: the save lands during the reviews.
      if (text.includes('kept 1 value typed')) copyFileSync(savedDuringRun, out);
    },
  };
  const code = await main(['compare', ALDER, '--out', out], io);
  expect(stderr).toContain(`kept 1 value typed in the earlier map's Weighted formula sheet (${ID} = 0.5 from B`);
  expect(code).toBe(1);
  expect(stderr).toContain(
    `resource-review: ${out}: its Weighted formula inputs changed while the map was made; it is left as it is. Run compare again to keep them.\n`,
  );
  expect(await sha256(out)).toBe(await sha256(savedDuringRun));
  expect((await readPreviousMapInputs(out))?.typed[ID].value).toBe('0.75');
});
