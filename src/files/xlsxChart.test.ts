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
