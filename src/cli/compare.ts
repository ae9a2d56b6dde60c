import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { districtMap, validateFormulaSettings, type FormulaSettings, type NotCompared, type SchoolFigures } from '../engine/compare';
import { idsFromFile, keptFormulaInputs, keptInputsLine, type KeptFormulaInputs } from '../engine/compare/formulaInputs';
import { FORMULA_SHEET } from '../engine/compare/mapReport';
import { readPreviousMapInputs, type PreviousMapInputs } from '../files/previousMap';
import { validateSettings } from '../engine/settings/validate';
import { localDate } from '../engine/runDate';
import type { Settings } from '../engine/types';
import { writeReportXlsx, writtenSheetNames } from '../files/writeReportXlsx';
import type { CliIo } from './main';
import { mergeSettings, type CliOptions } from './options';
import { readSettingsFile, sameById, sameTypedInput } from './runReviews';
import { groupInputs, isCsv, isReviewOutputName, type InputGroup } from './inputs';
import { checkOutput, RunInputs } from './outputSafety';
import { fileVersion, isKeptCopyName, keptEarlierLine, writeKeepingUserSheets } from './keepUserSheets';
import { ProgressBar } from './progress';
import { isOutOfMemory, tooBig } from './inspectInput';
import { errorText } from './errorText';
import { writeJson } from './jsonOutput';
import { readdir, readFile } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { WORKER_FILE, WORKER_ROLE, type CompareReply, type CompareTask } from './compareWorker';

/** The map has no Team notes column or What If sheet, so it must not replace an earlier review that holds them. */
const KEEPS_NOTES = false;

/**
 * `resource-review compare FILE_OR_FOLDER… --out map.xlsx [--json]`: reviews each school in a worker thread (up to
 * the machine's cores, one school at a time per worker), keeps only each school's row, and writes the Resource Map.
 * Returns 0 when every input is on the map, 1 when some could not be read (the map of the rest is still written) or
 * the map could not be written safely, 2 when the command line, settings or output cannot be used.
 */
