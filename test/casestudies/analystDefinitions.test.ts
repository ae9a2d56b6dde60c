import { resolve } from 'node:path';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import { review } from '../../src/engine/review';
import type { CellValue, WorkbookGrids } from '../../src/engine/types';
import { CASE_STUDY_DIR, flagById } from './reviewCaseStudy';

// Definitions an ERS analyst would sign, checked on the case-study workbooks, some with a figure changed in memory
// the way a workshop group would ("what if kindergarten had 24 per class?"). Figures are recomputed by hand.

async function caseStudy(fileName: string): Promise<WorkbookGrids> {
  return readWorkbookFile(resolve(CASE_STUDY_DIR, fileName));
}

/** Rewrites the cells of a sheet's data rows (below the header row) for which `change` returns a new row. */
function editRows(workbook: WorkbookGrids, sheet: string, change: (row: CellValue[], header: CellValue[]) => CellValue[] | undefined): void {
  const grid = workbook.sheets.find((s) => s.name === sheet)!;
  const headerAt = grid.rows.findIndex((r) => r.filter((c) => typeof c === 'string' && c !== '').length >= 3);
  const header = grid.rows[headerAt];
  for (let i = headerAt + 1; i < grid.rows.length; i++) grid.rows[i] = change(grid.rows[i], header) ?? grid.rows[i];
}

const col = (header: CellValue[], name: string) => header.indexOf(name);

/** Adds a data row just below a sheet's header row, its cells named by header. */
function addRow(workbook: WorkbookGrids, sheet: string, cells: Record<string, CellValue>): void {
  const grid = workbook.sheets.find((s) => s.name === sheet)!;
  const headerAt = grid.rows.findIndex((r) => r.filter((c) => typeof c === 'string' && c !== '').length >= 3);
  grid.rows.splice(headerAt + 1, 0, grid.rows[headerAt].map((h) => cells[String(h)] ?? null));
}

describe('Harbor Lights Elementary: K-3 class size counts homeroom classes', () => {
  it('four kindergarten classes of 24: 96 students need 5 classes, 1 more ≈ $97,148', async () => {
    const workbook = await caseStudy('elementary-school.xlsx');
    editRows(workbook, 'Master Schedule', (row, h) => (row[col(h, 'Grade')] === 'K' ? row.map((c, j) => (j === col(h, 'Enrolled') ? 24 : c)) : undefined));
    editRows(workbook, 'Enrollment', (row, h) => (row[col(h, 'Grade')] === 'K' ? row.map((c, j) => (j === col(h, 'Students') ? 96 : c)) : undefined));
    const { result } = review({ workbook });
    const flag = flagById(result, 'k3-class-size:K');
    // 4 homerooms of 24 (the PE, music, art and dance sections are not classes); ceil(96 / 20) = 5 classes, 1 more
    // teacher at the budget's average teacher cost: (16 + 6 + 4) × $97,000 + $101,000 = $2,623,000 / 27 FTE = $97,148.
    expect(flag.finding).toBe('Grade K: 4 classes of 4 above 20 students (largest 24).');
    expect(flag.lever).toMatchObject({ cost: 97_148, fte: 1, sections: 1 });
    expect(flag.lever!.text).toContain("Grade K's 96 students on the enrollment profile need 5 classes of 20 or fewer");
    expect(result.flags.filter((f) => f.id.startsWith('k3-class-size'))).toHaveLength(1);
  });
});

