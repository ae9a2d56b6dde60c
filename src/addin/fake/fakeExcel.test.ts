import { createFakeExcel, FakeWorkbook, installOfficeFake, snapshotWorkbook, workbookFromSnapshot } from './index';
import type { FakeRequestContext } from './fakeExcel';

function setup(options: ConstructorParameters<typeof FakeWorkbook>[0] = {}) {
  const workbook = new FakeWorkbook(options);
  workbook.setGrid('Data', [
    ['Name', 'Amount'],
    ['Ana', 10],
    ['Ben', 20],
  ]);
  return { workbook, excel: createFakeExcel(workbook) };
}

async function errorOf(promise: Promise<unknown>): Promise<{ code?: string; name?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; name?: string; message: string };
  }
  throw new Error('expected a failure');
}

describe('the Excel fake is strict where office-js is', () => {
  it('throws PropertyNotLoaded for a property read before load and sync, and returns it after', async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B3');
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading too early on purpose: the fake must throw
      expect(() => range.values).toThrow(/not available.*call the load method/);
      range.load('values');
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- reading too early on purpose: the fake must throw
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['Name', 'Amount'],
        ['Ana', 10],
        ['Ben', 20],
      ]);
      // eslint-disable-next-line office-addins/load-object-before-read -- reading too early on purpose: the fake must throw
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('loads a snapshot: later writes do not change what was loaded', async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Data').getRange('B2');
      cell.load('values');
      await context.sync();
      cell.values = [[99]];
      await context.sync();
      expect(cell.values).toEqual([[10]]);
      cell.load('values');
      await context.sync();
      expect(cell.values).toEqual([[99]]);
    });
  });

  it('answers isNullObject only after a sync, for sheets, settings and empty used ranges', async () => {
    const { workbook, excel } = setup();
    workbook.addSheet('Empty');
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('data');
      const setting = context.workbook.settings.getItemOrNullObject('k');
      const used = context.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true);
      // eslint-disable-next-line office-addins/call-sync-before-read -- reading too early on purpose: the fake must throw
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(setting.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
    });
  });

  it('fails a sync on a missing sheet with ItemNotFound and counts it', async () => {
    const { workbook, excel } = setup();
    const error = await errorOf(
      excel.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem('Nope').load('name');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(error.name).toBe('RichApi.Error');
    expect(workbook.syncCount).toBe(1);
  });

  it('loads collections with their items', async () => {
    const { workbook, excel } = setup();
    workbook.addSheet('Second');
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Data', 'Second']);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('treats assigned strings as Excel treats typed input', async () => {
    const { workbook, excel } = setup();
    const inputs = ["'=SUM(1)", '=SUM(1)', '+1-555', '-5', '42', '@home', 'TRUE', "'+1-555", 'plain'];
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('D1:D9').values = inputs.map((v) => [v]);
      await context.sync();
    });
    const column = workbook.findSheet('Data')!.cells.slice(0, 9).map((row) => ({ value: row[3].value, formula: row[3].formula }));
    expect(column).toEqual([
      { value: '=SUM(1)', formula: undefined },
      { value: '#FAKE-FORMULA!', formula: '=SUM(1)' },
      { value: '#FAKE-FORMULA!', formula: '=+1-555' },
      { value: -5, formula: undefined },
      { value: 42, formula: undefined },
      { value: '#FAKE-FORMULA!', formula: '=@home' },
      { value: true, formula: undefined },
      { value: '+1-555', formula: undefined },
      { value: 'plain', formula: undefined },
    ]);
  });

  it('keeps the apostrophe as a character in a cell already formatted as Text, so the order of format and value matters', async () => {
    const { workbook, excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      // Format first, then the value: the apostrophe is no longer a prefix.
      sheet.getRange('E1').numberFormat = [['@']];
      sheet.getRange('E1').values = [["'00123"]];
      // Value first, into a General cell, then the format: the apostrophe is Excel's text prefix.
      sheet.getRange('E2').values = [["'00123"]];
      sheet.getRange('E2').numberFormat = [['@']];
      await context.sync();
    });
    const sheet = workbook.findSheet('Data')!;
    expect([sheet.cells[0][4].value, sheet.cells[1][4].value]).toEqual(["'00123", '00123']);
  });

  it("refuses a cell over Excel's 32,767 characters, in values and in a hyperlink's text", async () => {
    const { excel } = setup();
    const fits = 'x'.repeat(32_767);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('F1').values = [[fits]];
      await context.sync();
    });
    const tooLong = await errorOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('F2').values = [[`'${fits}y`]];
        await context.sync();
      }),
    );
    expect(tooLong).toMatchObject({ code: 'InvalidArgument', message: 'A cell can hold at most 32767 characters; this value has 32768.' });
    const link = await errorOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('F3').hyperlink = { documentReference: 'Data!A1', textToDisplay: `${fits}y` };
        await context.sync();
      }),
    );
    expect(link).toMatchObject({ code: 'InvalidArgument' });
  });

  it('adds a table given as a bare address on the active sheet, as TableCollection.add documents; a Range goes where it is', async () => {
    const { workbook, excel } = setup();
    workbook.addSheet('Other');
    await excel.run(async (context) => {
      const other = context.workbook.worksheets.getItem('Other');
      other.tables.add('A1:B3', true);
      other.tables.add(other.getRange('D1:E3'), true);
      await context.sync();
    });
    expect(workbook.findSheet('Data')!.tables.map((t) => t.address)).toEqual(['A1:B3']);
    expect(workbook.findSheet('Other')!.tables.map((t) => t.address)).toEqual(['D1:E3']);
  });

  it('records per sync whether screen updating was suspended for it, and whether it wrote', async () => {
    const { workbook, excel } = setup({ excelApi: '1.9' });
    await excel.run(async (context) => {
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      context.workbook.worksheets.getItem('Data').getRange('A5').values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem('Data').getRange('A6').values = [[2]];
      await context.sync();
      context.workbook.worksheets.getItem('Data').getRange('A6').load('values');
      await context.sync();
    });
    expect(workbook.syncs.map((s) => [s.screenUpdatingSuspended, s.wrote])).toEqual([
      [true, true],
      [false, true],
      [false, false],
    ]);
  });

  it('keeps worksheet custom properties on ExcelApi 1.12 (keys case-insensitive, add overwrites) and refuses them below', async () => {
    const { workbook, excel } = setup();
    await excel.run(async (context) => {
      const properties = context.workbook.worksheets.getItem('Data').customProperties;
      properties.add('Owner', 'a');
      properties.add('OWNER', 'b');
      const missing = properties.getItemOrNullObject('other');
      const found = properties.getItemOrNullObject('owner');
      found.load('value');
      await context.sync();
      expect([missing.isNullObject, found.value]).toEqual([true, 'b']);
    });
    expect(workbook.findSheet('Data')!.customProperties).toEqual({ owner: 'b' });
    const old = setup({ excelApi: '1.11' });
    const refused = await errorOf(
      old.excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').customProperties.add('Owner', 'a');
        await context.sync();
      }),
    );
    expect(refused).toMatchObject({ code: 'ApiNotFound' });
  });

  it('gives merged areas as a RangeAreas address on ExcelApi 1.13, and a null object where there are none', async () => {
    const { workbook, excel } = setup({ excelApi: '1.13' });
    workbook.findSheet('Data')!.merges.push({ row: 1, col: 0, rows: 3, cols: 1 }, { row: 0, col: 3, rows: 1, cols: 2 });
    workbook.addSheet("Year 7, 8's");
    await excel.run(async (context) => {
      const merged = context.workbook.worksheets.getItem('Data').getRange().getMergedAreasOrNullObject();
      merged.load('address');
      const none = context.workbook.worksheets.getItem("Year 7, 8's").getRange().getMergedAreasOrNullObject();
      none.load('address');
      await context.sync();
      expect(merged.address).toBe('Data!A2:A4, Data!D1:E1');
      expect(none.isNullObject).toBe(true);
    });
  });

  it('rejects values whose shape does not match the range', async () => {
    const { excel } = setup();
    const error = await errorOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:B2').values = [['only one row', 1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  it('fails a sync whose request passes the payload limit, and applies none of it', async () => {
    const { workbook, excel } = setup({ payloadLimitBytes: 10_000 });
    const big = Array.from({ length: 500 }, (_, i) => [`row ${i} with some text`]);
    const error = await errorOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.getRange('A1').values = [['changed']];
        sheet.getRange('C1:C500').values = big;
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(workbook.findSheet('Data')!.cells[0][0].value).toBe('Name');
    expect(workbook.syncs[0].requestBytes).toBeGreaterThan(10_000);
  });

  it('fails a sync whose response passes the payload limit', async () => {
    const { workbook, excel } = setup({ payloadLimitBytes: 10_000 });
    workbook.setGrid('Big', Array.from({ length: 500 }, (_, i) => [`row ${i} with some text`]));
    const error = await errorOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Big').getRange('A1:A500').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('refuses APIs above the simulated requirement set', async () => {
    const { excel } = setup({ excelApi: '1.7' });
    const error = await errorOf(
      excel.run(async (context) => {
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
    await expect(excel.createWorkbook('UEsDBA==')).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('refuses writes to a protected sheet', async () => {
    const { workbook, excel } = setup();
    workbook.findSheet('Data')!.protected = true;
    const error = await errorOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').values = [['x']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('AccessDenied');
    // A column's width is the sheet's format too: Excel refuses it on a protected sheet like any other.
    const width = await errorOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('B1').format.columnWidth = 70;
        await context.sync();
      }),
    );
    expect(width.code).toBe('AccessDenied');
    expect(workbook.findSheet('Data')!.columnWidths).toEqual({});
  });

  it('sends what Excel.run queued after the last sync', async () => {
    const { workbook, excel } = setup();
    await excel.run(async (context) => {
      context.workbook.worksheets.add('New');
    });
    expect(workbook.findSheet('New')).toBeDefined();
    expect(workbook.syncCount).toBe(1);
  });
});

