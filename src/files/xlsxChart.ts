import { quoteSheetName } from '../engine/parse/values';
import { escapeXmlText, escapeXstringText, REL_NS, REL_TYPE, relationshipsXml } from './xlsxWrite/xml';

// The review workbook's charts: a DrawingML chart part each (a bar, pie or column chart, reference lines drawn over the
// columns) and one drawing per sheet that anchors its charts (a worksheet holds a single <drawing>). The workbook
// writer (xlsxWrite/) links each drawing from its sheet and declares the parts' content types.
//
// A chart is given its texts as the cells hold them and escapes each for its element here: a cached value (<c:v>) is
// ST_Xstring (CT_StrVal), so a teacher named "A_x0041_" is cached with its underscore escaped, as her cell's shared
// string is (escapeXstringText); a title run (<a:t>) and a reference (<c:f>) are plain text (escapeXmlText).

export interface ChartPart {
  /** 1-based position of the sheet in the workbook (written as xl/worksheets/sheet{n}.xml). */
  sheetIndex: number;
  sheetName: string;
  type: 'bar' | 'pie' | 'column' | 'stackedColumn';
  title: string;
  /** A1 ranges of the category and value cells (data rows only) and their values, cached for readers. */
  categoryRange: CellColumn;
  valueRange: CellColumn;
  categories: string[];
  /** null = a blank cell: no bar, never a zero. */
  values: (number | null)[];
  /** The value axis reads in dollars (a money column); otherwise as plain numbers (a load, minutes). */
  valueIsMoney?: boolean;
  /** A bar chart's colour for each point (RGB hex), when its bars are coloured by group; else one colour. */
  pointColours?: string[];
  /** Zero-based top-left cell of the chart. */
  anchor: { col: number; row: number };
  /**
   * A column chart's series, the first one included (valueRange): each named by its header cell, a line when it is a
   * reference line. Absent for a bar or pie chart of one series.
   */
  series?: ChartSeriesPart[];
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  /** The chart's size in points; without it the chart spans 8 columns and 20 rows from its anchor. */
  size?: { width: number; height: number };
}

type CellColumn = { col: string; firstRow: number; lastRow: number };

export interface ChartSeriesPart {
  name: string;
  /** Row of the header cell that names the series, in the value column. */
  nameRow: number;
  range: CellColumn;
  /** null = a blank cell: no bar, never a zero. */
  values: (number | null)[];
  line?: boolean;
}

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export interface ChartFiles {
  /** The chart, drawing and drawing-relationship parts, by path in the package. */
  files: { name: string; data: string }[];
  /** Part names of the charts and of the drawings, for their content types. */
  charts: string[];
  drawings: string[];
  /** Each sheet's drawing (by 1-based sheet position): its worksheet's relationship id and target. */
  drawingBySheet: Map<number, { relId: string; target: string }>;
}

/** The parts that draw the charts: a chart part each, and one drawing per sheet that anchors its charts. */
export function chartFiles(charts: ChartPart[]): ChartFiles {
  const out: ChartFiles = { files: [], charts: [], drawings: [], drawingBySheet: new Map() };
  const bySheet = new Map<number, { chart: ChartPart; n: number }[]>();
  charts.forEach((chart, i) => {
    const n = i + 1;
    out.files.push({ name: `xl/charts/srrChart${n}.xml`, data: chartXml(chart) });
    out.charts.push(`xl/charts/srrChart${n}.xml`);
    bySheet.set(chart.sheetIndex, [...(bySheet.get(chart.sheetIndex) ?? []), { chart, n }]);
  });
  for (const [sheetIndex, onSheet] of bySheet) {
    // The drawing is numbered after the sheet's first chart, so a sheet of one chart keeps srrDrawing{n}.
    const d = onSheet[0].n;
    out.files.push(
      {
        name: `xl/drawings/srrDrawing${d}.xml`,
        data: drawingXml(onSheet.map(({ chart }, k) => ({ anchor: chart.anchor, size: chart.size, relId: `rId${k + 1}` }))),
      },
      {
        name: `xl/drawings/_rels/srrDrawing${d}.xml.rels`,
        data: relationshipsXml(onSheet.map(({ n }, k) => ({ id: `rId${k + 1}`, type: `${REL_TYPE}/chart`, target: `../charts/srrChart${n}.xml` }))),
      },
    );
    out.drawings.push(`xl/drawings/srrDrawing${d}.xml`);
    out.drawingBySheet.set(sheetIndex, { relId: `rIdSrrDrawing${d}`, target: `../drawings/srrDrawing${d}.xml` });
  }
  return out;
}

function ref(sheet: string, range: { col: string; firstRow: number; lastRow: number }): string {
  return escapeXmlText(`${quoteSheetName(sheet)}!$${range.col}$${range.firstRow}:$${range.col}$${range.lastRow}`);
}

