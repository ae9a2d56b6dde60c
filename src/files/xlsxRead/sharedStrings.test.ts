import { readSharedStrings } from './sharedStrings';

// The one reader of shared strings, in its two modes: strict as exceljs (the input reader) and lenient (an earlier
// output another program saved, read by xlsxParts.ts for the team's notes).

const sst = (items: string, after = '') => `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}${after}</sst>`;

describe('readSharedStrings', () => {
  it('decodes _xHHHH_ in both modes, the escaped underscore (_x005F_) included, left to right without overlap', () => {
    // "_x005F_x0041_" is how Excel stores the literal text "_x0041_"; "_x0041_" alone is the letter A.
    const xml = sst('<si><t>A_x0041_</t></si><si><t>_x005F_x0041_</t></si><si><r><t>_x005F_x0041__x005F_x0042_</t></r></si><si><t>_X0041_</t></si>');
    const expected = ['AA', '_x0041_', '_x0041__x0042_', '_X0041_'];
    expect(readSharedStrings(xml)).toEqual(expected);
    expect(readSharedStrings(xml, { lenient: true })).toEqual(expected);
  });

  it('strict, refuses what exceljs refused; lenient, reads past it', () => {
    const extended = sst('<si><t>Smith</t></si>', '<extLst><ext uri="{x}"/></extLst>');
    expect(() => readSharedStrings(extended)).toThrow('Unexpected xml node in parseOpen: extLst');
    expect(readSharedStrings(extended, { lenient: true })).toEqual(['Smith']);

    // A plain text then a run in one item: exceljs failed; lenient joins them in order.
    const mixed = sst('<si><t>Ask </t><r><t>again</t></r></si><si><t>next</t></si>');
    expect(() => readSharedStrings(mixed)).toThrow(TypeError);
    expect(readSharedStrings(mixed, { lenient: true })).toEqual(['Ask again', 'next']);
  });

  it('skips a CDATA section strictly (as exceljs) and reads it as text leniently', () => {
    const xml = sst('<si><t><![CDATA[a<b]]></t></si>');
    expect(readSharedStrings(xml)).toEqual(['']);
    expect(readSharedStrings(xml, { lenient: true })).toEqual(['a<b']);
  });
});