describe('installOfficeFake', () => {
  it('defines Office and Excel globals backed by the workbook', async () => {
    const { workbook } = setup({ excelApi: '1.8' });
    const target = {} as typeof globalThis;
    installOfficeFake(target, workbook);
    const office = (target as unknown as { Office: { onReady(): Promise<{ host: string }>; context: { requirements: { isSetSupported(n: string, v: string): boolean }; document: { settings: { set(k: string, v: unknown): void } } } } }).Office;
    await expect(office.onReady()).resolves.toMatchObject({ host: 'Excel' });
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    office.context.document.settings.set('shared', 'yes');
    expect(workbook.settings.get('shared')).toBe('yes');
  });
});

describe('snapshots', () => {
  it('round-trip values, formulas and number formats', () => {
    const { workbook } = setup();
    const sheet = workbook.findSheet('Data')!;
    sheet.cells[1][1].numberFormat = '$#,##0';
    sheet.cells[3] = [{ value: 30, formula: '=SUM(B2:B3)' }];
    const snapshot = JSON.parse(JSON.stringify(snapshotWorkbook(workbook)));
    const again = snapshotWorkbook(workbookFromSnapshot(snapshot));
    expect(again).toEqual(snapshot);
    expect(snapshot.sheets[0].formulas).toEqual({ '3,0': '=SUM(B2:B3)' });
    expect(snapshot.sheets[0].numberFormats).toEqual({ '1,1': '$#,##0' });
  });
});