export async function runCompare(options: CliOptions, io: CliIo): Promise<number> {
  let settings: Partial<Settings>;
  let formula: FormulaSettings;
  let kept: KeptFormulaInputs;
  let earlierSheet: string | undefined;
  let earlier: PreviousMapInputs | undefined;
  let groups: InputGroup[];
  let inputs: RunInputs;
  const notCompared: NotCompared[] = [];
  try {
    settings = mergeSettings(await readSettingsFile(options.settingsFile), options.flagSettings);
    formula = await readFormulaFile(options.formulaFile);
    const schoolsGiven = await schoolInputs(options.files);
    notCompared.push(...schoolsGiven.problems);
    const grouped = await groupInputs(schoolsGiven.paths);
    groups = grouped.groups;
    for (const problem of grouped.problems) notCompared.push({ source: problem.split(': ')[0], reason: problem.slice(problem.indexOf(': ') + 2) });
    if (groups.length === 0) throw new Error(nothingToMap(options.files, notCompared));
    inputs = await RunInputs.of([...groups.flatMap((g) => g.files), ...[options.settingsFile, options.formulaFile].filter((f): f is string => !!f)]);
    // Before any school is reviewed: a map that could never be written should not cost a district's run.
    const target = options.out ? await checkOutput(options.out, inputs, KEEPS_NOTES) : undefined;
    // What a district typed into the earlier map's formula inputs is kept (formulaInputs.ts), read now so a map whose
    // values cannot be read stops the run before any school is reviewed, and the file is left as it is.
    earlier = target ? await readPreviousMapInputs(target.writePath) : undefined;
    earlierSheet = earlier?.sheet;
    kept = keptFormulaInputs(formula, earlier?.typed ?? {}, earlier?.sheet ?? FORMULA_SHEET, options.formulaFile ? idsFromFile(formula) : new Set());
  } catch (err) {
    io.stderr(`resource-review: ${errorText(err)}\n`);
    return 2;
  }

  // A single review names a bad settings field on its Data Check; the map keeps only each school's row, so it is said
  // here, once, before the schools are reviewed with the default in its place.
  const { settings: validated, problems } = validateSettings(settings);
  if (!options.quiet) for (const p of problems) io.stderr(`resource-review: settings: ${p.field}: ${p.message}\n`);
  // A typed value that is not used is said even with --quiet: it is the district's work, set aside.
  for (const p of kept.problems) io.stderr(`resource-review: ${p}\n`);
  const keptLine = keptInputsLine(kept, earlierSheet);
  if (keptLine && !options.quiet) io.stderr(`resource-review: ${keptLine}.\n`);

  const tasks: CompareTask[] = groups.map((group, index) => ({ index, group, source: sourceOf(group), settings }));
  const bar = !options.quiet && tasks.length > 0 ? new ProgressBar(tasks.length, io.stderr, io.isTty) : undefined;
  const started = Date.now();
  const figures: (SchoolFigures | undefined)[] = new Array(tasks.length);
  let done = 0;
  await runPool(tasks, Math.min(options.jobs ?? availableParallelism(), tasks.length), (reply) => {
    done++;
    if ('figures' in reply) figures[reply.index] = reply.figures;
    else notCompared.push({ source: tasks[reply.index].source, reason: reply.reason });
    bar?.update(done, `${path.basename(tasks[reply.index].source)}${timeLeft(started, done, tasks.length)}`);
  });
  bar?.finish();
  const schools = figures.filter((f): f is SchoolFigures => f !== undefined);
  for (const n of notCompared) if (!options.quiet) io.stderr(`resource-review: not compared: ${n.source}: ${n.reason}\n`);

  const map = districtMap({ schools, notCompared, thresholds: validated.thresholds, formula: kept.settings, formulaStart: formula, runDate: localDate(new Date()) });
  let failed = notCompared.length > 0;
  // A map of no school compares nothing: say so rather than write an empty workbook.
  if (schools.length === 0) io.stderr(`resource-review: no school could be read, so no map was written.\n`);
  else if (options.out) {
    try {
      // Checked again just before writing: the file at --out may have changed while the schools were reviewed. Its
      // version is taken before it is read, so a save landing while it is read is refused at the write.
      const read = await fileVersion(options.out);
      const target = await checkOutput(options.out, inputs!, KEEPS_NOTES);
      // Values saved into the inputs since they were read would be lost under the map made from the earlier ones.
      if (!sameById(earlier?.typed ?? {}, (await readPreviousMapInputs(target.writePath))?.typed ?? {}, sameTypedInput)) {
        throw new Error(`${options.out}: its ${FORMULA_SHEET} inputs changed while the map was made; it is left as it is. Run compare again to keep them.`);
      }
      const keptCopy = await writeKeepingUserSheets(options.out, target.writePath, writtenSheetNames(map.report), read, (beforeReplace) =>
        writeReportXlsx(map.report, target.writePath, { beforeReplace }),
      );
      // Said even with --quiet: it is about the district's own sheets.
      if (keptCopy) io.stderr(keptEarlierLine(options.out, keptCopy));
      const line = `District resource map of ${schools.length} schools: ${options.out}\n`;
      if (options.json) io.stderr(line);
      else await io.stdout(line);
    } catch (err) {
      io.stderr(`resource-review: ${errorText(err)}\n`);
      failed = true;
    }
  }
  if (options.json) {
    await writeJson({ schools: map.schools, notCompared, formula: { settings: kept.settings, ...map.formula, inputs: kept.inputs, inputProblems: kept.problems } }, options.pretty, io.stdout);
  }
  return failed ? 1 : 0;
}

/** Runs the tasks on `size` workers, each taking the next task when it finishes one; replies arrive as they come. */
async function runPool(tasks: readonly CompareTask[], size: number, onReply: (reply: CompareReply) => void): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    let thread: Worker | undefined;
    try {
      while (next < tasks.length) {
        const task = tasks[next++];
        thread ??= startWorker();
        const reply = await ask(thread, task).catch((err: unknown): CompareReply => {
          // A worker that died (out of memory, a crash) took only this school with it; the next gets a new worker.
          thread = undefined;
          return { index: task.index, reason: isOutOfMemory(err) ? tooBig(task.source).message : `the review stopped: ${errorText(err)}` };
        });
        onReply(reply);
      }
    } finally {
      await thread?.terminate();
    }
  };
  if (size <= 0) return;
  await Promise.all(Array.from({ length: size }, worker));
}

/** One task's reply from a worker, or the worker's failure. */
function ask(thread: Worker, task: CompareTask): Promise<CompareReply> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      thread.off('message', onMessage);
      thread.off('error', onError);
      thread.off('exit', onExit);
    };
    const onMessage = (reply: CompareReply) => {
      cleanup();
      resolve(reply);
    };
    const onError = (err: Error) => {
      cleanup();
      void thread.terminate();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`its worker exited (code ${code})`));
    };
    thread.on('message', onMessage);
    thread.on('error', onError);
    thread.on('exit', onExit);
    thread.postMessage(task);
  });
}

