import { MONEY_USES } from '../analyse/budget';
import type { CellValue } from '../types';
import { DEFAULT_BUDGET_USE_RULES, DEFAULT_FUND_RULES } from './budget';
import { RULES_SHEET_HEADER, rulesFromGrid, rulesToGrid, type RuleSet } from './rulesSheet';
import { DEFAULT_SUBJECT_RULES } from './subjects';

const DEFAULTS: RuleSet = { subjectRules: DEFAULT_SUBJECT_RULES, budgetUseRules: DEFAULT_BUDGET_USE_RULES, fundRules: DEFAULT_FUND_RULES };

/** A small sheet: header on row 4 (after two lines and a blank), rules from row 5. */
function sheet(...rules: CellValue[][]): CellValue[][] {
  return [['Review rules'], ['Edit'], [], [...RULES_SHEET_HEADER], ...rules];
}

describe('rulesToGrid / rulesFromGrid', () => {
  it('round-trips the default rules exactly, in order', () => {
    const grid = rulesToGrid(DEFAULTS);
    expect(grid[3]).toEqual([...RULES_SHEET_HEADER]);
    expect(grid).toHaveLength(4 + DEFAULT_SUBJECT_RULES.length + DEFAULT_BUDGET_USE_RULES.length + DEFAULT_FUND_RULES.length);
    expect(grid.every((row) => row.length === 5 && row.every((cell) => typeof cell === 'string'))).toBe(true);
    const back = rulesFromGrid(grid);
    expect(back.errors).toEqual([]);
    expect(back.rules!.subjectRules).toEqual(DEFAULT_SUBJECT_RULES.map((r) => ({ ...r, core: Boolean(r.core) })));
    expect(back.rules!.budgetUseRules).toEqual(DEFAULT_BUDGET_USE_RULES);
    expect(back.rules!.fundRules).toEqual(DEFAULT_FUND_RULES);
  });

  it('writes one row per rule with its list, match, target and kind', () => {
    const grid = rulesToGrid({
      subjectRules: [{ match: 'Ma', kind: 'code', subject: 'Math', core: true }],
      budgetUseRules: [{ match: 'coach', kind: 'keyword', use: 'Coaches' }],
      fundRules: [{ match: 'title i', kind: 'keyword', locked: true }],
    });
    expect(grid.slice(4)).toEqual([
      ['Subject', 'Ma', 'Math', 'code', 'yes'],
      ['Budget use', 'coach', 'Coaches', 'keyword', ''],
      ['Fund', 'title i', 'locked', 'keyword', ''],
    ]);
  });

  it('reads edits: case-insensitive words, blank rows skipped, text trimmed', () => {
    const result = rulesFromGrid(
      sheet(
        ['subject', ' Sciences ', 'Science', 'KEYWORD', 'YES'],
        [],
        ['Budget use', 'reading coach', 'coaches', 'keyword', ''],
        ['Fund', 'Title I', 'Discretionary', 'keyword', null],
      ),
    );
    expect(result).toEqual({
      errors: [],
      rules: {
        subjectRules: [{ match: 'Sciences', kind: 'keyword', subject: 'Science', core: true }],
        budgetUseRules: [{ match: 'reading coach', kind: 'keyword', use: 'Coaches' }],
        fundRules: [{ match: 'Title I', kind: 'keyword', locked: false }],
      },
    });
  });

  it('names the cell of every problem and takes no rules at all when there is one', () => {
    const result = rulesFromGrid(
      sheet(
        ['Subject', 'Ma', 'Math', 'code', 'yes'],
        ['Budget use', 'lab tech', 'Sciense', 'keyword', ''],
        ['Budget use', '', 'Coaches', 'word', ''],
        ['Fund', 'grant', 'maybe', 'keyword', ''],
        ['Subjects', 'Hi', 'History', 'code', 'no'],
        ['Subject', 'Dr', 'Drama', 'code', 'sometimes'],
      ),
    );
    expect(result.rules).toBeNull();
    expect(result.errors).toEqual([
      `Sheet "Review Rules" cell C6: "Sciense" is not a known use of money; use one of ${MONEY_USES.join(', ')}.`,
      'Sheet "Review Rules" cell B7: the rule has nothing to match; type a code or keyword, or delete the row.',
      'Sheet "Review Rules" cell D7: "word" is not a way to match; use code or keyword.',
      'Sheet "Review Rules" cell C8: "maybe" should be locked (restricted), formula (allocated by district formula) or discretionary.',
      'Sheet "Review Rules" cell A9: "Subjects" is not a list; use Subject, Budget use or Fund.',
      'Sheet "Review Rules" cell E10: "sometimes" should be yes or no.',
    ]);
  });

  it('counts cell names from where the used range starts and uses the sheet name it was given', () => {
    const result = rulesFromGrid([[...RULES_SHEET_HEADER], ['Budget use', 'x', 'Nope', 'code', '']], { sheetName: 'Review Rules (add-in)', originRow: 2, originCol: 1 });
    expect(result.errors[0]).toMatch(/^Sheet "Review Rules \(add-in\)" cell D4: "Nope" is not a known use of money/);
  });

  it('refuses a sheet without its header row, or with a list emptied', () => {
    expect(rulesFromGrid([['Match', 'Subject']]).errors).toEqual([
      'Sheet "Review Rules" has no header row starting with "List"; open the rules as a sheet again to start over.',
    ]);
    expect(rulesFromGrid(sheet(['Subject', 'Ma', 'Math', 'code', 'yes'])).errors).toEqual([
      'Sheet "Review Rules" has no Budget use rules; add at least one, or reset the rules to the defaults.',
    ]);
  });

  it('refuses error values, over-long text and more rules than a run reads, naming each cell', () => {
    const budget: CellValue[] = ['Budget use', 'coach', 'Coaches', 'keyword', ''];
    const result = rulesFromGrid(
      sheet(
        ['Subject', { error: '#N/A' }, 'Math', 'code', 'yes'],
        ['Subject', 'Ma', 'x'.repeat(201), 'code', 'yes'],
        ['Subject', '=WEBSERVICE("http://example.invalid")', 'Math', 'keyword', 'perhaps'.repeat(20)],
        budget,
      ),
    );
    // Rows 5, 6, 7: the header is on row 4.
    expect(result.errors).toEqual([
      'Sheet "Review Rules" cell B5: holds the Excel error #N/A; type a value or delete the row.',
      'Sheet "Review Rules" cell C6: is 201 characters long; a rule\'s text has at most 200.',
      'Sheet "Review Rules" cell E7: "perhapsperhapsperhapsperhapsperhapsperhapsperhapsperhapsp..." should be yes or no.',
    ]);
    expect(result.rules).toBeNull();
    const many = rulesFromGrid(sheet(...Array.from({ length: 2001 }, (_, i) => ['Subject', `C${i}`, 'Math', 'code', 'yes']), budget));
    expect(many.errors).toEqual(['Sheet "Review Rules" has 2001 Subject rules, more than the 2000 a review reads.']);
  });

  it('keeps formula-looking text as the plain text of a rule', () => {
    const result = rulesFromGrid(sheet(['Subject', '=1+1', 'Math', 'code', 'yes'], ['Budget use', '+coach', 'Coaches', 'keyword', '']));
    expect(result.rules?.subjectRules).toEqual([{ match: '=1+1', kind: 'code', subject: 'Math', core: true }]);
    expect(result.rules?.budgetUseRules).toEqual([{ match: '+coach', kind: 'keyword', use: 'Coaches' }]);
  });
});
