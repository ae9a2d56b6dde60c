import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { writeKeepingUserSheets } from './keepUserSheets';

// The backup of an earlier output that holds a user's sheet exists exactly when the new output was written: a failed
// write leaves the earlier file whole at the output path, so its backup is removed rather than left to confuse.

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A package listing the sheets "Flags" (ours) and "Mine" (the user's); listSheets reads only these two parts. */
async function earlierOutput(file: string): Promise<void> {
  const zip = new JSZip();
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns:r="${REL}"><sheets><sheet name="Flags" sheetId="1" r:id="rId1"/><sheet name="Mine" sheetId="2" r:id="rId2"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
  );
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

/** Writes `text` at `file` as writeReportXlsx does: a new file renamed into place (the backup may be a hard link). */
async function replaceWith(file: string, text: string): Promise<void> {
  await fs.writeFile(`${file}.tmp`, text);
  await fs.rename(`${file}.tmp`, file);
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'srr-keep-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('writeKeepingUserSheets', () => {
  it('keeps the earlier output beside the new one when it holds a sheet the run does not write', async () => {
    const out = path.join(dir, 'review.xlsx');
    await earlierOutput(out);
    const earlier = await fs.readFile(out);
    const kept = await writeKeepingUserSheets(out, out, ['Flags'], () => replaceWith(out, 'new'));
    expect(kept?.sheets).toEqual(['Mine']);
    expect(path.dirname(kept!.backup)).toBe(dir);
    expect(await fs.readFile(kept!.backup)).toEqual(earlier);
    expect(await fs.readFile(out, 'utf8')).toBe('new');
  });

  it('removes the backup when the write fails, and passes the failure on', async () => {
    const out = path.join(dir, 'review.xlsx');
    await earlierOutput(out);
    const failing = () => Promise.reject(new Error('disk full'));
    await expect(writeKeepingUserSheets(out, out, ['Flags'], failing)).rejects.toThrow('disk full');
    // Only the earlier output is left in the folder: no "(kept …)" copy.
    expect(await fs.readdir(dir)).toEqual(['review.xlsx']);
  });

  it('makes no backup when the earlier output holds only the sheets the run writes', async () => {
    const out = path.join(dir, 'review.xlsx');
    await earlierOutput(out);
    expect(await writeKeepingUserSheets(out, out, ['Flags', 'Mine'], () => replaceWith(out, 'new'))).toBeUndefined();
    expect(await fs.readdir(dir)).toEqual(['review.xlsx']);
  });
});