describe('budget rules: compliance titles before coach keywords; athletic and stipend lines are not coaching', () => {
  it("LAUSD's own APEIS title stays a compliance position: coaches $8,296 per teacher, compliance $240,000", async () => {
    const workbook = await caseStudy('elementary-school.xlsx');
    editRows(workbook, 'Budget', (row, h) =>
      row[col(h, 'Position / Description')] === 'APEIS - Categorical Program Coordinator'
        ? row.map((c, j) => (j === col(h, 'Position / Description') ? 'Assistant Principal, Elementary Instructional Specialist' : c))
        : undefined,
    );
    const { result } = review({ workbook });
    // Coaches: literacy $112,000 + math $112,000 = $224,000 / 27 teacher FTE = $8,296 (not + $128,000 = $13,037).
    expect(result.budget!.coachPerTeacher).toBeCloseTo(224_000 / 27, 6);
    // Compliance on locked money: APEIS $128,000 + 0.5 × $110,000 + 0.5 × $114,000 = $240,000 (not $112,000).
    expect(flagById(result, 'locked-compliance').value).toBe(240_000);
  });

  it('a football coach stipend is not instructional coaching: coaches stay $112,000 / 27.8 = $4,029 per teacher', async () => {
    const workbook = await caseStudy('high-school.xlsx');
    addRow(workbook, 'Budget', { Fund: 'General Fund', 'Object Code': '1100', 'Object Description': "Teachers' Salaries", 'Position / Description': 'Football Coach stipend', Amount: 6_000 });
    const { result } = review({ workbook });
    expect(result.budget!.byUse.find((u) => u.use === 'Coaches')!.amount).toBe(112_000);
    expect(result.budget!.coachPerTeacher).toBeCloseTo(112_000 / 27.8, 6);
  });
});

describe('subject rules: a core word inside another subject\'s title', () => {
  it('Yearbook in the English department and AP Computer Science in Science leave the ELA + math share as it was', async () => {
    const original = review({ workbook: await caseStudy('high-school.xlsx') }).result;
    const workbook = await caseStudy('high-school.xlsx');
    const rename = (from: string, course: string, code: string, department: string) =>
      editRows(workbook, 'Master Schedule', (row, h) =>
        row[col(h, 'Course Title')] === from
          ? row.map((c, j) => (j === col(h, 'Course Title') ? course : j === col(h, 'Course Code') ? code : j === col(h, 'Department') ? department : c))
          : undefined,
      );
    rename('Visual Art', 'Yearbook', 'YRBK', 'English');
    rename('CTE Digital Media', 'AP Computer Science A', 'APCSA', 'Science');
    const { result } = review({ workbook });
    const subjects = new Set(result.classSizes.filter((c) => c.course === 'Yearbook' || c.course === 'AP Computer Science A').map((c) => `${c.course}: ${c.subject}`));
    expect(subjects).toEqual(new Set(['Yearbook: Journalism', 'AP Computer Science A: CTE']));
    // Both courses replace electives, so the time in ELA + math is unchanged (it rose when Yearbook read as ELA).
    expect(result.keyFigures.elaMathShare).toBeCloseTo(original.keyFigures.elaMathShare!, 10);
    // Patel teaches the Visual Art sections, now Yearbook: not a core teacher for it.
    expect(result.teachers.find((t) => t.teacher === 'Patel, Dmitri')!.teachesCore).toBe(false);
  });

  it('with the code ENG-YRBK, Yearbook is still Journalism: the title beats a core code prefix', async () => {
    const original = review({ workbook: await caseStudy('high-school.xlsx') }).result;
    const workbook = await caseStudy('high-school.xlsx');
    editRows(workbook, 'Master Schedule', (row, h) =>
      row[col(h, 'Course Title')] === 'Visual Art'
        ? row.map((c, j) => (j === col(h, 'Course Title') ? 'Yearbook' : j === col(h, 'Course Code') ? 'ENG-YRBK' : j === col(h, 'Department') ? 'English' : c))
        : undefined,
    );
    const { result } = review({ workbook });
    // Patel's six Visual Art sections (ART-01 to ART-06) become ENG-YRBK Yearbook: an elective, so the ELA + math share does not move.
    expect(new Set(result.classSizes.filter((c) => c.course === 'Yearbook').map((c) => c.subject))).toEqual(new Set(['Journalism']));
    expect(result.keyFigures.elaMathShare).toBeCloseTo(original.keyFigures.elaMathShare!, 10);
  });
});

