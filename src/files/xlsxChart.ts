import type JSZip from 'jszip';
import { quoteSheetName } from '../engine/parse/values';

// exceljs writes tables but not charts, so a chart is added to the written package afterwards: a DrawingML bar
// (or pie) chart part, a drawing that anchors it beside the table, and the relationships and content types.

export interface ChartPart {
  /** 1-based position of the sheet in the workbook (exceljs writes it as xl/worksheets/sheet{n}.xml). */
  sheetIndex: number;
  sheetName: string;
  type: 'bar' | 'pie';
  title: string;
  /** A1 ranges of the category and value cells (data rows only) and their values, cached for readers. */
  categoryRange: { col: string; firstRow: number; lastRow: number };
  valueRange: { col: string; firstRow: number; lastRow: number };
  categories: string[];
  values: number[];
  /** Zero-based top-left cell of the chart. */
  anchor: { col: number; row: number };
}

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function addCharts(xlsx: Buffer | ArrayBuffer, charts: ChartPart[]): Promise<Buffer> {
  // jszip is loaded on use, like exceljs: only a run that writes a workbook needs it.
  const zip = await (await import('jszip')).default.loadAsync(xlsx);
  let contentTypes = await read(zip, '[Content_Types].xml');
  for (const [i, chart] of charts.entries()) {
    const n = i + 1;
    zip.file(`xl/charts/srrChart${n}.xml`, chartXml(chart));
    zip.file(`xl/drawings/srrDrawing${n}.xml`, drawingXml(chart.anchor));
    zip.file(
      `xl/drawings/_rels/srrDrawing${n}.xml.rels`,
      relationships([{ id: 'rId1', type: `${REL_TYPE}/chart`, target: `../charts/srrChart${n}.xml` }]),
    );

    const sheetPath = `xl/worksheets/sheet${chart.sheetIndex}.xml`;
    const relsPath = `xl/worksheets/_rels/sheet${chart.sheetIndex}.xml.rels`;
    const drawingRelId = `rIdSrrDrawing${n}`;
    const rel = `<Relationship Id="${drawingRelId}" Type="${REL_TYPE}/drawing" Target="../drawings/srrDrawing${n}.xml"/>`;
    const existingRels = zip.file(relsPath) ? await read(zip, relsPath) : relationships([]);
    zip.file(relsPath, existingRels.replace('</Relationships>', `${rel}</Relationships>`));

    // A worksheet's <drawing> goes after the page setup and before <tableParts> / <extLst> (schema order).
    const sheet = await read(zip, sheetPath);
    const drawing = `<drawing r:id="${drawingRelId}"/>`;
    const before = ['<legacyDrawing', '<tableParts', '<extLst', '</worksheet>'].find((tag) => sheet.includes(tag))!;
    zip.file(sheetPath, sheet.replace(before, `${drawing}${before}`));

    contentTypes = contentTypes.replace(
      '</Types>',
      `<Override PartName="/xl/charts/srrChart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
        `<Override PartName="/xl/drawings/srrDrawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );
  }
  zip.file('[Content_Types].xml', contentTypes);
  // Left stored: the writer compresses the whole package once, with Node's zlib (zipDeflate.ts).
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

async function read(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`the written workbook has no ${name}`);
  return file.async('string');
}

function relationships(rels: { id: string; type: string; target: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
    '</Relationships>'
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function ref(sheet: string, range: { col: string; firstRow: number; lastRow: number }): string {
  return escapeXml(`${quoteSheetName(sheet)}!$${range.col}$${range.firstRow}:$${range.col}$${range.lastRow}`);
}

function chartXml(chart: ChartPart): string {
  const points = (values: (string | number)[], tag: 'c:v') =>
    values.map((v, i) => `<c:pt idx="${i}"><${tag}>${escapeXml(String(v))}</${tag}></c:pt>`).join('');
  const series =
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:v>${escapeXml(chart.title)}</c:v></c:tx>` +
    `<c:cat><c:strRef><c:f>${ref(chart.sheetName, chart.categoryRange)}</c:f><c:strCache><c:ptCount val="${chart.categories.length}"/>${points(chart.categories, 'c:v')}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${ref(chart.sheetName, chart.valueRange)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${chart.values.length}"/>${points(chart.values, 'c:v')}</c:numCache></c:numRef></c:val>` +
    '</c:ser>';
  const plot =
    chart.type === 'pie'
      ? `<c:pieChart><c:varyColors val="1"/>${series}</c:pieChart>`
      : '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
        series +
        '<c:gapWidth val="60"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>' +
        '<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
        '<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/></c:catAx>' +
        '<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
        '<c:majorGridlines/><c:numFmt formatCode="&quot;$&quot;#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="max"/></c:valAx>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `${chart.type === 'pie' ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' : ''}` +
    '<c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

function drawingXml(anchor: { col: number; row: number }): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${DRAWING_NS}">` +
    '<xdr:twoCellAnchor>' +
    `<xdr:from><xdr:col>${anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${anchor.col + 8}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row + 20}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="rId1"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}