describe('page layout (ExcelApi 1.9), as Microsoft documents it', () => {
  it('stores orientation, zoom, print title rows and footer sections; zoom reads back as a copy to replace whole', async () => {
    const { workbook, excel } = setup({ excelApi: '1.9' });
    await excel.run(async (context) => {
      const { pageLayout } = context.workbook.worksheets.getItem('Data');
      pageLayout.orientation = 'Landscape';
      pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      pageLayout.setPrintTitleRows('$2:$2');
      pageLayout.headersFooters.defaultForAllPages.leftFooter = '&A';
      pageLayout.headersFooters.defaultForAllPages.rightFooter = 'Page &P of &N';
      pageLayout.load('zoom,orientation');
      await context.sync();
      expect(pageLayout.orientation).toBe('Landscape');
      // "must be set as a JSON object (use x.zoom = {...} instead of x.zoom.scale = ...)": a field set on the copy
      // would change nothing in Excel, so the fake refuses it loudly.
      expect(() => Object.assign(pageLayout.zoom, { scale: 50 })).toThrow(TypeError);
    });
    expect(workbook.findSheet('Data')!.pageLayout).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: { first: 1, last: 1 },
      header: { left: '', center: '', right: '' },
      footer: { left: '&A', center: '', right: 'Page &P of &N' },
    });
  });

  it.each([
    ['a scale below 10', (layout: { zoom: unknown }) => (layout.zoom = { scale: 5 }), /between 10 and 400/],
    ['a scale above 400', (layout: { zoom: unknown }) => (layout.zoom = { scale: 401 }), /between 10 and 400/],
    ['a fraction of a page', (layout: { zoom: unknown }) => (layout.zoom = { horizontalFitToPages: 1.5 }), /whole number of pages/],
    ['a zoom that is not an object', (layout: { zoom: unknown }) => (layout.zoom = 80), /PageLayoutZoomOptions object/],
    ['an orientation Excel does not have', (layout: { orientation: unknown }) => (layout.orientation = 'Sideways'), /not a page orientation/],
    ['print title rows that are not whole rows', (layout: { setPrintTitleRows(rows: string): void }) => layout.setPrintTitleRows('A3:F3'), /span entire rows/],
    [
      'a footer over 255 characters',
      (layout: { headersFooters: { defaultForAllPages: { centerFooter: string } } }) => (layout.headersFooters.defaultForAllPages.centerFooter = 'x'.repeat(250)),
      /longer than Excel's 255 characters/,
    ],
  ])('refuses %s with InvalidArgument, changing nothing', async (_label, change, message) => {
    const { workbook, excel } = setup({ excelApi: '1.9' });
    const error = await errorOf(
      excel.run(async (context) => {
        change(context.workbook.worksheets.getItem('Data').pageLayout as never);
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: 'InvalidArgument' });
    expect(error.message).toMatch(message);
    // "&L&C&R" and a 250-character centre are 256 stored characters; nothing of a refused command is applied.
    expect(workbook.findSheet('Data')!.pageLayout).toEqual({
      orientation: 'Portrait',
      zoom: { scale: 100 },
      printTitleRows: null,
      header: { left: '', center: '', right: '' },
      footer: { left: '', center: '', right: '' },
    });
  });

  it('is missing below ExcelApi 1.9, like any property the host lacks', async () => {
    const { excel } = setup({ excelApi: '1.8' });
    const error = await errorOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').pageLayout.orientation = 'Landscape';
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: 'ApiNotFound' });
    expect(error.message).toMatch(/Worksheet.pageLayout needs ExcelApi 1.9/);
  });
});

