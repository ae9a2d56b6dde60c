import { parseArgs } from 'node:util';
import type { MappingSettings, SchoolLevel, Settings, TableKind, Thresholds } from '../engine/types';
import { TABLE_KINDS } from '../engine/types';
import { DEFAULT_THRESHOLDS } from '../engine/settings/defaults';

/** A command line the tool cannot act on; main() prints it with the usage and exits 2. */
export class UsageError extends Error {}

export interface CliOptions {
  files: string[];
  out?: string;
  json: boolean;
  /** --json indented for reading (compact by default: 40% smaller on a district). */
  pretty: boolean;
  quiet: boolean;
  help: boolean;
  settingsFile?: string;
  /** Settings from flags; they override the settings file. */
  flagSettings: Partial<Settings>;
  /** `resource-review compare …`: the district resource map of many schools (cli/compare.ts). */
  compare?: boolean;
  /** compare: the weighted student formula's settings file. */
  formulaFile?: string;
  /** compare: worker threads (default: the machine's available parallelism). */
  jobs?: number;
}

export const USAGE = `Usage: resource-review [files…] [options]

Reviews a school's master schedule and budget against recommended practice and writes the results to a new
workbook (<input-name>-review.xlsx). Input: an .xlsx workbook, or .csv files (each one a sheet named after the
file), or a folder of .csv files (one school). With no files, reviews the bundled case study and writes the
results to the current folder. It never writes over an input, nor over a file that is not its own earlier output.

Options:
  --out PATH                 folder for the results, or the .xlsx file when there is one input
  --json                     print the whole result as JSON on stdout (writes a workbook only with --out)
  --pretty                   with --json: indent the JSON for reading (compact by default)
  --settings FILE.json       settings (thresholds, mapping, rules, level, periodMinutes, passingMinutes…) from a JSON file
  --map KIND.FIELD=HEADER    map a column by hand, e.g. --map schedule.teacher="Instructor" (or a letter: =C)
  --sheet KIND=SHEET         read KIND from this sheet, e.g. --sheet bell="Bell Times"
  --level LEVEL              elementary, middle or high (default: inferred from grades)
  --period-minutes N         minutes per period when there are no clock times and no bell schedule
  --threshold NAME=VALUE     change a threshold, e.g. --threshold coreLoadWarn=90
  --quiet                    no progress or data-check summary on stderr
  -h, --help                 this help

Kinds: ${TABLE_KINDS.join(', ')}. Thresholds: ${Object.keys(DEFAULT_THRESHOLDS).join(', ')}.

District resource map: resource-review compare FILE_OR_FOLDER… --out map.xlsx [--json]
  Reviews each input as one school (a workbook, or a folder of .csv files) with the same engine and settings, and
  writes one workbook comparing them: figures by school and by level, money against need, a weighted student formula
  with live formulas, charts. A school that cannot be read is listed with its reason; the rest are compared.
  A folder with no .csv files of its own is a folder of schools: each sub-folder is one (compare assets/district).
  --out FILE.xlsx            the map workbook (required unless --json)
  --formula FILE.json        the weighted student formula: basePerPupil, weights, gradeBands, scaleToCurrentTotal
  --jobs N                   schools reviewed at once, one per worker thread (default: the machine's cores)
  --settings, --threshold, --map, --sheet, --period-minutes, --json, --pretty, --quiet as above (--level: set
  each school's level in its own settings instead; a district mixes levels)`;

