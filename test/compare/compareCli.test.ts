import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { bin, flagsTable, runCli, sha256 } from '../cli/helpers';
import { temporaryFolder } from '../support/temporaryFolder';

// `resource-review compare` as a trainer runs it: the compiled command (npm run build:cli), worker threads and all.

const CASES = path.resolve(__dirname, '../../assets/case-studies');
const STUDIES = ['elementary-school.xlsx', 'middle-school.xlsx', 'high-school.xlsx'].map((f) => path.join(CASES, f));

/** A result sheet's table as rows of values keyed by header (the header row is the one whose first cell is `first`). */
function tableOf(ws: ExcelJS.Worksheet, first: string): Record<string, unknown>[] {
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).value === first) headerRow = n;
  });
  const headers = (ws.getRow(headerRow).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(1).value === null) break;
    rows.push(Object.fromEntries(headers.map((h, c) => [h, row.getCell(c + 1).value])));
  }
  return rows;
}

const dir = temporaryFolder('srr-compare-');

describe('resource-review compare', () => {
  it('maps the schools it can read, lists the one it cannot with its reason, and each row equals its own review', async () => {
    const broken = path.join(dir(), 'broken.xlsx');
    await fs.writeFile(broken, 'Teacher,Course\nSmith,Math\n');
    const out = path.join(dir(), 'map.xlsx');
    const run = await bin(['compare', ...STUDIES, broken, '--out', out, '--jobs', '2']);
    expect(run.code).toBe(1); // one school not compared; the map of the rest is written
    expect(run.stdout).toBe(`District resource map of 3 schools: ${out}\n`);
    expect(run.stderr).toContain('3/4');
    expect(run.stderr).toContain(`not compared: ${broken}: is plain text, not an .xlsx workbook`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const schools = tableOf(wb.getWorksheet('Schools')!, 'School');
    expect(schools.map((s) => s.Level)).toEqual(['elementary', 'middle', 'high']);
    const notCompared = tableOf(wb.getWorksheet('Not compared')!, 'Input');
    expect(notCompared).toEqual([{ Input: broken, 'Why it is not on the map': expect.stringMatching(/^is plain text, not an \.xlsx workbook/) }]);

    // Each school's own single review, as --json gives it: the map shows the same figures.
    for (const file of STUDIES) {
      const single = JSON.parse((await bin([file, '--json', '--quiet'])).stdout);
      const row = schools.find((s) => s['Reviewed from'] === file)!;
      expect(row.School).toBe(single.school.name);
      expect(row.Students).toBe(single.keyFigures.students);
      expect(row.Budget).toBe(single.budget.total);
      expect(row['Per pupil']).toBe(single.budget.perPupil);
      expect(row['Median core load']).toBe(single.keyFigures.medianCoreLoad);
      // Ratios to one decimal, as the Summary shows them.
      expect(row['Students per counselor']).toBe(Math.round(single.budget.studentsPerCounselor * 10) / 10);
      expect(row['Critical flags']).toBe(single.flags.filter((f: { severity: string }) => f.severity === 'critical').length);
    }
    // Its own earlier map is replaced on the next run.
    expect((await bin(['compare', STUDIES[0], '--out', out, '--quiet'])).code).toBe(0);
  });

  it('never writes over a file that is not its own output, and checks before reviewing any school', async () => {
    // A user's own workbook where the map would go.
    const out = path.join(dir(), 'precious.xlsx');
    await fs.copyFile(STUDIES[2], out);
    const before = await sha256(out);
    const run = await bin(['compare', STUDIES[0], '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not an earlier output of resource-review');
    expect(run.stderr).not.toContain('1/1');
    expect(await sha256(out)).toBe(before);
  });

  it('never replaces an earlier review that holds the team\'s notes (the map has nowhere to keep them)', async () => {
    const review = path.join(dir(), 'high-school-review.xlsx');
    expect((await bin([STUDIES[2], '--out', review, '--quiet'])).code).toBe(0);
    // A review with no notes is ours and holds nothing to lose: the map may replace it (checked below, after the note).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(review);
    const flags = workbook.getWorksheet('Flags')!;
    const table = flagsTable(flags);
    const firstNote = flags.getCell(table.headerRow + 1, table.column('Team notes'));
    firstNote.value = 'Board, 12 March: fund the cover';
    await workbook.xlsx.writeFile(review);
    const before = await sha256(review);
    const run = await bin(['compare', STUDIES[0], '--out', review]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is an earlier review holding the team's notes or What If inputs");
    expect(run.stderr).not.toContain('1/1');
    expect(await sha256(review)).toBe(before);
    // Without the note it is replaced as any earlier output is; its sheets are not the map's, so the review is first
    // kept beside the map (keepUserSheets.ts), said even with --quiet.
    firstNote.value = null;
    await workbook.xlsx.writeFile(review);
    const replaced = await bin(['compare', STUDIES[0], '--out', review, '--quiet']);
    expect(replaced.code).toBe(0);
    const backup = path.join(dir(), (await fs.readdir(dir())).find((n) => n.startsWith('high-school-review (kept '))!);
    const reviewSheets = ['Summary', 'Charts', 'Teacher Load', 'Class Size', 'Class Size by Group', 'Time by Subject', 'Collaboration', 'Budget by Use', 'Flags', 'What If', 'Data Check', 'Tables Read'];
    expect(replaced.stderr).toBe(
      `resource-review: kept the earlier ${review} unchanged as ${backup}: it holds sheets this run does not write (${reviewSheets.map((s) => `"${s}"`).join(', ')}).\n`,
    );
  });

  it('rejects a command line it cannot act on', async () => {
    expect((await runCli(['compare', STUDIES[0]])).stderr).toContain('compare: --out map.xlsx is required (or --json)');
    expect((await runCli(['compare', '--out', 'm.xlsx'])).code).toBe(2);
    expect((await runCli(['compare', STUDIES[0], '--out', 'maps'])).stderr).toContain('name an .xlsx file');
    expect((await runCli([STUDIES[0], '--jobs', '2'])).stderr).toContain('--jobs: only with resource-review compare');
    const badFormula = path.join(dir(), 'formula.json');
    await fs.writeFile(badFormula, JSON.stringify({ weights: { englishLearners: -1 } }));
    const run = await runCli(['compare', STUDIES[0], '--out', path.join(dir(), 'x.xlsx'), '--formula', badFormula]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('weights.englishLearners: expected a number from 0 to 10, got -1');
  });

  it('maps the real Lane Tech roster folder beside a case study, its level marked as assumed', async () => {
    const lane = path.resolve(__dirname, '../../..', 'shared/data/real/cps-lane-tech-positions-2019');
    const out = path.join(dir(), 'lane.xlsx');
    const run = await bin(['compare', lane, STUDIES[2], '--out', out, '--quiet']);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const row = tableOf(wb.getWorksheet('Schools')!, 'School').find((s) => s['Reviewed from'] === lane)!;
    // Its published total stays (test/real); no enrollment, so no per pupil (a blank, not $0); no grades, so the
    // level is assumed and the map says so.
    expect(row).toMatchObject({ Budget: 30_613_663, 'Per pupil': null, 'Level from': 'assumed' });
  });

  it('says a bad settings field once, as a single review names it on its Data Check, and maps with the default', async () => {
    const settings = path.join(dir(), 'settings.json');
    await fs.writeFile(settings, JSON.stringify({ thresholds: { coreLoadWarn: 'lots' } }));
    const run = await bin(['compare', STUDIES[1], '--json', '--settings', settings]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('resource-review: settings: thresholds.coreLoadWarn: "lots" is not a number of students from 1 to 10,000; the default 100 is used.\n');
    expect(run.stderr.match(/settings: thresholds\.coreLoadWarn/g)).toHaveLength(1);
    // --quiet keeps stderr for failures only, as it does for a single review's Data Check.
    expect((await bin(['compare', STUDIES[1], '--json', '--quiet', '--settings', settings])).stderr).toBe('');
  });

  it('gives the rows as JSON', async () => {
    const run = await bin(['compare', STUDIES[1], '--json', '--quiet']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.schools).toHaveLength(1);
    expect(json.schools[0]).toMatchObject({ level: 'middle', source: STUDIES[1] });
    // The case studies give no free/reduced-lunch count, so the formula (poverty weight 0.2) cannot price them: no
    // scale, and the reason, rather than a poverty count of 0.
    expect(json.formula.scale).toBeNull();
    expect(json.formula.rows[0].note).toBe('no free/reduced-lunch count in the enrollment profile');
  });

  it('reads a folder of school folders as its schools, as the README\'s assets/district/*/ does', async () => {
    const district = path.resolve(__dirname, '../../assets/district');
    const schools = (await fs.readdir(district, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => path.join(district, e.name));
    const [parent, each] = await Promise.all([bin(['compare', district, '--json', '--quiet']), bin(['compare', ...schools.map((s) => `${s}/`), '--json', '--quiet'])]);
    expect(parent.code).toBe(0);
    const rows = JSON.parse(parent.stdout).schools as { name: string; source: string }[];
    // The ten fictional schools, each reviewed from its own folder, with the rows the folders given one by one make.
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r.source).sort()).toEqual([...schools].sort());
    const strip = (list: { source: string }[]) => list.map(({ source, ...row }) => ({ ...row, folder: path.basename(source) }));
    expect(strip(rows)).toEqual(strip(JSON.parse(each.stdout).schools));
  });

  it('refuses, naming the folder and what it expected, when a folder holds no school; never writes an empty map', async () => {
    const empty = path.join(dir(), 'no-schools');
    await fs.mkdir(path.join(empty, 'notes'), { recursive: true });
    await fs.writeFile(path.join(empty, 'README.md'), 'not a school\n');
    const out = path.join(dir(), 'empty-map.xlsx');
    const run = await bin(['compare', empty, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`resource-review: no school to map in ${empty}. ${path.join(empty, 'notes')}: is a school folder with no .csv files and no workbook.\n`);
    await fs.rm(path.join(empty, 'notes'), { recursive: true });
    expect((await bin(['compare', empty, '--out', out])).stderr).toBe(
      `resource-review: no school to map in ${empty}. ${empty}: is a folder with no .csv files and no school folders. ` +
        "Each input must be a workbook, a folder of one school's CSV files, or a folder of such school folders.\n",
    );
    // A school folder whose only workbook cannot be read: nothing to map, so no map is written (exit 1, as for any
    // school not compared).
    await fs.mkdir(path.join(empty, 'broken-school'));
    await fs.writeFile(path.join(empty, 'broken-school', 'school.xlsx'), 'Teacher,Course\nSmith,Math\n');
    const broken = await bin(['compare', empty, '--out', out, '--quiet']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('no school could be read, so no map was written.');
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
