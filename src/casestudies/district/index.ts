import type { CaseCell, CaseSheet } from '../model';
import { isClockTime, clockText } from '../model';
import { DISTRICT } from '../common';
import { buildSchool, type BuiltSchool } from './build';
import { DISTRICT_SCHOOLS } from './schools';

// The fictional district for the district resource map's workshop: ten schools, each a folder of CSV files as a
// district's systems export them. Pure: scripts/generate-district.ts writes the files, the test checks they are current.

export { DISTRICT_SCHOOLS } from './schools';
export type { DistrictSchool } from './model';

/** Every school's files: folder → file name → CSV text. */
export function districtFiles(): Map<string, Map<string, string>> {
  const folders = new Map<string, Map<string, string>>();
  for (const school of DISTRICT_SCHOOLS) {
    const built: BuiltSchool = buildSchool(school);
    folders.set(school.slug, new Map(built.sheets.map((sheet) => [`${sheet.name}.csv`, toCsv(sheet)])));
  }
  return folders;
}

/** A sheet as RFC 4180 CSV text (CRLF line ends, as spreadsheet programs export it). */
export function toCsv(sheet: CaseSheet): string {
  const cell = (value: CaseCell): string => {
    if (value === null) return '';
    const text = isClockTime(value) ? clockText(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  // Banner lines, then the blank row real exports leave above the header.
  const banner: CaseCell[][] = sheet.banner?.length ? [...sheet.banner.map((line) => [line]), []] : [];
  return [...banner, sheet.header, ...sheet.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The README of assets/district/: what the district is, that it is fictional, and the one command a trainer runs. */
export function districtReadme(): string {
  return [
    `# ${DISTRICT}: the district resource map's workshop district`,
    '',
    '**FICTIONAL.** Every school, name and number here is invented for training. The schools are modelled on the',
    'findings of Education Resource Strategies\' 2007 review of Los Angeles Unified (Brief #1: per pupil by level, by',
    'size and by need), not on any real school or person.',
    '',
    'Each folder is one school, as a district\'s systems export it: Master Schedule, Bell Schedule, Staff Roster,',
    'Enrollment (with special education, English learners and free/reduced lunch) and Budget, one CSV file each.',
    '',
    'Run the map (from the project folder):',
    '',
    '```',
    'resource-review compare assets/district/*/ --out district-map.xlsx',
    '```',
    '',
    '| School | Level | Students | What to look for |',
    '|---|---|---|---|',
    ...DISTRICT_SCHOOLS.map((s) => `| ${s.name} | ${s.level} | ${s.grades.reduce((n, g) => n + g.students, 0)} | ${s.story} |`),
    '',
    'Generated reproducibly from src/casestudies/district/ by `npm run district`; test/compare/district.test.ts checks',
    'that these files are current.',
    '',
  ].join('\n');
}
