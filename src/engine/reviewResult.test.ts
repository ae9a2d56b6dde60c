import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { reviewResult as fromReview, NOTHING_TO_REVIEW as nothingFromReview } from './review';
import { reviewResult, NOTHING_TO_REVIEW } from './reviewResult';

/** The engine modules a module loads at run time: its value imports followed to the end (type imports load nothing). */
function loadedModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [path.resolve(__dirname, entry)];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)) {
      const target = path.resolve(path.dirname(file), m[1]);
      const resolved = [`${target}.ts`, `${target}.tsx`, path.join(target, 'index.ts')].find((f) => existsSync(f));
      // An import this cannot follow would hide what it loads, and the test below would pass unseen.
      if (!resolved) throw new Error(`${path.relative(__dirname, file)} imports '${m[1]}', which is no .ts file this test can follow`);
      pending.push(resolved);
    }
  }
  return new Set([...seen].map((f) => path.relative(__dirname, f).split(path.sep).join('/')));
}

describe('reviewResult.ts (the analysis without the report)', () => {
  it('loads no module that builds the report, so a --json run does not load them (issue 12)', () => {
    const modules = loadedModules('reviewResult.ts');
    // The analysis itself is reached: parse, analyse and flag modules.
    expect(modules).toContain('parse/parseWorkbook.ts');
    expect(modules).toContain('analyse/schedule.ts');
    expect(modules).toContain('practice/scheduleFlags.ts');
    expect(modules).not.toContain('review.ts');
    expect(modules).not.toContain('report/buildReport.ts');
    expect([...modules].filter((m) => m.endsWith('Sheet.ts') && m.startsWith('report/'))).toEqual([]);
  });

  it('review.ts still loads the report builder and gives callers the same reviewResult and NOTHING_TO_REVIEW', () => {
    expect(loadedModules('review.ts')).toContain('report/buildReport.ts');
    expect(fromReview).toBe(reviewResult);
    expect(nothingFromReview).toBe(NOTHING_TO_REVIEW);
  });
});