describe('charts in the fake', () => {
  it('adds series that show once their values are set, each with its own chart type, and refuses them before ExcelApi 1.7', async () => {
    const { workbook, excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('B1:B3'), 'Columns');
      chart.series.getItemAt(0).name = 'Amount';
      const line = chart.series.add('Limit');
      line.chartType = 'Line';
      line.setValues(sheet.getRange('B2:B3'));
      line.setXAxisValues(sheet.getRange('A2:A3'));
      chart.axes.valueAxis.title.text = 'Dollars';
      chart.legend.position = 'Bottom';
      chart.width = 700;
      // Nothing is applied before the sync.
      expect(workbook.findSheet('Data')!.charts).toEqual([]);
      await context.sync();
    });
    expect(workbook.findSheet('Data')!.charts).toEqual([
      {
        type: 'ColumnClustered',
        sourceAddress: 'B1:B3',
        seriesName: 'Amount',
        addedSeries: [{ name: 'Limit', chartType: 'Line', valuesAddress: 'B2:B3', categoryAddress: 'A2:A3' }],
        valueAxisTitle: 'Dollars',
        legendPosition: 'Bottom',
        width: 700,
      },
    ]);

    const old = setup({ excelApi: '1.6' });
    const error = await errorOf(
      old.excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.charts.add('ColumnClustered', sheet.getRange('B1:B3'), 'Columns').series.add('Limit');
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: 'ApiNotFound', message: expect.stringContaining('ChartSeriesCollection.add needs ExcelApi 1.7') });
  });
});