/**
 * A worker on the compiled module (dist-cli); from TypeScript sources (tests, scripts) the worker first loads the
 * project's swc hook (scripts/register-ts.js), as the scripts do.
 */
function startWorker(): Worker {
  const workerData = { role: WORKER_ROLE };
  const hook = path.resolve(__dirname, '../../scripts/register-ts.js');
  const thread = WORKER_FILE.endsWith('.ts')
    ? new Worker(`require(${JSON.stringify(hook)}); require(${JSON.stringify(WORKER_FILE)});`, { eval: true, workerData })
    : new Worker(WORKER_FILE, { workerData });
  // A failure between two schools must not become an uncaught error of the whole run; ask() reports the school's.
  thread.on('error', () => undefined);
  return thread;
}

/**
 * The command line's paths as schools. A folder with no .csv files of its own holds schools: each sub-folder is one,
 * as if given one by one, so `compare assets/district` means the same as giving each of its school folders (the
 * README's shell pattern). A sub-folder with .csv files is a CSV school; one with none is its workbooks (not our own
 * `-review.xlsx` outputs, nor the earlier outputs kept beside them: keepUserSheets.ts); one with neither, or a folder
 * with no school in it at all, is listed as not compared with the reason. Hidden folders are left out.
 */
async function schoolInputs(paths: readonly string[]): Promise<{ paths: string[]; problems: NotCompared[] }> {
  const result: string[] = [];
  const problems: NotCompared[] = [];
  for (const p of paths) {
    const entries = await entriesOf(p);
    if (entries === undefined || entries.some((e) => e.isFile() && isCsv(e.name))) {
      result.push(p);
      continue;
    }
    const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
    if (folders.length === 0) problems.push({ source: p, reason: `is a folder with no .csv files and no school folders. ${EXPECTED}` });
    for (const name of folders) {
      const folder = path.join(p, name);
      const inside = (await entriesOf(folder)) ?? [];
      const workbooks = inside.filter((e) => e.isFile() && /\.xlsx$/i.test(e.name) && !isReviewOutputName(e.name) && !isKeptCopyName(e.name)).map((e) => e.name).sort();
      if (inside.some((e) => e.isFile() && isCsv(e.name))) result.push(folder);
      else if (workbooks.length) result.push(...workbooks.map((w) => path.join(folder, w)));
      else problems.push({ source: folder, reason: 'is a school folder with no .csv files and no workbook.' });
    }
  }
  return { paths: result, problems };
}

const EXPECTED = "Each input must be a workbook, a folder of one school's CSV files, or a folder of such school folders.";

/** A folder's entries; undefined when the path is not a folder (a file, or nothing: the grouping reports it). */
async function entriesOf(p: string): Promise<Dirent[] | undefined> {
  return readdir(p, { withFileTypes: true }).catch(() => undefined);
}

/** Why there is no school to review: each input's reason, and what compare expects. */
function nothingToMap(paths: readonly string[], problems: readonly NotCompared[]): string {
  const reasons = problems.map((p) => `${p.source}: ${p.reason}`);
  return `no school to map in ${paths.join(', ')}. ${reasons.length ? reasons.join(' ') : EXPECTED}`;
}

/** What the map calls an input: the folder of a CSV school, else its file. */
function sourceOf(group: InputGroup): string {
  return group.folder ?? group.files.join(', ');
}

/** " · about 2 min left" from the pace so far; nothing until a school is done. */
export function timeLeft(started: number, done: number, total: number, now = Date.now()): string {
  if (done === 0 || done >= total) return '';
  const seconds = Math.round(((now - started) / done) * (total - done) / 1000);
  if (seconds < 60) return ` · about ${Math.max(seconds, 1)} s left`;
  const minutes = Math.floor(seconds / 60);
  return ` · about ${minutes} min ${seconds % 60} s left`;
}

async function readFormulaFile(file: string | undefined): Promise<FormulaSettings> {
  if (!file) return validateFormulaSettings(undefined).settings;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`--formula ${file}: not a readable JSON file (${errorText(err)})`);
  }
  const { settings, problems } = validateFormulaSettings(raw);
  if (problems.length) throw new Error(`--formula ${file}: ${problems.join('; ')}`);
  return settings;
}
