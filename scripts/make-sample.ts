// Regenerates assets/sample/sample-school.xlsx, the small fictional school the command line reviews when it is
// given no files and the case studies are absent. Usage: node scripts/run-ts.js scripts/make-sample.ts
import * as path from 'node:path';
import { mkdirSync } from 'node:fs';
import { generateSchool, SAMPLE_SCHOOL } from '../src/testing/generateSchool';
import { writeGridsXlsx } from '../src/files/writeGridsXlsx';

const out = path.resolve(__dirname, '../assets/sample/sample-school.xlsx');
mkdirSync(path.dirname(out), { recursive: true });
const grids = generateSchool(SAMPLE_SCHOOL);
writeGridsXlsx({ ...grids, name: 'Sample School (fictional)' }, out).then(() => console.log(`Wrote ${out}`));
