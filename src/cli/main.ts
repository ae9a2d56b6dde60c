import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NOTHING_TO_REVIEW, review } from '../engine/review';
import { localDate } from '../engine/runDate';
import type { CellLink, ReviewResult, Settings, WorkbookGrids } from '../engine/types';
import { readCsvFiles, readWorkbookFile } from '../files/readWorkbookFile';
import { writeReportXlsx } from '../files/writeReportXlsx';
import { readPreviousNotes } from '../files/readPreviousNotes';
import { mergeSettings, parseCliArgs, USAGE, UsageError, type CliOptions } from './options';
import { quoteSheetName } from '../engine/parse/values';
import { bundledDefault, planJobs, type ReviewJob } from './inputs';
import { ProgressBar } from './progress';
import { dataCheckSummary } from './summary';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY),
};

/** The command line. Returns the exit code: 0 done, 1 an input could not be reviewed, 2 a usage error. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`resource-review: ${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }

  let settings: Partial<Settings>;
  let jobs: ReviewJob[];
  const usingDefault = options.files.length === 0;
  try {
    settings = mergeSettings(await readSettingsFile(options.settingsFile), options.flagSettings);
    const files = usingDefault ? [bundledDefault()] : options.files;
    jobs = planJobs(files, options.out, usingDefault ? process.cwd() : undefined);
  } catch (err) {
    io.stderr(`resource-review: ${(err as Error).message}\n`);
    return 2;
  }
  if (usingDefault && !options.quiet) io.stderr(`No files given: reviewing the bundled ${path.basename(jobs[0].files[0])}\n`);

  const writeWorkbook = !options.json || options.out !== undefined;
  const bar = jobs.length > 1 && !options.quiet ? new ProgressBar(jobs.length, io.stderr, io.isTty) : undefined;
  const results: ReviewResult[] = [];
  let failures = 0;
  for (const [i, job] of jobs.entries()) {
    const label = job.files.map((f) => path.basename(f)).join(', ');
    bar?.update(i, `${label}: reading`);
    try {
      const result = await reviewJob(job, settings, writeWorkbook, (stage) => bar?.update(i, `${label}: ${stage}`));
      results.push(result);
      if (!options.quiet) io.stderr(dataCheckSummary(result, label));
      if (writeWorkbook) {
        const line = `Reviewed workbook: ${job.outPath}\n`;
        if (options.json) io.stderr(line);
        else io.stdout(line);
      }
    } catch (err) {
      failures++;
      io.stderr(`resource-review: ${(err as Error).message}\n`);
    }
    bar?.update(i + 1, label);
  }
  bar?.finish();
  if (options.json && results.length) {
    io.stdout(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  }
  return failures ? 1 : 0;
}

async function reviewJob(
  job: ReviewJob,
  partialSettings: Partial<Settings>,
  writeWorkbook: boolean,
  onStage: (stage: string) => void,
): Promise<ReviewResult> {
  for (const file of job.files) {
    if (path.resolve(file) === job.outPath) {
      throw new Error(`${file}: the results would overwrite the input; choose another --out`);
    }
  }
  const grids: WorkbookGrids = job.kind === 'csv' ? await readCsvFiles(job.files) : await readWorkbookFile(job.files[0]);
  const notes = writeWorkbook ? await readPreviousNotes(job.outPath) : {};
  onStage('analysing');
  const { result, report } = review({ workbook: grids, settings: partialSettings, notes, runDate: localDate(new Date()) });
  assertUsable(result, job);
  if (writeWorkbook) {
    onStage('writing');
    await writeReportXlsx(report, job.outPath, { sourceLink: (link) => sourceLink(job, link) });
  }
  return result;
}

function assertUsable(result: ReviewResult, job: ReviewJob): void {
  const empty = result.dataCheck.find((item) => item.code === NOTHING_TO_REVIEW);
  if (!empty) return;
  throw new Error(`${job.files.join(', ')}: ${empty.message} Here: --sheet schedule=SHEET or --map schedule.teacher=HEADER.`);
}

function sourceLink(job: ReviewJob, link: CellLink): string | undefined {
  const file = job.linkFileBySheet(link.sheet);
  if (!file) return undefined;
  // A CSV file has no sheets or cells to point at; its link opens the file.
  return job.kind === 'csv' ? file : `${file}#${quoteSheetName(link.sheet)}!${link.range}`;
}

async function readSettingsFile(file: string | undefined): Promise<Partial<Settings>> {
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
