import { chartFiles, type ChartPart } from './xlsxChart';

async function chartXmlOf(part: Partial<ChartPart>): Promise<string> {
  const chart: ChartPart = {
    sheetIndex: 1,
    sheetName: 'Schools',
    type: 'bar',
    title: 'Core load by school',
    categoryRange: { col: 'A', firstRow: 5, lastRow: 7 },
    valueRange: { col: 'B', firstRow: 5, lastRow: 7 },
    categories: ['Alder', 'Birch', 'Cedar'],
    values: [102, null, 135],
    anchor: { col: 4, row: 3 },
    ...part,
  };
  return chartFiles([chart]).files.find((f) => f.name === 'xl/charts/srrChart1.xml')!.data;
}

describe('a bar chart', () => {
  it('reads a load in plain numbers and draws no bar for a school without the figure (never a zero)', async () => {
    const xml = await chartXmlOf({});
    expect(xml).toContain('<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/>');
    expect(xml).not.toContain('&quot;$&quot;');
    // Points 0 and 2 cached; Birch (index 1) has none.
    expect(xml).toContain('<c:pt idx="0"><c:v>102</c:v></c:pt><c:pt idx="2"><c:v>135</c:v></c:pt>');
  });

  it('reads money in dollars', async () => {
    const xml = await chartXmlOf({ title: 'Per pupil', values: [12052, 10626, 9346], valueIsMoney: true });
    expect(xml).toContain('<c:numFmt formatCode="&quot;$&quot;#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/>');
  });
});

describe('a bar chart coloured by group', () => {
  it('gives each bar its own colour, as data points before the categories', async () => {
    const xml = await chartXmlOf({ pointColours: ['4472C4', 'ED7D31', '4472C4'] });
    const points = [...xml.matchAll(/<c:dPt><c:idx val="(\d)"\/>.*?<a:srgbClr val="(\w+)"\/>.*?<\/c:dPt>/g)].map((m) => [m[1], m[2]]);
    expect(points).toEqual([
      ['0', '4472C4'],
      ['1', 'ED7D31'],
      ['2', '4472C4'],
    ]);
    expect(xml.indexOf('<c:dPt>')).toBeLessThan(xml.indexOf('<c:cat>'));
  });
});

describe('the texts a chart caches', () => {
  it('keeps a literal "_xHHHH_" literal in the cached categories and series names (ST_Xstring), not in the title run', async () => {
    // "T_x0041_" cached as it is would read back as "TA"; Excel stores the literal text with its first underscore
    // escaped as "_x005F_". The title run (<a:t>) is plain text, so it stays as it is.
    const bar = await chartXmlOf({ title: 'Load_x0041_', categories: ['T_x0041_', "O'Hara & Co", 'Cedar'] });
    expect(bar).toContain('<c:pt idx="0"><c:v>T_x005F_x0041_</c:v></c:pt><c:pt idx="1"><c:v>O\'Hara &amp; Co</c:v></c:pt>');
    // The bar chart's one series is named by its title, in a <c:v> too.
    expect(bar).toContain('<c:tx><c:v>Load_x005F_x0041_</c:v></c:tx>');
    expect(bar).toContain('<a:t>Load_x0041_</a:t>');

    const column = await chartXmlOf({
      type: 'column',
      categories: ['T_x0041_'],
      values: [3],
      series: [{ name: 'Load_x0042_', nameRow: 4, range: { col: 'B', firstRow: 5, lastRow: 5 }, values: [3] }],
    });
    expect(column).toContain('<c:v>T_x005F_x0041_</c:v>');
    expect(column).toContain('<c:v>Load_x005F_x0042_</c:v>');
    expect(column).not.toMatch(/<c:v>[^<]*(?<!_x005F)_x004[12]_/);
  });
});
