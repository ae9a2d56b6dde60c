import { k3ClassSizeFlags, k3KeyFigures } from './classSizeFlags';
import { k3Classes } from '../analyse/k3Classes';
import { meetings, MON_FRI, section, settingsWith } from '../analyse/__fixtures__/workbook';
import type { EnrollmentRow, Section } from '../types';
import type { LeverBasis } from './scheduleLevers';

const BASIS: LeverBasis = { averageTeacherCost: 97_148, fullTimeSections: 6, fullTimeMinutesPerWeek: 1500 };
const enrolment = (grade: string, students: number): EnrollmentRow => ({ grade, students, source: { sheet: 'Enrollment', firstRow: 2, lastRow: 2 } });

/** A homeroom teacher's self-contained class: literacy, math and science blocks for the same pupils in one room. */
function homeroom(teacher: string, grade: string, size: number, extra: Partial<Section> = {}): Section[] {
  return ['Literacy', 'Math', 'Science'].map((subject, i) =>
    section({ id: `${teacher}-${subject}`, teachers: [teacher], subject, grade, room: `R-${teacher}`, enrollment: size, meetings: meetings(MON_FRI, [String(i + 1)]), ...extra }),
  );
}

/** A specialist teaching each homeroom of the grade once a week. */
function specials(teacher: string, subject: string, grade: string, sizes: number[]): Section[] {
  return sizes.map((size, i) => section({ id: `${teacher}-${grade}${i}`, teachers: [teacher], subject, grade, room: `${subject} room`, enrollment: size, meetings: meetings(MON_FRI, ['4']) }));
}

const kindergarten = (size: number) => [
  ...['H1', 'H2', 'H3', 'H4'].flatMap((t) => homeroom(t, 'K', size)),
  ...specials('PE', 'PE', 'K', [size, size, size, size]),
  ...specials('MUS', 'Music', 'K', [size, size, size, size]),
  ...specials('ART', 'Art', 'K', [size, size, size, size]),
  ...specials('DAN', 'Dance', 'K', [size, size, size, size]),
];

describe('K-3 class size: a class is a homeroom teacher\'s self-contained class', () => {
  it('counts four kindergarten classes of 24, not the specialists\' sections: 96 students need 5 classes, 1 more', () => {
    const [flag] = k3ClassSizeFlags(k3Classes(kindergarten(24)), [enrolment('Kindergarten', 96)], settingsWith(), BASIS);
    // By hand: 4 homerooms × 24 = 96 students; ceil(96 / 20) = 5 classes; 5 − 4 = 1 more = 1 FTE × $97,148.
    // (Counting the PE, music, art and dance sections as classes gave 8 classes, 192 students and 2 more.)
    expect(flag.id).toBe('k3-class-size:K');
    expect(flag.finding).toBe('Grade K: 4 classes of 4 above 20 students (largest 24).');
    expect(flag.value).toBe(24);
    expect(flag.lever).toEqual({
      text: "Grade K's 96 students on the enrollment profile need 5 classes of 20 or fewer: 1 more class = 1.0 teacher FTE ≈ $97,148 at this budget's average teacher cost of $97,148.",
      cost: 97_148,
      fte: 1,
      sections: 1,
    });
    // The rows behind it are the four homerooms' blocks (4 × 3), not the specials.
    expect(flag.rows).toHaveLength(12);
  });

  it('takes the grade\'s students from the enrollment profile when there is one, else adds up the classes', () => {
    // Profile: 104 students in 4 classes of 24 (8 not yet placed): ceil(104 / 20) = 6 classes, 2 more = $194,296.
    const [profiled] = k3ClassSizeFlags(k3Classes(kindergarten(24)), [enrolment('K', 104)], settingsWith(), BASIS);
    expect(profiled.lever).toMatchObject({ cost: 194_296, sections: 2 });
    expect(profiled.lever!.text).toContain("Grade K's 104 students on the enrollment profile need 6 classes");
    const [summed] = k3ClassSizeFlags(k3Classes(kindergarten(24)), [], settingsWith(), BASIS);
    expect(summed.lever!.text).toContain("Grade K's 96 students in its classes need 5 classes");
  });

  it('counts a co-teaching pair\'s class once and leaves special-education classes out', () => {
    const sections = [
      ...homeroom('H1', '1', 22).map((s) => ({ ...s, teachers: ['H1', 'H2'] })),
      ...homeroom('H3', '1', 18),
      ...homeroom('SDC', '1', 12, { program: 'special education' }),
    ];
    const [flag] = k3ClassSizeFlags(k3Classes(sections), [], settingsWith(), BASIS);
    // Two classes (22 and 18) = 40 students; ceil(40 / 20) = 2 classes: none to add.
    expect(flag.finding).toBe('Grade 1: 1 class of 2 above 20 students (largest 22).');
    expect(flag.lever).toMatchObject({ cost: 0, sections: 0 });
  });

  it('in a grade without homerooms counts its literacy sections, which every pupil takes once', () => {
    const lit = (id: string, teacher: string, size: number) => section({ id, teachers: [teacher], subject: 'ELA', grade: '3', enrollment: size, meetings: meetings(MON_FRI, ['1']) });
    const math = (id: string, teacher: string, size: number) => section({ id, teachers: [teacher], subject: 'Math', grade: '3', enrollment: size, meetings: meetings(MON_FRI, ['2']) });
    const sections = [lit('L1', 'A', 23), lit('L2', 'B', 23), lit('L3', 'C', 23), math('M1', 'D', 23), math('M2', 'D', 23), math('M3', 'D', 23)];
    const [flag] = k3ClassSizeFlags(k3Classes(sections), [], settingsWith(), { ...BASIS, averageTeacherCost: null });
    // 3 literacy sections of 23 = 69 students; ceil(69 / 20) = 4 classes: 1 more, unpriced without a cost.
    expect(flag.finding).toBe('Grade 3: 3 classes of 3 above 20 students (largest 23).');
    expect(flag.lever).toMatchObject({ cost: null, sections: 1 });
    expect(k3ClassSizeFlags(k3Classes(kindergarten(20)), [enrolment('K', 80)], settingsWith(), BASIS)).toEqual([]);
  });
});

