// Measures `resource-review compare` on generated districts: 20 and 100 schools built from the fictional district's
// ten templates (src/casestudies/district) with their own seeds and sizes, written as folders of CSV files, then
// compared by the compiled command (dist-cli, run `npm run build:cli` first) in a child process each, so each size's
// peak memory (maxRSS, worker threads included) is its own. Prints wall time, time per school and peak memory.
//
//   npm run bench:compare            (node scripts/run-ts.js scripts/bench-compare.ts [schools…] [--jobs N])
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DISTRICT_SCHOOLS } from '../src/casestudies/district';
import { buildSchool } from '../src/casestudies/district/build';
import { toCsv } from '../src/casestudies/district';
import { createPrng } from '../src/casestudies/prng';

const ROOT = path.resolve(__dirname, '..');

/** `count` schools: the ten templates in turn, each with its own seed and its grades scaled by 0.7-1.3. */
function writeDistrict(dir: string, count: number): string[] {
  const prng = createPrng(20_261_130);
  const folders: string[] = [];
  for (let i = 0; i < count; i++) {
    const template = DISTRICT_SCHOOLS[i % DISTRICT_SCHOOLS.length];
    const scale = 0.7 + prng.next() * 0.6;
    const school = {
      ...template,
      slug: `${template.slug}-${i}`,
      name: `${template.name.replace(/ School$/, '')} ${i} School`,
      seed: template.seed + i * 1000,
      grades: template.grades.map((g) => ({ grade: g.grade, students: Math.max(20, Math.round(g.students * scale)) })),
    };
    const folder = path.join(dir, school.slug);
    mkdirSync(folder, { recursive: true });
    for (const sheet of buildSchool(school).sheets) writeFileSync(path.join(folder, `${sheet.name}.csv`), toCsv(sheet));
    folders.push(folder);
  }
  return folders;
}

/** Runs the compiled compare in a fresh Node process; returns its wall time (s) and peak RSS (MiB). */
function measure(folders: string[], out: string, jobs: string[]): { seconds: number; peakMiB: number; stdout: string } {
  const script = `
    const { main } = require(${JSON.stringify(path.join(ROOT, 'dist-cli/cli/main.js'))});
    const started = process.hrtime.bigint();
    main(JSON.parse(process.argv[1]), { stdout: (t) => process.stdout.write(t), stderr: () => undefined, isTty: false }).then((code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      process.stdout.write(JSON.stringify({ code, seconds, maxRssKiB: process.resourceUsage().maxRSS }) + '\\n');
    });`;
  const text = execFileSync(process.execPath, ['-e', script, JSON.stringify(['compare', ...folders, '--out', out, '--quiet', ...jobs])], {
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  const last = JSON.parse(text.trim().split('\n').pop()!);
  if (last.code !== 0) throw new Error(`compare exited ${last.code}: ${text}`);
  return { seconds: last.seconds, peakMiB: last.maxRssKiB / 1024, stdout: text };
}

function main(): void {
  const args = process.argv.slice(2);
  const jobsAt = args.indexOf('--jobs');
  const jobs = jobsAt >= 0 ? ['--jobs', args[jobsAt + 1]] : [];
  const sizes = args.filter((_, i) => jobsAt < 0 || (i !== jobsAt && i !== jobsAt + 1)).map(Number);
  const dir = mkdtempSync(path.join(tmpdir(), 'srr-bench-compare-'));
  try {
    for (const count of sizes.length ? sizes : [20, 100]) {
      const folders = writeDistrict(path.join(dir, String(count)), count);
      const { seconds, peakMiB } = measure(folders, path.join(dir, `map-${count}.xlsx`), jobs);
      console.log(
        `${count} schools: ${seconds.toFixed(1)} s (${((seconds / count) * 1000).toFixed(0)} ms per school), ` +
          `peak memory ${peakMiB.toFixed(0)} MiB (${(peakMiB / count).toFixed(2)} MiB per school)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module || process.argv[1] === __filename) main();
