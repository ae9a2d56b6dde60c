import { resolve } from 'node:path';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { review } from '../../src/engine/review';
import type { Flag, ReviewResult } from '../../src/engine/types';

// Reviews a committed case-study workbook the way the command line does: read the .xlsx, run the whole engine.

export const CASE_STUDY_DIR = resolve(__dirname, '../../assets/case-studies');

export async function reviewCaseStudy(fileName: string): Promise<ReviewResult> {
  const workbook = await readWorkbookFile(resolve(CASE_STUDY_DIR, fileName));
  return review({ workbook }).result;
}

export function flagById(result: ReviewResult, id: string): Flag {
  const flag = result.flags.find((f) => f.id === id);
  if (!flag) throw new Error(`expected flag "${id}"; flags were: ${result.flags.map((f) => f.id).join(', ')}`);
  return flag;
}

export function flagIds(result: ReviewResult): string[] {
  return result.flags.map((f) => f.id).sort();
}