const LEVELS: SchoolLevel[] = ['elementary', 'middle', 'high'];

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        json: { type: 'boolean', default: false },
        pretty: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        settings: { type: 'string' },
        map: { type: 'string', multiple: true },
        sheet: { type: 'string', multiple: true },
        level: { type: 'string' },
        'period-minutes': { type: 'string' },
        threshold: { type: 'string', multiple: true },
        formula: { type: 'string' },
        jobs: { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values } = parsed;
  // "compare" as the first word is the district map (a file named compare is reviewed as ./compare).
  const compare = parsed.positionals[0] === 'compare';
  const positionals = compare ? parsed.positionals.slice(1) : parsed.positionals;
  if (!compare && (values.formula !== undefined || values.jobs !== undefined)) {
    throw new UsageError(`--${values.formula !== undefined ? 'formula' : 'jobs'}: only with resource-review compare (the district map)`);
  }
  if (compare && values.level !== undefined) {
    throw new UsageError('--level: a district mixes levels; set each school\'s level in its own settings, or leave it to its grades');
  }
  if (compare && !values.help && positionals.length === 0) throw new UsageError('compare: name the schools to compare (workbooks or folders of .csv files)');
  if (compare && !values.help && !values.json && values.out === undefined) throw new UsageError('compare: --out map.xlsx is required (or --json)');
  if (compare && values.out !== undefined && !/\.xlsx$/i.test(values.out)) throw new UsageError(`--out ${values.out}: the map is one workbook; name an .xlsx file`);
  const flagSettings: Partial<Settings> = {};

  const mapping: MappingSettings = {};
  for (const entry of values.sheet ?? []) {
    const [kind, sheet] = splitPair(entry, '--sheet', 'KIND=SHEET');
    (mapping[tableKind(kind, '--sheet')] ??= {}).sheet = sheet;
  }
  for (const entry of values.map ?? []) {
    const [key, header] = splitPair(entry, '--map', 'KIND.FIELD=HEADER');
    const dot = key.indexOf('.');
    if (dot <= 0 || dot === key.length - 1) throw new UsageError(`--map ${entry}: expected KIND.FIELD=HEADER, e.g. schedule.teacher=Instructor`);
    const table = (mapping[tableKind(key.slice(0, dot), '--map')] ??= {});
    (table.columns ??= {})[key.slice(dot + 1)] = header;
  }
  if (Object.keys(mapping).length) flagSettings.mapping = mapping;

  if (values.level !== undefined) {
    if (!LEVELS.includes(values.level as SchoolLevel)) {
      throw new UsageError(`--level ${values.level}: expected one of ${LEVELS.join(', ')}`);
    }
    flagSettings.schoolLevel = values.level as SchoolLevel;
  }
  if (values['period-minutes'] !== undefined) {
    flagSettings.periodMinutes = positiveNumber(values['period-minutes'], '--period-minutes');
  }
  if (values.threshold?.length) flagSettings.thresholds = thresholds(values.threshold);
  if (values.pretty && !values.json) throw new UsageError('--pretty: only with --json (it indents the JSON output)');

  return {
    files: positionals,
    out: values.out,
    json: values.json ?? false,
    pretty: values.pretty ?? false,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
    settingsFile: values.settings,
    flagSettings,
    ...(compare
      ? {
          compare,
          ...(values.formula !== undefined ? { formulaFile: values.formula } : {}),
          ...(values.jobs !== undefined ? { jobs: jobCount(values.jobs) } : {}),
        }
      : {}),
  };
}

/** Settings file under flag settings: flags win, mapping merged per table kind. */
export function mergeSettings(fromFile: Partial<Settings>, fromFlags: Partial<Settings>): Partial<Settings> {
  const mapping: MappingSettings = { ...(fromFile.mapping ?? {}) };
  for (const kind of TABLE_KINDS) {
    const flag = fromFlags.mapping?.[kind];
    if (!flag) continue;
    const base = mapping[kind] ?? {};
    mapping[kind] = { ...base, ...flag, columns: { ...(base.columns ?? {}), ...(flag.columns ?? {}) } };
  }
  const merged: Partial<Settings> = { ...fromFile, ...fromFlags, mapping };
  if (fromFile.thresholds || fromFlags.thresholds) {
    merged.thresholds = {
      ...(fromFile.thresholds ?? {}),
      ...(fromFlags.thresholds ?? {}),
      coachDollarsPerTeacher: {
        ...(DEFAULT_THRESHOLDS.coachDollarsPerTeacher),
        ...(fromFile.thresholds?.coachDollarsPerTeacher ?? {}),
        ...(fromFlags.thresholds?.coachDollarsPerTeacher ?? {}),
      },
    } as Thresholds;
  }
  return merged;
}

function thresholds(entries: string[]): Thresholds {
  const result: Record<string, unknown> = {};
  for (const entry of entries) {
    const [name, raw] = splitPair(entry, '--threshold', 'NAME=VALUE');
    const value = positiveNumber(raw, `--threshold ${name}`);
    const [key, level] = name.split('.');
    if (key === 'coachDollarsPerTeacher') {
      if (!LEVELS.includes(level as SchoolLevel)) {
        throw new UsageError(`--threshold ${entry}: expected coachDollarsPerTeacher.elementary|middle|high=VALUE`);
      }
      result.coachDollarsPerTeacher = { ...((result.coachDollarsPerTeacher as object) ?? {}), [level]: value };
    } else if (key in DEFAULT_THRESHOLDS && level === undefined) {
      result[key] = value;
    } else {
      throw new UsageError(`--threshold ${name}: unknown threshold; expected one of ${Object.keys(DEFAULT_THRESHOLDS).join(', ')}`);
    }
  }
  return result as unknown as Thresholds;
}

function splitPair(entry: string, flag: string, shape: string): [string, string] {
  const eq = entry.indexOf('=');
  if (eq <= 0 || eq === entry.length - 1) throw new UsageError(`${flag} ${entry}: expected ${shape}`);
  return [entry.slice(0, eq).trim(), entry.slice(eq + 1).trim()];
}

function tableKind(kind: string, flag: string): TableKind {
  if (!TABLE_KINDS.includes(kind as TableKind)) {
    throw new UsageError(`${flag}: unknown table kind "${kind}"; expected one of ${TABLE_KINDS.join(', ')}`);
  }
  return kind as TableKind;
}

function positiveNumber(raw: string, flag: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || raw.trim() === '') throw new UsageError(`${flag}: expected a number, got "${raw}"`);
  return n;
}

function jobCount(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs ${raw}: expected a whole number from 1 to 256`);
  return n;
}