describe('the fake keeps the merges and formats the add-in sets', () => {
  it('merge keeps the top-left value and clears the rest; across merges each row on its own', async () => {
    const { workbook, excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A2:B3').merge(true);
      // Nothing is applied before the sync.
      expect(workbook.findSheet('Data')!.merges).toEqual([]);
      await context.sync();
    });
    const data = workbook.findSheet('Data')!;
    expect(data.merges).toEqual([
      { row: 1, col: 0, rows: 1, cols: 2 },
      { row: 2, col: 0, rows: 1, cols: 2 },
    ]);
    expect(data.cells.map((line) => line.map((c) => c.value))).toEqual([
      ['Name', 'Amount'],
      ['Ana', ''],
      ['Ben', ''],
    ]);
  });

  it('refuses a table over merged cells and a merge inside a table, as Excel does', async () => {
    const { excel } = setup();
    const overMerge = await errorOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.getRange('A1:B1').merge();
        sheet.tables.add(sheet.getRange('A1:B3'), true);
        await context.sync();
      }),
    );
    expect(overMerge).toMatchObject({ code: 'InvalidOperation' });
    const inTable = await errorOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.tables.add(sheet.getRange('A5:B6'), true);
        sheet.getRange('A6:B6').merge();
        await context.sync();
      }),
    );
    expect(inTable).toMatchObject({ code: 'InvalidOperation', message: expect.stringContaining('table') });
  });

  it('keeps row heights in points, wrapping, alignment, bold and size per cell; refuses a row over 409 points', async () => {
    const { workbook, excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const range = sheet.getRange('A1:B2');
      range.format.rowHeight = 37.5;
      range.format.wrapText = true;
      range.format.verticalAlignment = 'Top';
      sheet.getRange('A1').format.font.bold = true;
      sheet.getRange('A1').format.font.size = 14;
      await context.sync();
    });
    const data = workbook.findSheet('Data')!;
    expect(data.rowHeights).toEqual({ 0: 37.5, 1: 37.5 });
    expect(data.cells[0][0].format).toEqual({ wrapText: true, verticalAlignment: 'Top', bold: true, fontSize: 14 });
    expect(data.cells[1][1].format).toEqual({ wrapText: true, verticalAlignment: 'Top' });
    expect(data.cells[2][0].format).toBeUndefined();
    const tooHigh = await errorOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A3').format.rowHeight = 410;
        await context.sync();
      }),
    );
    expect(tooHigh).toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining('409') });
  });

  it('refuses a font size outside 1 to 409 points and an alignment Excel does not have, at the sync, changing no cell', async () => {
    const { workbook, excel } = setup();
    const tooSmall = await errorOf(
      excel.run(async (context) => {
        const cell = context.workbook.worksheets.getItem('Data').getRange('A1');
        cell.format.font.size = 0;
        await context.sync();
      }),
    );
    expect(tooSmall).toMatchObject({ code: 'InvalidArgument', message: 'A font size must be 1 to 409 points; got 0.' });
    const middle = await errorOf(
      excel.run(async (context) => {
        const cell = context.workbook.worksheets.getItem('Data').getRange('A1');
        // Excel's word is "Center"; "Middle" is not an Excel.VerticalAlignment.
        cell.format.verticalAlignment = 'Middle';
        await context.sync();
      }),
    );
    expect(middle).toMatchObject({ code: 'InvalidArgument', message: '"Middle" is not an Excel.VerticalAlignment.' });
    expect(workbook.findSheet('Data')!.cells[0][0].format).toBeUndefined();
  });
});