describe('budget rules: library books are materials (Cypress Ridge High)', () => {
  it('a $12,000 "Library Books" line is Other, not pupil services', async () => {
    const original = review({ workbook: await caseStudy('high-school.xlsx') }).result;
    const workbook = await caseStudy('high-school.xlsx');
    addRow(workbook, 'Budget', { Fund: 'General Fund', 'Object Code': '4200', 'Object Description': 'Books Other Than Textbooks', 'Position / Description': 'Library Books', FTE: 0, Amount: 12_000 });
    const { result } = review({ workbook });
    const amount = (r: typeof result, use: string) => r.budget!.byUse.find((u) => u.use === use)?.amount ?? 0;
    expect(amount(result, 'Other') - amount(original, 'Other')).toBe(12_000);
    expect(amount(result, 'Pupil services')).toBe(amount(original, 'Pupil services'));
  });
});

describe('benefits on separate ledger lines are part of what positions cost', () => {
  it('Juniper Hollow Middle with $750,000 of benefit lines: average teacher cost includes them, Other stays 0.8%', async () => {
    const workbook = await caseStudy('middle-school.xlsx');
    addRow(workbook, 'Budget', { 'Object Description': 'Health and Welfare Benefits', 'Position / Description': 'Health and welfare', Amount: 250_000 });
    addRow(workbook, 'Budget', { 'Object Description': 'OASDI/Medicare', 'Position / Description': 'Social security and Medicare', Amount: 500_000 });
    const { result, report } = review({ workbook });
    const budget = result.budget!;
    // Position lines (with FTE) add up to $3,313,400: teachers $2,118,000 (22.0 FTE: General Fund 9.4 + Title I 3 +
    // reading 0.6 + 7 electives = 20 × $96,000 = $1,920,000, and 2 special-education × $99,000 = $198,000),
    // aides $126,000, coach $55,000, advisor $59,000, principal $176,000, AP $152,000, counselor $104,000,
    // psychologist $46,400, nurse $44,000, office $72,000 + $120,000, custodians $171,000, campus aides $70,000.
    // The lines name no fund, so the $750,000 spreads over all of them by salary: 1 + 750/3,313.4 = 1.226 times.
    expect(budget.averageTeacherCost).toBeCloseTo((2_118_000 * (1 + 750_000 / 3_313_400)) / 22, 6); // $118,064, not $96,273
    expect(budget.total).toBe(3_379_400 + 750_000);
    // Other is the $34,000 of supplies alone: 34,000 / 4,129,400 = 0.82% (it was 19.2% with the benefits in it).
    expect(budget.byUse.find((u) => u.use === 'Other')!.share).toBeCloseTo(34_000 / 4_129_400, 10);
    expect(budget.benefitsSpread).toBeCloseTo(750_000, 6);
    const sheet = report.sheets.find((s) => s.name === 'Budget by Use')!;
    expect(sheet.preamble.join(' ')).toContain('Benefits on separate lines ($750,000) are spread over the positions they belong to, in proportion to salary');
    expect(result.dataCheck.filter((d) => d.code === 'benefits-spread')).toHaveLength(1);
  });
});

describe('special-education co-teachers at Cypress Ridge High', () => {
  it('carry their co-taught seats apart, raise no core-load flag for them, and each co-taught class shows its group size', async () => {
    const { result, report } = review({ workbook: await caseStudy('high-school.xlsx') });
    const xu = result.teachers.find((t) => t.teacher === 'Xu, Fatima')!;
    // Xu co-teaches the English 9 classes led by Wong (163 students in all: 34 + 35 + 31 + 33 + 30) and leads none:
    // every one of the 163 roster students is met as the second adult, so the core load is 0, not 163.
    expect(xu).toMatchObject({ department: 'Special Education', seats: 163, coTaughtSeats: 163, uniqueStudents: 163, coTaughtStudents: 163 });
    expect(result.flags.map((f) => f.id)).not.toContain('core-load:Special Education');
    // The English teachers who lead those classes still carry them: 163 students, critical.
    expect(flagById(result, 'core-load:English')).toMatchObject({ severity: 'critical', value: 163 });
    // ENG09-01: 34 students, two adults: a group of 17.
    expect(result.classSizes.find((c) => c.sectionId === 'ENG09-01')).toMatchObject({ enrollment: 34, adults: 2, groupSize: 17 });
    const classSheet = report.sheets.find((s) => s.name === 'Class Size')!.table;
    const groupColumn = classSheet.columns.findIndex((c) => c.header === 'Group size');
    expect(classSheet.rows.find((r) => r[0] === 'ENG09-01')![groupColumn]).toBe(17);
  });
});

