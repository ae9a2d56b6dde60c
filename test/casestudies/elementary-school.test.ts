import { flagById, flagIds, reviewCaseStudy } from './reviewCaseStudy';
import type { ReviewResult } from '../../src/engine/types';

// Harbor Lights Elementary School: two coaches without team time, APEIS-style coordinators on locked money.
let result: ReviewResult;
beforeAll(async () => {
  result = await reviewCaseStudy('elementary-school.xlsx');
});

describe('Harbor Lights Elementary School (fictional case study)', () => {
  it('is read as an elementary school with K-3 classes of 20', () => {
    expect(result.school.level).toBe('elementary');
    expect(result.keyFigures.students).toBe(487);
    const k3 = result.classSizes.filter((c) => ['K', '1', '2', '3'].includes(c.grade ?? ''));
    expect(new Set(k3.map((c) => c.enrollment))).toEqual(new Set([20]));
    expect(flagIds(result).filter((id) => id.startsWith('k3-class-size'))).toEqual([]);
  });

  it('a homeroom teacher\'s load is the class size: six subject blocks of one class count once', () => {
    const homeroom = result.teachers.filter((t) => t.department?.startsWith('Grade'));
    expect(homeroom).toHaveLength(22);
    for (const t of homeroom) {
      const classSize = Math.max(...result.classSizes.filter((c) => c.teachers.includes(t.teacher)).map((c) => c.enrollment));
      expect([t.teacher, t.seats]).toEqual([t.teacher, classSize]);
    }
    // K-3 classes of 20; grades 4-5 of 26-30 (29, 27, 26 and 30, 28, 27), not 156-180 as six sections summed.
    expect(result.keyFigures).toMatchObject({ medianCoreLoad: 20, highestCoreLoad: 30 });
    expect(flagIds(result).filter((id) => id.startsWith('core-load') || id === 'preps')).toEqual([]);
  });

  it('time: every grade has 90 minutes of literacy and 60 of math a day, but not always in one block', () => {
    // Judged by the longest uninterrupted block per class and day. Thirty-minute periods, lunch after period 6,
    // each grade's hour of specials in periods 2g+1 and 2g+2; a homeroom takes literacy, math, writing, science,
    // social studies and reading intervention in that order in the periods left:
    // K (specials 1-2): literacy 3-5 = 90; math 6 | lunch | 7 = 30 + 30.
    // Grade 1 (specials 3-4): literacy 1-2 | specials | 5 = 60 + 30; math 6 | lunch | 7 = 30 + 30.
    // Grade 2 (specials 5-6): literacy 1-3 = 90; math 4 | specials | 7 = 30 + 30.
    // Grades 3-5: literacy 1-3 = 90 and math 4-5 = 60, before specials and lunch.
    expect(flagIds(result).filter((id) => id.startsWith('elementary-'))).toEqual(['elementary-literacy:1', 'elementary-math:1', 'elementary-math:2', 'elementary-math:K']);
    expect(flagById(result, 'elementary-math:1')).toMatchObject({ value: 30, threshold: 60 });
    expect(flagById(result, 'elementary-math:1').finding).toContain('20 of 20 class-days have no uninterrupted 60-minute block of math');
    expect(flagById(result, 'elementary-literacy:1')).toMatchObject({ value: 60, threshold: 90 });
  });

  it('two coaches while grade teams share only the hour of specials', () => {
    const grades = result.collaboration.filter((t) => t.team.startsWith('Grade'));
    expect(grades).toHaveLength(6);
    expect(grades.every((t) => t.longestBlockMinutes === 60)).toBe(true);
    expect(result.budget?.coachPerTeacher).toBeCloseTo(224_000 / 27, 6); // above the $4,800 reference
    // Above the reference point is reported too, as information; the joined flag carries the lever.
    expect(flagById(result, 'coach-spending')).toMatchObject({ severity: 'info', value: 8_296, threshold: 4_800 });
    expect(flagById(result, 'coach-spending').lever).toBeUndefined();
    // A warning: the six grade teams' missing block is one school-wide critical, which counts the cover once.
    expect(flagById(result, 'coaching-without-common-time')).toMatchObject({ severity: 'warning', value: 224_000 });
    expect(flagById(result, 'coaching-without-common-time').lever?.countedIn).toBe('collaboration:school');
  });

  it("regrouping specials gives five of the six grade teams a 90-minute block at no cost; cover is priced for the rest", () => {
    // Specials run in 30-minute periods with no passing time: K in 1-2, Grade 1 in 3-4, Grade 2 in 5-6, Grade 3 in 7-8
    // (after lunch), Grade 4 in 9-10, Grade 5 in 11-12, the same four specials teachers passing from one grade's
    // classes to the next grade's (three for grades 4 and 5, which have three classes).
    const option = (team: string) => result.noCostBlocks!.find((o) => o.team === team)!;
    // Grade 1 (searched first): on Mon it keeps its specials teachers through period 5, Grade 2's; on Tue Grade 2 takes
    // period 4 the same way. Periods 3-5 = 9:00-10:30, 90 minutes. Grade 1's week: 90 + 30 + 60 + 60 + 60 = 300, as before.
    expect(option('Grade 1 Team')).toMatchObject({ found: true, kind: 'specials-regroup', day: 'Mon', periods: ['3', '4', '5'], blockMinutes: 90 });
    // That regrouping gives Grade 2 periods 4-6 on Tue; Grade 4 and Grade 5 likewise (periods 9-11 Mon, 10-12 Tue).
    expect(option('Grade 2 Team')).toMatchObject({ found: true, day: 'Tue', periods: ['4', '5', '6'] });
    expect(option('Grade 4 Team')).toMatchObject({ found: true, day: 'Mon', periods: ['9', '10', '11'] });
    expect(option('Grade 5 Team')).toMatchObject({ found: true, day: 'Tue', periods: ['10', '11', '12'] });
    // Kindergarten pairs with Grade 1 on the days Grade 1 has not regrouped yet (Wed, Thu): periods 1-3 on Wed.
    expect(option('Grade K Team')).toMatchObject({ found: true, day: 'Wed', periods: ['1', '2', '3'] });
    expect(option('Grade K Team').summary).toBe("regroup Grade K's and Grade 1's specials on Wed and Thu");
    // Grade 3's four specials classes after lunch meet Grade 4's three: one specials teacher would have no class.
    expect(option('Grade 3 Team').found).toBe(false);
    // The specials teachers teach every grade: theirs is no grade's specials time to regroup, and the flag does not say so.
    expect(option('Specials').found).toBe(false);
    expect(option('Specials').text).not.toContain('regroup');
    // Cover before: K, 1, 2, 3 at 4 × 30 = 120 minutes ≈ $7,772 each, 4 and 5 at 90 ≈ $5,829, Specials 4 × 90 = 360 ≈
    // $23,316: $66,062. Now only Grade 3 and Specials: $7,772 + $23,316 = $31,088.
    expect(flagById(result, 'collaboration:school').lever).toMatchObject({ cost: 31_088 });
    // A homeroom teacher teaches 10 of 12 periods of 30 minutes a day: 1,500 minutes a week. Grade 3's 120 + Specials'
    // 360 = 480 minutes = 0.32 FTE.
    expect(flagById(result, 'collaboration:school').lever!.text).toContain(
      'cover for the 2 teams no schedule change serves: 0.32 teacher FTE ≈ $31,088 a year; cover for all 7 teams instead ≈ $66,062.',
    );
    expect(flagById(result, 'collaboration:Grade K Team').lever).toMatchObject({ cost: 0 });
    expect(flagById(result, 'collaboration:Grade K Team').lever!.text).toContain("No-cost option: regroup Grade K's specials with Grade 1's. On Wed");
    expect(flagById(result, 'collaboration:Grade 3 Team').lever).toMatchObject({ cost: 7_772 });
    // The coaches serve the six grade teams: only Grade 3's cover is left, $7,772.
    expect(flagById(result, 'coaching-without-common-time').lever).toMatchObject({ cost: 7_772 });
    expect(flagById(result, 'coaching-without-common-time').lever!.text).toContain(
      'needs ≈ 0.08 teacher FTE of coverage ≈ $7,772; a schedule change gives Grade 1 Team, Grade 2 Team, Grade 4 Team, Grade 5 Team, Grade K Team the block at no cost, priced at $0 here.',
    );
  });

  it('APEIS-style coordinators paid from locked money', () => {
    // APEIS $128,000 + Title I coordinator 0.5 × $110,000 + bilingual coordinator 0.5 × $114,000.
    const flag = flagById(result, 'locked-compliance');
    expect(flag.value).toBe(240_000);
    expect(flag.finding).toContain('APEIS - Categorical Program Coordinator, Title I Program Coordinator, Bilingual Coordinator');
  });

  it('aides, counselor and PD', () => {
    expect(flagById(result, 'sped-aides')).toMatchObject({ value: 11, lever: { cost: 0, freed: 14_500 } }); // (4 − 44/12) × $43,500 freed
    expect(flagById(result, 'counselor-ratio')).toMatchObject({ value: 974, lever: { cost: 159_000, fte: 1.5 } });
    // Compared like with like: LAUSD's $10.9K counts coaching as PD. ($38,000 + $224,000) / 27 FTE = $9,704;
    // $262,000 / $4,125,400 = 6.35%. The PD lines alone ($38,000 / 27 = $1,407) are stated beside it.
    expect(flagById(result, 'pd-spending').value).toBe(9_704);
    expect(flagById(result, 'pd-spending').finding).toContain('The PD lines alone: $38,000, 0.9% and $1,407 per teacher.');
    expect(result.budget!.pdWithCoachingShare).toBeCloseTo(262_000 / 4_125_400, 10);
    expect(flagById(result, 'pd-without-collaboration').value).toBe(38_000);
  });
});
