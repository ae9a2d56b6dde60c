import JSZip from 'jszip';
import { listSheets, openXlsx, readSheetCells } from '../../src/files/xlsxParts';
import { readXlsxGrids } from '../../src/files/xlsxRead/readXlsx';

// The reader of an earlier output (xlsxParts.ts: the team's notes, What If inputs, the user's own sheets) and the
// input reader (xlsxRead/) share one reader of shared strings and one of the workbook's relationships, so a package
// reads alike through both: the same sheets, found through the same targets, and the same texts.

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function workbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Flags" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/></sheets></workbook>`,
  );
  // Targets as other programs write them: with a leading space and "./ .." segments, and absolute from the package root.
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target=" ./worksheets/../worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  // As Excel stores them: the literal text "_x0041_" with its underscore escaped; "_x0041_" itself is the letter A.
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0"?><sst xmlns="${MAIN}"><si><t>Id</t></si><si><t>core-load:_x005F_x0041_</t></si><si><r><t>Smith_x0041_</t></r><r><t> again</t></r></si></sst>`,
  );
  const sheet = (cells: string) => `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
  zip.file('xl/worksheets/sheet1.xml', sheet('<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'));
  zip.file('xl/worksheets/sheet2.xml', sheet('<c r="A1" t="s"><v>2</v></c>'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('xlsxParts and the input reader', () => {
  it('find the same sheet parts through the same relationships', async () => {
    const zip = openXlsx(await workbook());
    expect(listSheets(zip)).toEqual([
      { name: 'Flags', state: 'visible', part: 'xl/worksheets/sheet1.xml' },
      { name: 'Notes', state: 'visible', part: 'xl/worksheets/sheet2.xml' },
    ]);
    expect(readXlsxGrids(await workbook(), 'notes.xlsx').sheets.map((s) => s.name)).toEqual(['Flags', 'Notes']);
  });

  it('read the same texts: _xHHHH_ decoded, Excel\'s escaped underscore kept literal, rich text joined', async () => {
    const bytes = await workbook();
    const zip = openXlsx(bytes);
    const texts = listSheets(zip).map((s) => readSheetCells(zip, s.part).map((c) => c.text));
    expect(texts).toEqual([['Id', 'core-load:_x0041_'], ['SmithA again']]);
    expect(readXlsxGrids(bytes, 'notes.xlsx').sheets.map((s) => s.rows.flat())).toEqual(texts);
  });
});
