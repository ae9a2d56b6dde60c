import type { SubjectRule } from '../types';
import { DEFAULT_SUBJECT_RULES } from '../rules/subjects';
import { matchSubjectRule, unmappedLabel } from './subjectMatch';

const subjectOf = (course: Parameters<typeof matchSubjectRule>[1]) => matchSubjectRule(DEFAULT_SUBJECT_RULES, course)?.subject;

describe('matchSubjectRule with the default rules', () => {
  it.each([
    [{ subject: 'Ma', course: 'Ma-10S' }, 'Math'],
    [{ course: 'Ma-10S' }, 'Math'], // the code prefix before "-"
    [{ courseCode: 'Dt-8A' }, 'Design & Technology'],
    [{ subject: 'en' }, 'ELA'],
    [{ courseCode: 'MATH101', course: 'Intro' }, 'Math'], // letters before the number
    [{ course: 'English 9' }, 'ELA'],
    [{ course: 'English Language Development 2' }, 'ELD'],
    [{ course: 'ESL Beginners' }, 'ELD'],
    [{ course: 'AP Calculus AB' }, 'Math'],
    [{ course: 'Honors Chemistry' }, 'Science'],
    [{ course: 'US History' }, 'Social Studies'],
    [{ course: 'American Government' }, 'Social Studies'],
    [{ course: 'Language Arts 4' }, 'ELA'],
    [{ course: 'Art History' }, 'Art'],
    [{ course: 'Jazz Band' }, 'Music'],
    [{ course: 'Spanish 2' }, 'World Languages'],
    [{ course: 'Intro to Engineering' }, 'CTE'],
    [{ course: 'Advisory' }, 'Advisory'],
    [{ course: 'Homework Club', department: 'Science' }, 'Science'], // department keyword
    [{ course: 'PE 9' }, 'PE'],
  ])('maps %p to %p', (course, subject) => {
    expect(subjectOf(course)).toBe(subject);
  });

  it.each([
    [{ course: 'Start-up Studio' }], // "Art" only at the start of a word
    [{ course: 'Speech' }], // "PE" must be a whole word
    [{ subject: 'Sd', course: 'Sd-10L' }], // St Paul's code left unmapped on purpose
    [{ course: 'Underwater Basket Weaving' }],
  ])('leaves %p unmapped', (course) => {
    expect(subjectOf(course)).toBeUndefined();
  });

  it('does not read a core word inside another subject\'s title as that core subject', () => {
    const ruleOf = (course: Parameters<typeof matchSubjectRule>[1]) => matchSubjectRule(DEFAULT_SUBJECT_RULES, course);
    expect(ruleOf({ course: 'AP Computer Science A', department: 'Science' })).toMatchObject({ subject: 'CTE', core: false });
    expect(ruleOf({ course: 'Family and Consumer Sciences' })).toMatchObject({ subject: 'CTE', core: false });
    expect(ruleOf({ course: 'Business Math', department: 'Mathematics' })).toMatchObject({ subject: 'CTE', core: false });
    expect(ruleOf({ course: 'Yearbook', department: 'English' })).toMatchObject({ subject: 'Journalism', core: false });
    expect(ruleOf({ course: 'Journalism 1', department: 'English' })).toMatchObject({ subject: 'Journalism', core: false });
    // Political Science is social studies, which is core; science it is not.
    expect(ruleOf({ course: 'AP Political Science' })).toMatchObject({ subject: 'Social Studies', core: true });
    expect(ruleOf({ course: 'English 10', department: 'English' })).toMatchObject({ subject: 'ELA', core: true });
  });

  it('an elective named by the title wins over a core code prefix: ENG-YRBK Yearbook is Journalism', () => {
    const ruleOf = (course: Parameters<typeof matchSubjectRule>[1]) => matchSubjectRule(DEFAULT_SUBJECT_RULES, course);
    // The code ENG says the English department runs it; the title says what it is.
    expect(ruleOf({ courseCode: 'ENG-YRBK', course: 'Yearbook', department: 'English' })).toMatchObject({ subject: 'Journalism', core: false });
    expect(ruleOf({ courseCode: 'MATH-BUS', course: 'Business Math' })).toMatchObject({ subject: 'CTE', core: false });
    // A core title keeps the core code ("Language Arts" comes before "Art"), and a title with no keyword keeps the code.
    expect(ruleOf({ courseCode: 'ENG-LA4', course: 'Language Arts 4' })).toMatchObject({ subject: 'ELA', core: true });
    expect(ruleOf({ courseCode: 'ENG-101', course: 'Section 3' })).toMatchObject({ subject: 'ELA', core: true });
    // The department alone never overrides a core code: "ENG-9" in a "Visual Arts" department is still ELA.
    expect(ruleOf({ courseCode: 'ENG-9', course: 'ENG-9', department: 'Visual Arts' })).toMatchObject({ subject: 'ELA', core: true });
    // A non-core code is not second-guessed by the title.
    expect(ruleOf({ courseCode: 'PE-9', course: 'English through Dance' })).toMatchObject({ subject: 'PE', core: false });
  });

  it('marks core subjects', () => {
    expect(matchSubjectRule(DEFAULT_SUBJECT_RULES, { subject: 'Ma' })?.core).toBe(true);
    expect(matchSubjectRule(DEFAULT_SUBJECT_RULES, { subject: 'Dt' })?.core).toBe(false);
    expect(matchSubjectRule(DEFAULT_SUBJECT_RULES, { course: 'ELD 1' })?.core).toBe(true);
  });

  it('tries code rules before keyword rules and keeps the first matching rule of each kind', () => {
    const rules: SubjectRule[] = [
      { match: 'Writing', kind: 'keyword', subject: 'Composition' },
      { match: 'WR', kind: 'code', subject: 'Writing Lab' },
      { match: 'WR', kind: 'code', subject: 'Never' },
    ];
    expect(matchSubjectRule(rules, { courseCode: 'WR-9', course: 'Creative Writing' })?.subject).toBe('Writing Lab');
    expect(matchSubjectRule(rules, { course: 'Creative Writing' })?.subject).toBe('Composition');
  });

  it('names an unmapped course by subject, code prefix, title or department', () => {
    expect(unmappedLabel({ subject: 'Sd', course: 'Sd-10L' })).toBe('Sd');
    expect(unmappedLabel({ courseCode: 'XYZ-1', course: 'Mystery' })).toBe('XYZ');
    expect(unmappedLabel({ course: 'Mystery' })).toBe('Mystery');
  });
});