describe('three tiers of money at Harbor Lights Elementary', () => {
  it('restricted $1,384,000, formula-allocated $2,741,400 (the General Fund), no discretionary line, donations unknown', async () => {
    const workbook = await caseStudy('elementary-school.xlsx');
    addRow(workbook, 'Budget', { Fund: 'PTA Donations', 'Object Code': '4300', 'Object Description': 'Materials and Supplies', 'Position / Description': 'Classroom books', Amount: 10_000 });
    const { result, report } = review({ workbook });
    // Restricted: CSR 6 × $97,000 = $582,000; IDEA $101,000 + 4 × $43,500; Title I aides 3 × $38,000, coach $112,000,
    // APEIS $128,000, coordinator $55,000, PD $20,000 + $8,000 + $10,000, materials $12,000, parents $5,000; Title
    // III $57,000 + $6,000: $1,384,000. Everything else is General Fund: $4,125,400 − $1,384,000 = $2,741,400.
    expect(result.budget!.byTier!.map((t) => [t.tier, t.amount])).toEqual([
      ['restricted', 1_384_000],
      ['formula', 2_741_400],
      ['discretionary', 0],
      ['unknown', 10_000],
    ]);
    // Before: the General Fund and the donations read as money "the school directs". With the $10,000 line the
    // total is $4,135,400: 2,741,400 / 4,135,400 = 66.3%, 10,000 / 4,135,400 = 0.2%.
    const finding = flagById(result, 'locked-share').finding;
    expect(finding).toContain("allocated by district formula (unrestricted, but not the school's to move) 66.3% ($2,741,400)");
    expect(finding).toContain('of unknown funds (no fund rule names them) 0.2% ($10,000: PTA Donations)');
    expect(finding).not.toContain('the school directs');
    const sheet = report.sheets.find((s) => s.name === 'Budget by Use')!;
    const unknownColumn = sheet.table.columns.findIndex((c) => c.header === 'Unknown-fund amount');
    expect(sheet.table.rows.find((r) => r[0] === 'Other')![unknownColumn]).toBe(10_000);
    expect(result.dataCheck.find((d) => d.code === 'unmatched-fund')!.message).toContain('fund "PTA Donations" matches no fund rule, so its money is counted as of unknown tier');
  });
});

