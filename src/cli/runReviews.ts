import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NOTHING_TO_REVIEW, reviewResult } from '../engine/reviewResult';
import { localDate } from '../engine/runDate';
import type { ReviewResult, Settings, WorkbookGrids } from '../engine/types';
import { readCsvFiles, readWorkbookFile } from '../files/readWorkbookFile';
import type { CliIo } from './main';
import { mergeSettings, type CliOptions } from './options';
import { bundledDefault, groupInputs, planJobs, type InputGroup, type ReviewJob } from './inputs';
import { checkOutput, RunInputs, type OutputTarget } from './outputSafety';
import { inspectInput } from './inspectInput';
import { errorText, reviewFailureText } from './errorText';
import { ProgressBar } from './progress';
import { dataCheckSummary } from './summary';
import { writeJson } from './jsonOutput';
import { sourceLink } from './sourceLink';

/**
 * Reviews the inputs of a parsed command line (main.ts has already dealt with --help and usage errors) and writes
 * each one's output. Returns the exit code: 0 every input reviewed and written, 1 an input could not be reviewed or
 * its output could not be written safely (the others still are), 2 the inputs or settings could not be used.
 */
export async function runReviews(options: CliOptions, io: CliIo): Promise<number> {
  let settings: Partial<Settings>;
  let jobs: ReviewJob[];
  let inputs: RunInputs;
  const usingDefault = options.files.length === 0;
  let failures = 0;
  try {
    settings = mergeSettings(await readSettingsFile(options.settingsFile), options.flagSettings);
    let groups: InputGroup[] = [{ kind: 'xlsx', files: [bundledDefault()] }];
    if (!usingDefault) {
      const grouped = await groupInputs(options.files);
      groups = grouped.groups;
      for (const problem of grouped.problems) io.stderr(`resource-review: ${problem}\n`);
      failures += grouped.problems.length;
    }
    jobs = planJobs(groups, options.out, usingDefault ? process.cwd() : undefined);
    inputs = await RunInputs.of([...jobs.flatMap((j) => j.files), ...(options.settingsFile ? [options.settingsFile] : [])]);
  } catch (err) {
    io.stderr(`resource-review: ${errorText(err)}\n`);
    return 2;
  }
  if (usingDefault && !options.quiet) io.stderr(`No files given: reviewing the bundled ${path.basename(jobs[0].files[0])}\n`);

  const writeWorkbook = !options.json || options.out !== undefined;
  const bar = jobs.length > 1 && !options.quiet ? new ProgressBar(jobs.length, io.stderr, io.isTty) : undefined;
  const results: ReviewResult[] = [];
  for (const [i, job] of jobs.entries()) {
    const label = job.folder ? `${path.basename(job.folder)}/` : job.files.map((f) => path.basename(f)).join(', ');
    if (job.folder && !options.quiet) {
      io.stderr(`Reading the folder ${job.folder} as one school: ${job.files.map((f) => path.basename(f)).join(', ')}\n`);
    }
    bar?.update(i, `${label}: reading`);
    try {
      const target = writeWorkbook ? { ...(await checkOutput(job.outPath, inputs)), inputs } : undefined;
      const result = await reviewJob(job, settings, target, (stage) => bar?.update(i, `${label}: ${stage}`), io.stderr);
      results.push(result);
      if (!options.quiet) io.stderr(dataCheckSummary(result, label) + notesLine(target?.notes ?? {}, result));
      if (writeWorkbook) {
        const line = `Reviewed workbook: ${job.outPath}\n`;
        if (options.json) io.stderr(line);
        else io.stdout(line);
      }
    } catch (err) {
      failures++;
      io.stderr(`resource-review: ${reviewFailureText(err, job.folder ?? job.files.join(', '))}\n`);
    }
    bar?.update(i + 1, label);
  }
  bar?.finish();
  if (options.json && results.length) {
    await writeJson(results.length === 1 ? results[0] : results, options.pretty, io.stdout);
  }
  return failures ? 1 : 0;
}

/**
 * Reviews one workbook and writes its output. `target` (absent with --json alone) is where the output goes and
 * the team's notes from the earlier output there, already checked by checkOutput. `say` takes a line the user is
 * owed even with --quiet (an earlier output kept because it held sheets of theirs).
 */
