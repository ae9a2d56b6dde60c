import * as path from 'node:path';

/** One workbook to review: an .xlsx file, or the .csv files given together (each a sheet). */
export interface ReviewJob {
  kind: 'xlsx' | 'csv';
  files: string[];
  outPath: string;
  /** Where the output links to the user's sheets: sheet name → file, relative to the output's folder. */
  linkFileBySheet: (sheet: string) => string | undefined;
}

export const BUNDLED_CASE_STUDY = path.resolve(__dirname, '../../assets/case-studies/high-school.xlsx');

/** The bundled default when no files are given: the fictional high-school case study. */
export function bundledDefault(): string {
  return BUNDLED_CASE_STUDY;
}

/**
 * Groups the inputs into workbooks and decides each output path: `<input-name>-review.xlsx` beside the input,
 * in `out` when it is a folder, or `out` itself when it names an .xlsx and there is one workbook.
 */
export function planJobs(files: string[], out: string | undefined, defaultFolder?: string): ReviewJob[] {
  const csv = files.filter((f) => path.extname(f).toLowerCase() === '.csv');
  const others = files.filter((f) => path.extname(f).toLowerCase() !== '.csv');
  const groups: { kind: 'xlsx' | 'csv'; files: string[] }[] = [
    ...others.map((f) => ({ kind: 'xlsx' as const, files: [f] })),
    ...(csv.length ? [{ kind: 'csv' as const, files: csv }] : []),
  ];
  const outIsFile = out !== undefined && /\.xlsx$/i.test(out);
  if (outIsFile && groups.length > 1) {
    throw new Error(`--out ${out}: several workbooks are reviewed, so --out must be a folder, not an .xlsx file`);
  }
  return groups.map((group) => {
    const first = path.resolve(group.files[0]);
    const name = `${path.basename(first, path.extname(first))}-review.xlsx`;
    const folder = out !== undefined && !outIsFile ? path.resolve(out) : (defaultFolder ?? path.dirname(first));
    const outPath = outIsFile ? path.resolve(out) : path.join(folder, name);
    const outDir = path.dirname(outPath);
    const relative = (file: string) => path.relative(outDir, path.resolve(file)).split(path.sep).join('/');
    const linkFileBySheet =
      group.kind === 'xlsx'
        ? () => relative(first)
        : (sheet: string) => {
            const file = group.files.find((f) => path.basename(f, path.extname(f)) === sheet);
            return file ? relative(file) : undefined;
          };
    return { ...group, outPath, linkFileBySheet };
  });
}
