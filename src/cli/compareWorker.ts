import * as path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { NOTHING_TO_REVIEW, reviewResult } from '../engine/reviewResult';
import type { Settings, WorkbookGrids } from '../engine/types';
import { schoolFigures, type SchoolFigures } from '../engine/compare';
import { readCsvFiles, readWorkbookFile } from '../files/readWorkbookFile';
import { inspectInput } from './inspectInput';
import { reviewFailureText } from './errorText';
import type { InputGroup } from './inputs';

// One school of the district map, reviewed in a worker thread: read, review with the run's settings, and reduce
// the result to its row (SchoolFigures) before anything crosses back, so the main thread's memory grows by a row
// per school, not by a review. The same function runs in-process where a worker cannot be started.

export interface CompareTask {
  index: number;
  group: InputGroup;
  /** The input as given on the command line, for the map's "Reviewed from" column and for messages. */
  source: string;
  settings: Partial<Settings>;
}

export type CompareReply = { index: number; figures: SchoolFigures } | { index: number; reason: string };

/** Marks a worker started by compare.ts, so importing this module elsewhere starts nothing. */
export const WORKER_ROLE = 'resource-review-compare';
/**
 * This module's own file, which the worker runs: the tsc-compiled compareWorker.js, or the TypeScript source. Named
 * from the folder, not taken as __filename, because the command line runs bundled (webpack.cli.config.js), and the
 * bundle, in the same folder as the compiled modules, holds this code but would start no worker.
 */
export const WORKER_FILE = path.join(__dirname, `compareWorker${path.extname(__filename)}`);

export async function compareOne(task: CompareTask): Promise<CompareReply> {
  const { group, source, index } = task;
  try {
    for (const file of group.files) await inspectInput(file, group.kind);
    const grids: WorkbookGrids = group.kind === 'csv' ? await readCsvFiles(group.files) : await readWorkbookFile(group.files[0]);
    const result = reviewResult({ workbook: grids, settings: task.settings });
    const empty = result.dataCheck.find((item) => item.code === NOTHING_TO_REVIEW);
    if (empty) return { index, reason: empty.message };
    return { index, figures: schoolFigures(result, source) };
  } catch (err) {
    const message = reviewFailureText(err, source);
    // The map names the input beside the reason, so a message that starts with the same name need not repeat it.
    return { index, reason: message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message };
  }
}

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  const port = parentPort;
  port.on('message', (task: CompareTask) => {
    void compareOne(task).then((reply) => port.postMessage(reply));
  });
}
