import type { SchoolLevel } from '../types';
import { typedByPrincipal, type TypedWhatIfInput } from '../whatIf/keptInputs';
import { typedNumber } from '../whatIf/typedNumber';
import { DEFAULT_FORMULA, MAX_BASE, MAX_WEIGHT, type FormulaSettings } from './formula';

// The Weighted formula sheet's orange input cells, one owner for their list: the sheet writes them (mapReport.ts),
// the next run reads back what a district typed into them by id (src/files/previousMap.ts) and keeps it here, by the
// What If's rule (whatIf/keptInputs.ts): an input still equal to its starting value was left as the map set it, so it
// follows this run's start; any other number typed there is kept; anything else is named by its cell and not used.
//
// Where a value comes from, strongest first: typed in the earlier map, then the --formula file, then the tool's
// default. The earlier map wins over the file because it is the district's latest hand on that one number, and the
// stderr line names every kept value, so a file edit that is overridden is said, never silent; clearing the cell (or
// typing the starting value back) hands the input back to the file.

export type FormulaInputSource = 'default' | 'formula file' | 'earlier map';

export interface FormulaInput {
  /** Stable across runs and row moves: the --formula file's field path, e.g. "weights.englishLearners". */
  id: string;
  label: string;
  value: number;
  /** 'currency' for the bases, 'weight' for the weights, 'switch' for the 1/0 scaling switch. */
  kind: 'currency' | 'weight' | 'switch';
}

const LEVELS: readonly SchoolLevel[] = ['elementary', 'middle', 'high'];
const NEEDS = [
  ['specialEducation', 'Extra weight per special-education pupil'],
  ['englishLearners', 'Extra weight per English learner'],
  ['lowIncome', 'Extra weight per free/reduced-lunch pupil'],
] as const;
/** Each input's id, one owner for their form: the sheet's formulas find an input's row by it (mapReport.ts). */
export const inputId = {
  base: (level: SchoolLevel) => `basePerPupil.${level}`,
  weight: (need: keyof FormulaSettings['weights']) => `weights.${need}`,
  band: (label: string) => `gradeBands.${label}.weight`,
  scale: 'scaleToCurrentTotal',
} as const;

/** The inputs in the sheet's order: three bases, three need weights, each grade band's weight, the scale switch. */
export function formulaInputs(settings: FormulaSettings): FormulaInput[] {
  return [
    ...LEVELS.map((level): FormulaInput => ({ id: inputId.base(level), label: `Base per pupil: ${level} school`, value: settings.basePerPupil[level], kind: 'currency' })),
    ...NEEDS.map(([key, label]): FormulaInput => ({ id: inputId.weight(key), label, value: settings.weights[key], kind: 'weight' })),
    ...settings.gradeBands.map((b): FormulaInput => ({ id: inputId.band(b.label), label: `Extra weight per pupil in grades ${b.label}`, value: b.weight, kind: 'weight' })),
    { id: inputId.scale, label: 'Scale to today’s total (1 = yes, 0 = no)', value: settings.scaleToCurrentTotal ? 1 : 0, kind: 'switch' },
  ];
}

/** The settings with one input set to `value` (already checked by `acceptable`). */
function withInput(settings: FormulaSettings, id: string, value: number): FormulaSettings {
  const next = structuredClone(settings);
  const [head, key] = id.split('.');
  if (head === 'basePerPupil') next.basePerPupil[key as SchoolLevel] = value;
  else if (head === 'weights') next.weights[key as keyof FormulaSettings['weights']] = value;
  else if (id === inputId.scale) next.scaleToCurrentTotal = value === 1;
  else next.gradeBands = next.gradeBands.map((b) => (inputId.band(b.label) === id ? { ...b, weight: value } : b));
  return next;
}

/** What a typed value must be, as the message says it; the same bounds as the --formula file (formula.ts). */
function expected(kind: FormulaInput['kind']): { ok: (n: number) => boolean; text: string } {
  if (kind === 'switch') return { ok: (n) => n === 0 || n === 1, text: '1 or 0' };
  const max = kind === 'currency' ? MAX_BASE : MAX_WEIGHT;
  return { ok: (n) => n >= 0 && n <= max, text: `a number from 0 to ${max.toLocaleString('en-US')}` };
}

/**
 * One input cell as the earlier map holds it: what is typed there and the "Starting value" the earlier run wrote
 * beside it (undefined when that cell is gone), as a What If lever's row is read, and where it is.
 */