async function reviewJob(
  job: ReviewJob,
  partialSettings: Partial<Settings>,
  target: (OutputTarget & { inputs: RunInputs }) | undefined,
  onStage: (stage: string) => void,
  say: (line: string) => void,
): Promise<ReviewResult> {
  for (const file of job.files) await inspectInput(file, job.kind);
  const grids: WorkbookGrids = job.kind === 'csv' ? await readCsvFiles(job.files) : await readWorkbookFile(job.files[0]);
  onStage('analysing');
  const runDate = localDate(new Date());
  // With --json alone nothing writes the report's sheets, so they are not built.
  if (!target) {
    const result = reviewResult({ workbook: grids, settings: partialSettings, runDate });
    assertUsable(result, job);
    return result;
  }
  // review() describes the report's sheets: loaded, like the writers, only for a run that writes a workbook.
  const { review } = await import('../engine/review');
  const { result, report } = review({
    workbook: grids,
    settings: partialSettings,
    notes: target.notes,
    whatIfInputs: target.whatIfInputs,
    runDate,
  });
  assertUsable(result, job);
  onStage('writing');
  // The writers are loaded only for a run that writes: a --json run never needs them or their zip and XML modules.
  const [{ fileVersion, keptEarlierLine, writeKeepingUserSheets }, { writeReportXlsx, writtenSheetNames }] = await Promise.all([
    import('./keepUserSheets'),
    import('../files/writeReportXlsx'),
  ]);
  // Checked again just before writing: the file at the output path may have changed while the review ran. Its version
  // is taken before it is read, so a save landing while it is read is refused at the write (writeKeepingUserSheets).
  const read = await fileVersion(job.outPath);
  const now = await checkOutput(job.outPath, target.inputs);
  if (!sameById(now.notes, target.notes)) {
    throw new Error(`${job.outPath}: its team notes changed while the review ran; it is left as it is. Run the review again to keep them.`);
  }
  if (!sameById(now.whatIfInputs, target.whatIfInputs, sameTypedInput)) {
    throw new Error(`${job.outPath}: its What If inputs changed while the review ran; it is left as it is. Run the review again to keep them.`);
  }
  const outDir = path.dirname(now.writePath);
  // The file behind each sheet, worked out once per sheet: a district's Class Size links 100,000 rows to it.
  const fileBySheet = new Map<string, string | undefined>();
  const fileOf = (sheet: string) => {
    if (!fileBySheet.has(sheet)) fileBySheet.set(sheet, job.linkFileBySheet(sheet, outDir));
    return fileBySheet.get(sheet);
  };
  const kept = await writeKeepingUserSheets(job.outPath, now.writePath, writtenSheetNames(report), read, (beforeReplace) =>
    writeReportXlsx(report, now.writePath, { sourceLink: (link) => sourceLink(job.kind, fileOf(link.sheet), link), beforeReplace }),
  );
  if (kept) say(keptEarlierLine(job.outPath, kept));
  return result;
}

function assertUsable(result: ReviewResult, job: ReviewJob): void {
  const empty = result.dataCheck.find((item) => item.code === NOTHING_TO_REVIEW);
  if (!empty) return;
  throw new Error(`${job.files.join(', ')}: ${empty.message} Here: --sheet schedule=SHEET or --map schedule.teacher=HEADER.`);
}

export async function readSettingsFile(file: string | undefined): Promise<Partial<Settings>> {
  if (!file) return {};
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new Error(`--settings ${file}: no such file (expected a JSON settings file)`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    return parsed as Partial<Settings>;
  } catch (err) {
    throw new Error(`--settings ${file}: not valid settings JSON (${(err as Error).message})`);
  }
}

/**
 * Whether two readings of an earlier output hold the same entries under the same ids (where each sat does not matter):
 * the check that nothing was saved into it between the read a run carries and the read just before it writes.
 */
export function sameById<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>, same: (x: T, y: T) => boolean = (x, y) => x === y): boolean {
  const ids = Object.keys(a);
  return ids.length === Object.keys(b).length && ids.every((id) => Object.hasOwn(b, id) && same(a[id], b[id]));
}

/**
 * Whether a typed input read twice is the same: its value, and the start beside it, which decides whether a value left
 * at its start follows the next run's start (the What If's inputs, and the district map's formula inputs alike).
 */
export function sameTypedInput(a: { value: unknown; start?: unknown }, b: { value: unknown; start?: unknown }): boolean {
  return a.value === b.value && a.start === b.start;
}

/** What became of the team's notes in the earlier output, so a run that carried them says so. */
function notesLine(notes: Record<string, string>, result: ReviewResult): string {
  const ids = Object.keys(notes);
  if (ids.length === 0) return '';
  const firing = new Set(result.flags.map((f) => f.id));
  const waiting = ids.filter((id) => !firing.has(id)).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `  ${plural(ids.length, 'team note')} kept${waiting ? ` (${waiting} on ${waiting === 1 ? 'a flag' : 'flags'} not firing in this run)` : ''}\n`;
}
