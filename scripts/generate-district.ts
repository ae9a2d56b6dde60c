// Writes the fictional district (src/casestudies/district) to assets/district/: one folder of CSV files per school
// and a README. Reproducible: the same seeds give the same bytes. Usage: npm run district
import * as path from 'node:path';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { districtFiles, districtReadme } from '../src/casestudies/district';

export const DISTRICT_DIR = path.resolve(__dirname, '../assets/district');

const isCsv = (name: string) => name.toLowerCase().endsWith('.csv');

function main(): void {
  const schools = districtFiles();
  mkdirSync(DISTRICT_DIR, { recursive: true });
  // A dropped sheet must not live on as a stale .csv in a school's folder; but only what the generator makes is
  // removed. A review run on a school folder writes its output (and the team's notes) beside it, and a trainer may add
  // a school folder of their own: a folder the generator does not make is left whole, and named (a school renamed in
  // the generator leaves its old folder to be removed by hand, or by git).
  const leftAlone: string[] = [];
  for (const entry of readdirSync(DISTRICT_DIR, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const keep = schools.get(entry.name);
      if (!keep) {
        leftAlone.push(`${entry.name}/`);
        continue;
      }
      const folder = path.join(DISTRICT_DIR, entry.name);
      for (const name of readdirSync(folder)) {
        if (isCsv(name) && !keep.has(name)) rmSync(path.join(folder, name));
        else if (!isCsv(name)) leftAlone.push(path.join(entry.name, name));
      }
    } else if (entry.name !== 'README.md') {
      leftAlone.push(entry.name);
    }
  }
  for (const [folder, files] of schools) {
    mkdirSync(path.join(DISTRICT_DIR, folder), { recursive: true });
    for (const [name, text] of files) writeFileSync(path.join(DISTRICT_DIR, folder, name), text);
  }
  writeFileSync(path.join(DISTRICT_DIR, 'README.md'), districtReadme());
  console.log(`Wrote ${schools.size} schools to ${path.relative(process.cwd(), DISTRICT_DIR)}`);
  if (leftAlone.length) console.log(`Left as they are (not made by this script): ${leftAlone.join(', ')}`);
}

if (require.main === module || process.argv[1] === __filename) main();
