// Writes the fictional district (src/casestudies/district) to assets/district/: one folder of CSV files per school
// and a README. Reproducible: the same seeds give the same bytes. Usage: npm run district
import * as path from 'node:path';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { districtFiles, districtReadme } from '../src/casestudies/district';

export const DISTRICT_DIR = path.resolve(__dirname, '../assets/district');

function main(): void {
  // Emptied first: a school renamed or dropped must not live on as a stale folder.
  rmSync(DISTRICT_DIR, { recursive: true, force: true });
  for (const [folder, files] of districtFiles()) {
    mkdirSync(path.join(DISTRICT_DIR, folder), { recursive: true });
    for (const [name, text] of files) writeFileSync(path.join(DISTRICT_DIR, folder, name), text);
  }
  writeFileSync(path.join(DISTRICT_DIR, 'README.md'), districtReadme());
  console.log(`Wrote ${districtFiles().size} schools to ${path.relative(process.cwd(), DISTRICT_DIR)}`);
}

if (require.main === module || process.argv[1] === __filename) main();
