import { cleanSheetName, cleanTableName, MAX_SHEET_NAME, numberedSuffix, reviewSuffix, uniqueSheetName, uniqueSheetNames, uniqueTableName } from './names';

// Excel's rules (Microsoft Support, "Rename a worksheet" and "Rename an Excel table"), one case each.

describe('sheet names', () => {
  it('turns each forbidden character / \\ ? * : [ ] into a space, one space for a run', () => {
    expect(cleanSheetName('Budget: by use / fund [2025]?')).toBe('Budget by use fund 2025');
    expect(cleanSheetName('a\\b*c')).toBe('a b c');
  });

  it('keeps at most 31 characters', () => {
    const long = 'Teacher load by department and term';
    expect(cleanSheetName(long)).toBe('Teacher load by department and');
    expect(cleanSheetName(long).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it('neither begins nor ends with an apostrophe, even once cut at 31 characters; never blank', () => {
    expect(cleanSheetName("'Quoted'")).toBe('Quoted');
    expect(cleanSheetName("Principal's notes")).toBe("Principal's notes"); // inside the name it is allowed
    // 30 characters, an apostrophe as the 31st: cut there, it would end the name.
    expect(cleanSheetName(`${'x'.repeat(30)}'s sheet`)).toBe('x'.repeat(30));
    expect(cleanSheetName(" ' :: ' ")).toBe('Results');
    expect(cleanSheetName('', 'Sheet')).toBe('Sheet');
  });

  it('is unique ignoring case, the suffix fitting within 31 characters', () => {
    expect(uniqueSheetName('Flags', new Set(['flags']))).toBe('Flags (2)');
    expect(uniqueSheetName('Flags', new Set(['flags', 'flags (2)']))).toBe('Flags (3)');
    expect(uniqueSheetName('Flags', new Set(['flags', 'flags (review)']), reviewSuffix)).toBe('Flags (review 2)');
    // 31 characters and taken: cut to 27 + " (2)", and no space left before the bracket ("…department " cut).
    const full = 'Teacher load by department and';
    expect(uniqueSheetName(full, new Set([full.toLowerCase()]))).toBe('Teacher load by department (2)');
    expect(uniqueSheetName(full, new Set([full.toLowerCase()])).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it('never takes "History", a name Excel reserves, in any case', () => {
    expect(uniqueSheetName('History', new Set())).toBe('History (2)');
    expect(uniqueSheetName('HISTORY', new Set(), reviewSuffix)).toBe('HISTORY (review)');
  });

  it('names a workbook of its own: the report sheets in order, unique among themselves', () => {
    expect(uniqueSheetNames(['Flags', 'flags', 'Data: Check', 'FLAGS'])).toEqual(['Flags', 'flags (2)', 'Data Check', 'FLAGS (3)']);
    expect(numberedSuffix(1)).toBe(' (2)');
  });
});

describe('table names', () => {
  it('keeps a valid name as it is', () => {
    expect(cleanTableName('srr_Flags', '1')).toBe('srr_Flags');
    expect(cleanTableName('_Notes', '1')).toBe('_Notes');
  });

  it('has no spaces and only letters, digits and underscores', () => {
    expect(cleanTableName('Budget by Use', '1')).toBe('Budget_by_Use');
    expect(cleanTableName('Class-size (K-3).v2', '1')).toBe('Class_size__K_3__v2');
  });

  it('starts with a letter or an underscore', () => {
    expect(cleanTableName('2025 Budget', '1')).toBe('srr_2025_Budget');
    expect(cleanTableName('', '3')).toBe('srr_3');
  });

  it('does not read as an A1 or R1C1 cell reference, nor as R or C', () => {
    for (const reference of ['A1', 'xfd1048576', 'Q1', 'R1C1', 'rc', 'R12', 'C3', 'R', 'c']) {
      expect(cleanTableName(reference, '1')).toBe(`srr_${reference}`);
    }
    // Near a reference but not one: kept.
    expect(cleanTableName('Q1_Budget', '1')).toBe('Q1_Budget');
    expect(cleanTableName('ABCD1', '1')).toBe('ABCD1');
    expect(cleanTableName('RCX', '1')).toBe('RCX');
  });

  it('keeps to 200 of the 255 characters, leaving room for a prefix and a number', () => {
    expect(cleanTableName('t'.repeat(300), '1')).toHaveLength(200);
  });

  it('is unique ignoring case: a clash takes _2, _3, …', () => {
    expect(uniqueTableName('srr_Flags', new Set(['srr_flags']))).toBe('srr_Flags_2');
    expect(uniqueTableName('srr_Flags', new Set(['srr_flags', 'srr_flags_2']))).toBe('srr_Flags_3');
    expect(uniqueTableName('srr_Flags', new Set(['table1']))).toBe('srr_Flags');
  });
});
