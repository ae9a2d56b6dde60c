import { quoteSheetName } from '../../engine/parse/values';
import { THEME_XML } from './theme';
import { escapeXml, MAIN_NS, REL_NS, REL_TYPE, relationshipsXml, XML_HEAD } from './xml';

// The package around the sheets: the workbook part (sheets, print titles), the relationships and content types that
// tie the parts together, the document properties and the theme.

export interface SheetEntry {
  name: string;
  state?: 'veryHidden';
  /** 1-based row repeated on every printed page. */
  printTitleRow?: number;
}

export interface PackageFile {
  name: string;
  data: string | Buffer;
}

const CT = 'application/vnd.openxmlformats-officedocument';

export interface PackageContents {
  sheets: SheetEntry[];
  /** Part names (no leading slash) of the tables, and of the charts and drawings, whose content types are declared. */
  tables: string[];
  charts: string[];
  drawings: string[];
  creator: string;
  modified: Date;
}

/** Every file of the package except the worksheets, tables, charts, drawings, styles and shared strings themselves. */
export function packageFiles(contents: PackageContents): PackageFile[] {
  const { sheets } = contents;
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const contentTypes =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`) +
    sheets.map((_, i) => override(`xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`)).join('') +
    override('xl/theme/theme1.xml', `${CT}.theme+xml`) +
    override('xl/styles.xml', `${CT}.spreadsheetml.styles+xml`) +
    override('xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`) +
    contents.tables.map((t) => override(t, `${CT}.spreadsheetml.table+xml`)).join('') +
    contents.charts.map((c) => override(c, `${CT}.drawingml.chart+xml`)).join('') +
    contents.drawings.map((d) => override(d, `${CT}.drawing+xml`)).join('') +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('docProps/app.xml', `${CT}.extended-properties+xml`) +
    '</Types>';

  const rootRels = relationshipsXml([
    { id: 'rId1', type: `${REL_TYPE}/officeDocument`, target: 'xl/workbook.xml' },
    { id: 'rId2', type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
    { id: 'rId3', type: `${REL_TYPE}/extended-properties`, target: 'docProps/app.xml' },
  ]);

  // The sheets take rId1…rIdN, so a sheet's relationship id follows its position.
  const workbookRels = relationshipsXml([
    ...sheets.map((_, i) => ({ id: `rId${i + 1}`, type: `${REL_TYPE}/worksheet`, target: `worksheets/sheet${i + 1}.xml` })),
    { id: `rId${sheets.length + 1}`, type: `${REL_TYPE}/styles`, target: 'styles.xml' },
    { id: `rId${sheets.length + 2}`, type: `${REL_TYPE}/theme`, target: 'theme/theme1.xml' },
    { id: `rId${sheets.length + 3}`, type: `${REL_TYPE}/sharedStrings`, target: 'sharedStrings.xml' },
  ]);

  const printTitles = sheets.flatMap((s, i) =>
    s.printTitleRow === undefined
      ? []
      : [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${quoteSheetName(s.name)}!$${s.printTitleRow}:$${s.printTitleRow}`)}</definedName>`],
  );
  const workbook =
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<workbookPr defaultThemeVersion="164011"/>' +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    '<sheets>' +
    sheets
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('') +
    '</sheets>' +
    (printTitles.length ? `<definedNames>${printTitles.join('')}</definedNames>` : '') +
    '<calcPr calcId="171027"/>' +
    '</workbook>';

  const app =
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '</Properties>';

  // Created at the epoch, as before: two runs over the same data differ only in the modified time.
  const w3cdtf = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core =
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${escapeXml(contents.creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(new Date(0))}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(contents.modified)}</dcterms:modified>` +
    '</cp:coreProperties>';

  return [
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rootRels },
    { name: 'docProps/app.xml', data: app },
    { name: 'docProps/core.xml', data: core },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels },
    { name: 'xl/theme/theme1.xml', data: THEME_XML },
  ];
}
