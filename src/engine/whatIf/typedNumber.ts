// What a value typed into an input cell means: the one rule for both doors of the What If (the add-in and the command
// line) and for the district map's formula inputs, and for the task pane's boxes. A module of its own, so the pane's
// lazily loaded What If step takes this rule without the What If sheet's layout.

/** A cell as a reader found it: a number, or the cell's text when it is not one. */
export type TypedInput = number | string;

// A number written plainly: a sign, digits, a decimal point, an exponent. It is the form in which a workbook file
// stores a number cell (so the command line, which reads the file's text, and the add-in, which Excel hands the
// number, agree), and what a principal types into a cell Excel keeps as text ("22" in a Text-formatted cell, shown
// with Excel's "number stored as text" mark): they meant 22, and Excel's own formulas read it as 22. Anything more
// ("$1,200", "45%", "about 20") is not guessed at: the Data Check names it and asks for a number.
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The number a cell holds under that rule, or null: blank, a word, or too large to be a number. */
export function typedNumber(value: TypedInput | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = (value ?? '').trim();
  if (!PLAIN_NUMBER.test(text)) return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}
