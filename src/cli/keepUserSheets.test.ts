import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { writeFileAtomic } from '../files/atomicWrite';
import { fileVersion, writeKeepingUserSheets } from './keepUserSheets';
import { temporaryFolder } from '../../test/support/temporaryFolder';

// The backup of an earlier output that holds a user's sheet exists exactly when the new output was written: a failed
// write leaves the earlier file whole at the output path, so its backup is removed rather than left to confuse.

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A package listing the sheets "Flags" (ours) and "Mine" (the user's); listSheets reads only these two parts. `mine`
 * renames the user's sheet, to tell a later save from the earlier file.
 */
async function earlierOutput(file: string, mine = 'Mine'): Promise<void> {
  const zip = new JSZip();
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns:r="${REL}"><sheets><sheet name="Flags" sheetId="1" r:id="rId1"/><sheet name="${mine}" sheetId="2" r:id="rId2"/></sheets></workbook>`,
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

const dir = temporaryFolder('srr-keep-', 'each test');

describe('writeKeepingUserSheets', () => {
  it('keeps the earlier output beside the new one when it holds a sheet the run does not write', async () => {
    const out = path.join(dir(), 'review.xlsx');
    await earlierOutput(out);
    const earlier = await fs.readFile(out);
    const kept = await writeKeepingUserSheets(out, out, ['Flags'], await fileVersion(out), () => replaceWith(out, 'new'));
    expect(kept?.sheets).toEqual(['Mine']);
    expect(path.dirname(kept!.backup)).toBe(dir());
    expect(await fs.readFile(kept!.backup)).toEqual(earlier);
    expect(await fs.readFile(out, 'utf8')).toBe('new');
  });

  it('removes the backup when the write fails, and passes the failure on', async () => {
    const out = path.join(dir(), 'review.xlsx');
    await earlierOutput(out);
    const failing = () => Promise.reject(new Error('disk full'));
    await expect(writeKeepingUserSheets(out, out, ['Flags'], await fileVersion(out), failing)).rejects.toThrow('disk full');
    // Only the earlier output is left in the folder: no "(kept …)" copy.
    expect(await fs.readdir(dir())).toEqual(['review.xlsx']);
  });

  it('makes no backup when the earlier output holds only the sheets the run writes', async () => {
    const out = path.join(dir(), 'review.xlsx');
    await earlierOutput(out);
    expect(await writeKeepingUserSheets(out, out, ['Flags', 'Mine'], await fileVersion(out), () => replaceWith(out, 'new'))).toBeUndefined();
    expect(await fs.readdir(dir())).toEqual(['review.xlsx']);
  });

  describe('a save landing while the new output is written', () => {
    const SAVED = 'it was saved while this run was reading and replacing it, so it is left as it is';

    it('is left in place, with no backup and no temporary, and the next run replaces it keeping it whole', async () => {
      const out = path.join(dir(), 'review.xlsx');
      await earlierOutput(out);
      // Excel saves the open output (a new file renamed in, holding the team's latest notes) after the backup was taken.
      let saved: Buffer | undefined;
      const racedWrite = async (beforeReplace: () => Promise<void>) => {
        await earlierOutput(`${out}.saving`, 'Mine (Sept notes)');
        await fs.rename(`${out}.saving`, out);
        saved = await fs.readFile(out);
        await writeFileAtomic(out, Buffer.from('new review'), { beforeReplace });
      };
      await expect(writeKeepingUserSheets(out, out, ['Flags'], await fileVersion(out), racedWrite)).rejects.toThrow(
        `${out}: it was saved while this run was reading and replacing it, so it is left as it is and this run's output was not written. Run again to include what was saved.`,
      );
      expect(await fs.readFile(out)).toEqual(saved);
      // No "(kept …)" copy of the version before the save, and no partial file.
      expect(await fs.readdir(dir())).toEqual(['review.xlsx']);

      // The next run, with no save during it, replaces the output and keeps the saved version (its own sheet) whole.
      const kept = await writeKeepingUserSheets(out, out, ['Flags'], await fileVersion(out), (beforeReplace) => writeFileAtomic(out, Buffer.from('new review'), { beforeReplace }));
      expect(kept?.sheets).toEqual(['Mine (Sept notes)']);
      expect(await fs.readFile(kept!.backup)).toEqual(saved);
      expect(await fs.readFile(out, 'utf8')).toBe('new review');
      // And a third run, its earlier output now only ours, replaces it again with no backup.
      // A real run writes a package, not 'new review': stand one in, holding only the sheets the third run writes.
      await earlierOutput(out);
      expect(await writeKeepingUserSheets(out, out, ['Flags', 'Mine'], await fileVersion(out), (beforeReplace) => writeFileAtomic(out, Buffer.from('third'), { beforeReplace }))).toBeUndefined();
      expect(await fs.readFile(out, 'utf8')).toBe('third');
      expect((await fs.readdir(dir())).sort()).toEqual(['review.xlsx', path.basename(kept!.backup)].sort());
    });

    it('is seen when the file is rewritten in place (the same inode), not only when a new file is renamed in', async () => {
      const out = path.join(dir(), 'review.xlsx');
      await earlierOutput(out);
      const { ino } = await fs.stat(out);
      const rewrite = async (beforeReplace: () => Promise<void>) => {
        await fs.appendFile(out, ' ');
        expect((await fs.stat(out)).ino).toBe(ino);
        await writeFileAtomic(out, Buffer.from('new review'), { beforeReplace });
      };
      // Only our sheets, so no backup: without the check the save would be gone with no copy anywhere.
      await expect(writeKeepingUserSheets(out, out, ['Flags', 'Mine'], await fileVersion(out), rewrite)).rejects.toThrow(SAVED);
      expect((await fs.readFile(out)).subarray(-1).toString()).toBe(' ');
      expect(await fs.readdir(dir())).toEqual(['review.xlsx']);
    });

    it('is seen when it lands while the run reads the earlier output again, before it asks for the write', async () => {
      const out = path.join(dir(), 'review.xlsx');
      await earlierOutput(out);
      // The run takes the version, then reads the earlier output's notes (seconds for a district's); Excel saves meanwhile.
      const read = await fileVersion(out);
      await earlierOutput(`${out}.saving`, 'Mine (Sept notes)');
      await fs.rename(`${out}.saving`, out);
      const saved = await fs.readFile(out);
      // Every sheet of the saved file is one the run writes, so no backup is made: the refusal alone keeps the save.
      const write = (beforeReplace: () => Promise<void>) => writeFileAtomic(out, Buffer.from('new review'), { beforeReplace });
      await expect(writeKeepingUserSheets(out, out, ['Flags', 'Mine (Sept notes)'], read, write)).rejects.toThrow(SAVED);
      expect(await fs.readFile(out)).toEqual(saved);
      expect(await fs.readdir(dir())).toEqual(['review.xlsx']);
    });

    it('refuses when a file appears at an output path that had none', async () => {
      const out = path.join(dir(), 'review.xlsx');
      const appears = async (beforeReplace: () => Promise<void>) => {
        await fs.writeFile(out, 'made meanwhile');
        await writeFileAtomic(out, Buffer.from('new review'), { beforeReplace });
      };
      await expect(writeKeepingUserSheets(out, out, ['Flags'], await fileVersion(out), appears)).rejects.toThrow(SAVED);
      expect(await fs.readFile(out, 'utf8')).toBe('made meanwhile');
      expect(await fs.readdir(dir())).toEqual(['review.xlsx']);
    });
  });
});