describe('teams at Juniper Hollow Middle: grade teams from the roster, and departments beside them', () => {
  it('the math department, which the math coach serves, has no common minutes while the grade teams have 55 a day', async () => {
    const { result } = review({ workbook: await caseStudy('middle-school.xlsx') });
    const team = (name: string) => result.collaboration.find((t) => t.team === name)!;
    expect(team('Grade 6 Team')).toMatchObject({ basis: 'roster', longestBlockMinutes: 55, commonMinutesPerWeek: 275 }); // 55 × 5
    expect(team('Mathematics')).toMatchObject({ basis: 'department', longestBlockMinutes: 0, commonMinutesPerWeek: 0 });
    expect(team('Mathematics').members).toHaveLength(3);
    // One root cause, one critical: the school-wide flag; the department is a warning row beneath it.
    expect(flagById(result, 'collaboration:school')).toMatchObject({ severity: 'critical' });
    expect(flagById(result, 'collaboration:Mathematics')).toMatchObject({ severity: 'warning' });
    expect(flagById(result, 'collaboration:Mathematics').finding).toBe(
      'Mathematics (department, 3 members): no time in the week when all members are free of teaching together.',
    );
    expect(flagById(result, 'collaboration:Grade 6 Team').finding).toMatch(/^Grade 6 Team \(the roster's team, 6 members\): the longest common free block is 55 minutes/);
  });
});

describe('levers price cover for the teams the coaches serve', () => {
  it('Juniper Hollow: the math coach serves Mathematics: 3 × 90 minutes of cover ≈ $18,904; whole school ≈ $83,319', async () => {
    const { result } = review({ workbook: await caseStudy('middle-school.xlsx') });
    const flag = flagById(result, 'coaching-without-common-time');
    // A full teaching week here is 5 periods × 55 minutes × 5 days = 1,375 minutes; average teacher cost
    // $2,118,000 / 22 FTE = $96,272.73. Mathematics: 3 teachers × (90 − 0) = 270 minutes / 1,375 = 0.196 FTE ≈ $18,904.
    // Whole school (roster teams): Exploratory 7 × 90 + grade 6 6 × 35 + grade 7 5 × 35 + grade 8 5 × 35 (its
    // science part-timer included) = 1,190 minutes / 1,375 = 0.87 FTE, the sum of the teams' shares as their rows
    // state them: $44,110 + $14,703 + $12,253 + $12,253 = $83,319 (the exploratory team included).
    expect(flag.finding).toBe(
      '$55,000 (0.5 FTE) is spent on coaches while 1 of the 1 team they serve has no common block of 90 minutes a week to work with them: Mathematics.',
    );
    expect(flag.lever).toMatchObject({ cost: Math.round((270 / 1375) * (2_118_000 / 22)), fte: 0.2 });
    expect(flag.lever!.text).toContain('Teams served: math coach → Mathematics. Whole school (all 4 teams without the block): ≈ $83,319.');
  });
});

describe('levers state the rules on their money (Harbor Lights)', () => {
  it('compliance: the seed\'s 20% of $240,000 = $48,000 ≈ 0.49 teacher FTE, APEIS under the consent decree, Title I/III supplement', async () => {
    const { result } = review({ workbook: await caseStudy('elementary-school.xlsx') });
    const flag = flagById(result, 'locked-compliance');
    // 0.2 × $240,000 = $48,000; / $97,148 average teacher cost = 0.494 FTE.
    expect(flag.lever).toMatchObject({ cost: 0, freed: 48_000, fte: 0.49 });
    expect(flag.lever!.text).toContain("ERS's Strategic Review of LAUSD (2007) proposed reducing program management by 20%, not removing it: $48,000 = 0.49 teacher FTE");
    expect(flag.lever!.text).toContain('Title I and Title III money supplements and cannot supplant');
    expect(flag.lever!.text).toContain('APEIS is a mandated part of the Chanda Smith Modified Consent Decree');
    // Aides: (4 − 44/12) × $43,500 = $14,500, under the 25% cap (1 FTE); IEPs and IDEA are stated.
    expect(flagById(result, 'sped-aides').lever).toMatchObject({ cost: 0, freed: 14_500 });
    expect(flagById(result, 'sped-aides').lever!.text).toContain("Aides are often written into students' IEPs");
  });
});

describe('core load is not lowered only by hiring (Juniper Hollow)', () => {
  it('the English lever names the cost-neutral options: humanities pairing, double-blocking, the 7 elective FTE ($672,000)', async () => {
    const { result } = review({ workbook: await caseStudy('middle-school.xlsx') });
    const text = flagById(result, 'core-load:English').lever!.text;
    // Highest English load 134 seats (grade 6: 27 + 28 + 25 + 26 + 28); halved 67. Electives: PE 2 + art, music, Spanish, computer science, drama
    // 1 each = 7 FTE × $96,000 = $672,000.
    expect(text).toContain("pairing ELA and social studies in one teacher's two-period class (the same students for both: 134 → about 67)");
    expect(text).toContain('double-blocking ELA (two periods with one group: 134 → about 67)');
    expect(text).toContain('moving some of the 7.0 elective/specialist teacher FTE ($672,000 in the budget) into core sections');
  });
});

describe('the class-size gap in the three case studies', () => {
  it.each([
    // students / teacher FTE; mean section enrollment (K-3 20 × 16 homerooms, grades 4-5 29, 27, 26, 30, 28, 27;
    // secondary: every student in 6 sections, middle 384 × 6 / 93 = 24.8, high 598 × 6 / 124 = 28.9).
    ['elementary-school.xlsx', 487 / 27, 22.1],
    ['middle-school.xlsx', 384 / 22, 24.8],
    ['high-school.xlsx', 598 / 27.8, 28.9],
  ])('%s: %f students per teacher against an average class of %f', async (file, perTeacher, average) => {
    const { result } = review({ workbook: await caseStudy(file) });
    expect(result.budget!.studentsPerTeacher).toBeCloseTo(perTeacher, 6);
    expect(result.budget!.averageClassSize).toBeCloseTo(average, 1);
  });
});

describe('cost per student by course (Juniper Hollow)', () => {
  it('a section costs $96,273 / 5 = $19,255; Reading Intervention, 55 students in 3 sections, $1,050 a student', async () => {
    const { result, report } = review({ workbook: await caseStudy('middle-school.xlsx') });
    const reading = result.courseCosts!.find((c) => c.course === 'Reading Intervention')!;
    // Average teacher cost $2,118,000 / 22 FTE = $96,273; a full-time teacher here teaches 5 sections.
    expect(reading.costPerSection).toBeCloseTo(2_118_000 / 22 / 5, 6);
    expect(reading).toMatchObject({ sections: 3, students: 55 });
    expect(reading.costPerStudent).toBeCloseTo((3 * 2_118_000) / 22 / 5 / 55, 6); // $1,050
    expect(result.courseCosts![0].course).toBe('Reading Intervention');
    expect(report.sheets.find((s) => s.name === 'Class Size')!.preamble.join(' ')).toContain(
      'most expensive first: Reading Intervention $1,050 (55 students in 3 sections)',
    );
  });
});

describe('annual instructional minutes', () => {
  it('Cypress Ridge High: 7:55-14:20 less 35 minutes of lunch = 350 a day × 180 = 63,000, below 64,800', async () => {
    const { result } = review({ workbook: await caseStudy('high-school.xlsx') });
    expect(flagById(result, 'annual-minutes')).toMatchObject({ value: 63_000, threshold: 64_800 });
    const middle = review({ workbook: await caseStudy('middle-school.xlsx') }).result;
    // 8:00-14:25 less 35 minutes = 350 a day, 63,000 a year: above the 54,000 for grades 6-8.
    expect(middle.flags.map((f) => f.id)).not.toContain('annual-minutes');
  });
});

describe('literacy intervention groups (Juniper Hollow)', () => {
  it('three Reading Intervention sections of 55 students: groups of 18.3, against the seed\'s push-in groups of 8', async () => {
    const { report } = review({ workbook: await caseStudy('middle-school.xlsx') });
    // 19 + 18 + 18 = 55 students in 3 sections with one teacher each: 55 / 3 = 18.3.
    expect(report.sheets.find((s) => s.name === 'Class Size')!.preamble).toContain(
      'Literacy intervention groups: 3 sections, on average 18.3 students per adult (push-in groups of 8, as in ERS, Strategic Review of LAUSD, 2007).',
    );
  });
});

describe('teacher time (Cypress Ridge, with a 420-minute contract day set)', () => {
  it('a typical teacher teaches 1,375 of 2,100 contract minutes (65.5%), 17.9% of the day untaught, no team time', async () => {
    const { result, report } = review({ workbook: await caseStudy('high-school.xlsx'), settings: { contractMinutesPerDay: 420 } });
    // Five 55-minute periods a day × 5 = 1,375 a week; the bell day is 350 minutes × 5 = 1,750.
    expect(result.teacherTime).toMatchObject({ contractMinutesPerDay: 420, teamShare: 0 });
    expect(result.teacherTime!.teachingShare).toBeCloseTo(1375 / 2100, 10);
    expect(result.teacherTime!.dayNotTeachingShare).toBeCloseTo((1750 - 1375) / 2100, 10);
    expect(report.sheets.find((s) => s.name === 'Teacher Load')!.preamble.join(' ')).toContain(
      "65.5% teaching, 17.9% in the school day not teaching (individual planning and duties), 0% in scheduled team time.",
    );
    expect(review({ workbook: await caseStudy('high-school.xlsx') }).result.teacherTime).toBeNull();
  });
});