function chartXml(chart: ChartPart): string {
  if (chart.series) return columnChartXml(chart, chart.series);
  // A missing value has no point at all, so a reader draws no bar rather than a zero.
  const points = (values: (string | number | null)[], tag: 'c:v') =>
    values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><${tag}>${escapeXstringText(String(v))}</${tag}></c:pt>`)).join('');
  const series =
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:v>${escapeXstringText(chart.title)}</c:v></c:tx>` +
    // Data points come after the series' text and before its categories (CT_BarSer's order).
    (chart.pointColours ?? [])
      .map((hex, i) => `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${escapeXmlText(hex)}"/></a:solidFill></c:spPr></c:dPt>`)
      .join('') +
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
        `<c:majorGridlines/><c:numFmt formatCode="${chart.valueIsMoney ? '&quot;$&quot;#,##0' : '#,##0'}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="max"/></c:valAx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `${chart.type === 'pie' ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' : ''}` +
    '<c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

/** EMU per point (DrawingML measures in English Metric Units: 914,400 an inch, 72 points an inch). */
const EMU_PER_POINT = 12_700;

function drawingXml(anchors: { anchor: { col: number; row: number }; size?: { width: number; height: number }; relId: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${DRAWING_NS}">` +
    anchors.map((a, k) => anchorXml(a.anchor, a.size, a.relId, k + 2)).join('') +
    '</xdr:wsDr>'
  );
}

function anchorXml(anchor: { col: number; row: number }, size: { width: number; height: number } | undefined, relId: string, id: number): string {
  const from = `<xdr:from><xdr:col>${anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
  // A sized chart keeps its size whatever the columns' widths (a one-cell anchor); else it spans 8 columns, 20 rows.
  const open = size
    ? `<xdr:oneCellAnchor>${from}<xdr:ext cx="${Math.round(size.width * EMU_PER_POINT)}" cy="${Math.round(size.height * EMU_PER_POINT)}"/>`
    : '<xdr:twoCellAnchor>' +
      from +
      `<xdr:to><xdr:col>${anchor.col + 8}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row + 20}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
  return (
    open +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Chart ${id - 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:${size ? 'oneCellAnchor' : 'twoCellAnchor'}>`
  );
}

/** Colours of reference lines, in order: amber for a first (warning) line when there are two, then red. */
const LINE_COLOURS = ['E69500', 'C00000'];

/**
 * Upright bars (clustered, or stacked), with reference lines drawn over them on the same axes; axis titles, the
 * legend below, and category labels turned upright so forty teachers' names do not overprint each other.
 */
function columnChartXml(chart: ChartPart, series: ChartSeriesPart[]): string {
  const stacked = chart.type === 'stackedColumn';
  const cat =
    `<c:cat><c:strRef><c:f>${ref(chart.sheetName, chart.categoryRange)}</c:f><c:strCache><c:ptCount val="${chart.categories.length}"/>` +
    chart.categories.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXstringText(v)}</c:v></c:pt>`).join('') +
    '</c:strCache></c:strRef></c:cat>';
  const lines = series.filter((s) => s.line);
  const seriesXml = (s: ChartSeriesPart, idx: number) => {
    const name =
      `<c:tx><c:strRef><c:f>${escapeXmlText(`${quoteSheetName(chart.sheetName)}!$${s.range.col}$${s.nameRow}`)}</c:f>` +
      `<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXstringText(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
    const points = s.values.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
    const val = `<c:val><c:numRef><c:f>${ref(chart.sheetName, s.range)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${s.values.length}"/>${points}</c:numCache></c:numRef></c:val>`;
    if (!s.line) return `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/>${name}<c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
    const colour = lines.length === 1 ? LINE_COLOURS[1] : LINE_COLOURS[Math.min(lines.indexOf(s), LINE_COLOURS.length - 1)];
    return (
      `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/>${name}` +
      `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="none"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`
    );
  };
  const bars = series.map((s, i) => (s.line ? '' : seriesXml(s, i))).join('');
  const lineXml = series.map((s, i) => (s.line ? seriesXml(s, i) : '')).join('');
  const axes = '<c:axId val="5001"/><c:axId val="5002"/>';
  const text = (size: number, rot?: number) =>
    `<c:txPr><a:bodyPr${rot === undefined ? '' : ` rot="${rot}" vert="horz"`}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
  const axisTitle = (title: string | undefined, rot?: number) =>
    title
      ? `<c:title><c:tx><c:rich><a:bodyPr${rot === undefined ? '' : ` rot="${rot}" vert="horz"`}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="0"/></a:pPr>` +
        `<a:r><a:rPr lang="en-US" sz="900" b="0"/><a:t>${escapeXmlText(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
      : '';
  // Many categories read upright (turned a quarter turn); a few (grades, teams) lie flat.
  const upright = chart.categories.length > 12 || chart.categories.some((c) => c.length > 12);
  const plot =
    `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${bars}` +
    `<c:gapWidth val="${stacked ? 60 : 40}"/>${stacked ? '<c:overlap val="100"/>' : ''}${axes}</c:barChart>` +
    (lineXml ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lineXml}<c:marker val="1"/>${axes}</c:lineChart>` : '') +
    '<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    `${axisTitle(chart.categoryAxisTitle)}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${text(upright ? 800 : 900, upright ? -5400000 : undefined)}<c:crossAx val="5002"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>' +
    `${axisTitle(chart.valueAxisTitle, -5400000)}<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${text(900)}<c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escapeXmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${text(900)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