describe("the average K-3 class size (Summary and map) counts the flag's classes", () => {
  it("averages the homerooms, not the specialists' sections, and leaves pre-K and grade 4 out", () => {
    // Kindergarten homerooms of 18, 18, 18 and 26, each taught PE, music, art and dance by a specialist.
    const sizes = [18, 18, 18, 26];
    const sections = [
      ...sizes.flatMap((size, i) => homeroom(`H${i + 1}`, 'Kindergarten', size)),
      ...['PE', 'Music', 'Art', 'Dance'].flatMap((subject) => specials(subject, subject, 'Kindergarten', sizes)),
      ...homeroom('PK1', 'PK', 30),
      ...homeroom('G4', 'Grade 4', 30),
    ];
    // By hand: (18 + 18 + 18 + 26) / 4 = 20 over 4 classes. The old key figure took each teacher's K sections as one
    // class at its largest, the specialists' four included: (18 × 3 + 26 + 26 × 4) / 8 = 23.
    expect(k3KeyFigures(k3Classes(sections))).toEqual({ k3ClassSize: 20, k3Classes: 4 });
    // The flag counts the same classes: one of 4 above 20; pre-K's class of 30 is under no K-3 limit.
    const flags = k3ClassSizeFlags(k3Classes(sections), [], settingsWith(), BASIS);
    expect(flags.map((f) => f.finding)).toEqual(['Grade Kindergarten: 1 class of 4 above 20 students (largest 26).']);
  });

  it('reads K-3 grades however the schedule writes them, and is left out without a K-3 class', () => {
    // Kindergarten 24 and Grade 02 20: (24 + 20) / 2 = 22 over 2 classes.
    expect(k3KeyFigures(k3Classes([...homeroom('A', 'Kindergarten', 24), ...homeroom('B', 'Grade 02', 20)]))).toEqual({ k3ClassSize: 22, k3Classes: 2 });
    expect(k3KeyFigures(k3Classes(homeroom('C', 'Grade 4', 30)))).toEqual({});
  });
});

describe('K-3 classes are worked out once per sections list', () => {
  it('gives the flag and the key figures the same classes, and works them out again when the list has grown', () => {
    const sections = kindergarten(24);
    // 4 homerooms of 24: average 24, 4 classes.
    expect(k3KeyFigures(k3Classes(sections))).toEqual({ k3ClassSize: 24, k3Classes: 4 });
    expect(k3ClassSizeFlags(k3Classes(sections), [], settingsWith(), BASIS)[0].finding).toBe('Grade K: 4 classes of 4 above 20 students (largest 24).');
    // A fifth homeroom of 18 joins the same list: (4 × 24 + 18) / 5 = 22.8 over 5 classes.
    sections.push(...homeroom('H5', 'K', 18));
    expect(k3KeyFigures(k3Classes(sections))).toEqual({ k3ClassSize: 22.8, k3Classes: 5 });
    expect(k3ClassSizeFlags(k3Classes(sections), [], settingsWith(), BASIS)[0].finding).toBe('Grade K: 4 classes of 5 above 20 students (largest 24).');
  });
});