export interface TypedFormulaInput extends TypedWhatIfInput {
  /** The cell's address in the earlier map, e.g. "B9". */
  cell: string;
}

export interface KeptFormulaInputs {
  /** This run's settings: the start (file or default) with every kept value in place. */
  settings: FormulaSettings;
  /** Every input with its value for this run and where that value came from. */
  inputs: (FormulaInput & { from: FormulaInputSource; cell?: string })[];
  /** A typed value not used, named by sheet and cell, with the value used instead. */
  problems: string[];
}

/**
 * This run's formula settings: `start` (the --formula file over the defaults; `fromFile` names the ids the file
 * set) with the values typed in the earlier map's input cells kept over it.
 */
export function keptFormulaInputs(
  start: FormulaSettings,
  typed: Readonly<Record<string, TypedFormulaInput>>,
  sheetName: string,
  fromFile: ReadonlySet<string> = new Set(),
): KeptFormulaInputs {
  let settings = start;
  const problems: string[] = [];
  const keptCells = new Map<string, string>();
  const starts = formulaInputs(start);
  for (const [id, { value, start: earlierStart, cell }] of Object.entries(typed)) {
    const input = starts.find((i) => i.id === id);
    // The What If's one rule: blank, or left as the earlier run set it (follows this run's start: a new file value,
    // a new default), is not the analyst's; a typed text means a number only when plainly written ("0x10" is a word).
    if (!typedByPrincipal({ value, start: earlierStart })) continue;
    const text = String(value).trim();
    const number = typedNumber(value);
    const at = `${sheetName}!${cell}`;
    if (!input) {
      problems.push(`${at}: the value typed for "${id}" (${text.slice(0, 40)}) is not kept: this run's formula has no such input (a grade band renamed or removed in the --formula file?).`);
      continue;
    }
    const rule = expected(input.kind);
    if (number === null || !rule.ok(number)) {
      problems.push(`${at}: "${text.slice(0, 40)}" typed for "${input.label}" is not ${rule.text}, so this map uses ${input.value} (${sourceText(fromFile.has(id) ? 'formula file' : 'default')}); type ${rule.text} there.`);
      continue;
    }
    settings = withInput(settings, id, number);
    keptCells.set(id, cell);
  }
  const inputs = formulaInputs(settings).map((input) => {
    const cell = keptCells.get(input.id);
    const from: FormulaInputSource = cell !== undefined ? 'earlier map' : fromFile.has(input.id) ? 'formula file' : 'default';
    return cell !== undefined ? { ...input, from, cell } : { ...input, from };
  });
  return { settings, inputs, problems };
}

function sourceText(source: FormulaInputSource): string {
  return source === 'formula file' ? 'from the --formula file' : source === 'earlier map' ? 'typed in the earlier map' : 'the default';
}

/** The ids a --formula file set to something other than the default: said as "from the --formula file". */
export function idsFromFile(fileSettings: FormulaSettings): Set<string> {
  const defaults = new Map(formulaInputs(DEFAULT_FORMULA).map((i) => [i.id, i.value]));
  return new Set(formulaInputs(fileSettings).filter((i) => defaults.get(i.id) !== i.value).map((i) => i.id));
}

/**
 * One line for stderr: how many typed values were kept from the earlier map (`sheetName`: its formula sheet; undefined
 * when there was none), each named with its cell, and which came from the --formula file. Empty when there is neither.
 */
export function keptInputsLine(kept: KeptFormulaInputs, sheetName: string | undefined): string {
  const typed = kept.inputs.filter((i) => i.from === 'earlier map');
  const file = kept.inputs.filter((i) => i.from === 'formula file');
  if (sheetName === undefined && file.length === 0) return '';
  const parts: string[] = [];
  if (sheetName !== undefined) {
    parts.push(
      `kept ${typed.length === 1 ? '1 value' : `${typed.length} values`} typed in the earlier map's ${sheetName} sheet` +
        (typed.length ? ` (${typed.map((i) => `${i.id} = ${i.value} from ${i.cell}`).join(', ')})` : ''),
    );
  }
  if (file.length) parts.push(`from the --formula file: ${file.map((i) => `${i.id} = ${i.value}`).join(', ')}`);
  if (typed.length + file.length < kept.inputs.length) parts.push('the rest are the defaults');
  return parts.join('; ');
}
