import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** One workbook to review: an .xlsx file, or the .csv files given together or found in one folder (each a sheet). */
export interface ReviewJob {
  kind: 'xlsx' | 'csv';
  files: string[];
  /** The folder given on the command line that these CSV files come from, if any. */
  folder?: string;
  outPath: string;
  /**
   * Where the output links to the user's sheets: sheet name → file, relative to the folder the output is written
   * in (which differs from outPath's when outPath is a link to an earlier output elsewhere).
   */
  linkFileBySheet: (sheet: string, outDir: string) => string | undefined;
}

/** The inputs of one job before its output is named. */
export interface InputGroup {
  kind: 'xlsx' | 'csv';
  files: string[];
  folder?: string;
}

// __dirname is src/cli, or dist-cli/cli for the compiled module and for the bundle that holds it (webpack.cli.config.js).
export const BUNDLED_CASE_STUDY = path.resolve(__dirname, '../../assets/case-studies/high-school.xlsx');

/** The bundled default when no files are given: the fictional high-school case study. */
export function bundledDefault(): string {
  return BUNDLED_CASE_STUDY;
}

export const isCsv = (file: string) => path.extname(file).toLowerCase() === '.csv';

/** What a review output's name ends with, after its input's name: "school-review.xlsx". */
const REVIEW_SUFFIX = '-review.xlsx';

/** Whether a file's name is one planJobs gives a review output: our results, never a school to read. */
export const isReviewOutputName = (name: string) => name.toLowerCase().endsWith(REVIEW_SUFFIX);

/**
 * Groups the command line's paths into workbooks: each .xlsx (or other file) alone, the loose .csv files together
 * as one school, and each folder as one school made of the .csv files directly in it. A folder without .csv
 * files is a problem that says to pass its files. The same file given twice is reviewed once.
 */
export async function groupInputs(paths: string[]): Promise<{ groups: InputGroup[]; problems: string[] }> {
  const problems: string[] = [];
  const seen = new Set<string>();
  const unique = paths.filter((p) => {
    const key = path.resolve(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const groups: InputGroup[] = [];
  const looseCsv: string[] = [];
  for (const p of unique) {
    const stat = await fs.stat(p).catch(() => undefined);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(p)).filter(isCsv).sort();
      if (names.length === 0) {
        problems.push(
          `${p}: is a folder with no .csv files. Pass the workbook or CSV files themselves; ` +
            'a folder is read only as one school made of the .csv files in it.',
        );
        continue;
      }
      groups.push({ kind: 'csv', files: names.map((n) => path.join(p, n)), folder: p });
    } else if (isCsv(p)) looseCsv.push(p);
    else groups.push({ kind: 'xlsx', files: [p] });
  }
  if (looseCsv.length) groups.push({ kind: 'csv', files: looseCsv });
  return { groups, problems };
}

/**
 * Decides each output path: `<input-name>-review.xlsx` beside the input (a folder's output beside the folder),
 * in `out` when it is a folder, or `out` itself when it names an .xlsx and there is one workbook.
 * Outputs of one run never share a name: inputs whose outputs would collide (d1/s.xlsx and d2/s.xlsx into one
 * folder) are named after their folder too ("d1-s-review.xlsx"), and, if that still collides, after a short hash
 * of the input's full path. Both depend only on the input itself, not on the order of the arguments, so the next
 * run finds each school's earlier output (and its notes) under the same name.
 */
export function planJobs(groups: InputGroup[], out: string | undefined, defaultFolder?: string): ReviewJob[] {
  const outIsFile = out !== undefined && /\.xlsx$/i.test(out);
  if (outIsFile && groups.length > 1) {
    throw new Error(`--out ${out}: several workbooks are reviewed, so --out must be a folder, not an .xlsx file`);
  }
  const named = groups.map((group) => {
    const source = path.resolve(group.folder ?? group.files[0]);
    const stem = group.folder ? path.basename(source) : path.basename(source, path.extname(source));
    const folder = out !== undefined && !outIsFile ? path.resolve(out) : (defaultFolder ?? path.dirname(source));
    return { group, source, stem, folder, outPath: outIsFile ? path.resolve(out) : path.join(folder, `${stem}${REVIEW_SUFFIX}`) };
  });
  const rename = (pick: (n: (typeof named)[number]) => string) => {
    for (const clash of collisions(named.map((n) => n.outPath))) {
      for (const i of clash) named[i].outPath = path.join(named[i].folder, `${pick(named[i])}${REVIEW_SUFFIX}`);
    }
  };
  rename((n) => `${path.basename(path.dirname(n.source))}-${n.stem}`);
  rename((n) => `${path.basename(path.dirname(n.source))}-${n.stem}-${shortHash(n.source)}`);

  return named.map(({ group, outPath }) => {
    const relative = (file: string, outDir: string) => path.relative(outDir, path.resolve(file)).split(path.sep).join('/');
    const linkFileBySheet =
      group.kind === 'xlsx'
        ? (_sheet: string, outDir: string) => relative(group.files[0], outDir)
        : (sheet: string, outDir: string) => {
            const file = group.files.find((f) => path.basename(f, path.extname(f)) === sheet);
            return file ? relative(file, outDir) : undefined;
          };
    return { ...group, outPath, linkFileBySheet };
  });
}

/** Indices of paths that name the same file, compared without case (as Windows and macOS do). */
function collisions(paths: string[]): number[][] {
  const byKey = new Map<string, number[]>();
  paths.forEach((p, i) => {
    const key = p.toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  return [...byKey.values()].filter((indices) => indices.length > 1);
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
