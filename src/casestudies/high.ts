import type { CaseStudy } from './model';
import { clock } from './model';
import { OBJECT, type BudgetItem } from './common';
import { buildSecondary, type SecondaryStaffing } from './secondary';

// Cypress Ridge High School (fictional): the seed report's typical LAUSD high school. Core teachers carry loads
// near 150 (each department staffed its own way), no team has a weekly 90-minute block, 36% of a student's time is
// in ELA + math, one special-education aide serves 9 students, and over a third of the money is restricted.

const TEACHER = 98_000;

function budget(s: SecondaryStaffing): BudgetItem[] {
  return [
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Regular Teacher', fte: s.coreTeachers - 6, cost: TEACHER },
    { fund: 'Class Size Reduction', object: OBJECT.teachers, description: 'Regular Teacher', fte: 4, cost: TEACHER },
    { fund: 'Title I', object: OBJECT.teachers, description: 'Regular Teacher', fte: 2, cost: TEACHER },
    { fund: 'Title I', object: OBJECT.teachers, description: 'Reading Intervention Teacher', fte: 0.4, cost: TEACHER },
    { fund: 'Title I', object: OBJECT.teachers, description: 'Math Lab Teacher', fte: 0.4, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'PE Teacher', fte: 2, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Art Teacher', fte: 1, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Music Teacher', fte: 1, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'World Language Teacher (Spanish)', fte: 2, cost: TEACHER },
    { fund: 'Perkins CTE Grant', object: OBJECT.teachers, description: 'CTE Teacher', fte: 1, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Military Instructor (JROTC)', fte: 1, cost: TEACHER },
    { fund: 'IDEA Special Education', object: OBJECT.teachers, description: 'Special Education Teacher', fte: s.spedTeachers, cost: 101_000 },
    { fund: 'IDEA Special Education', object: OBJECT.aides, description: 'Special Education Assistant', fte: 8, cost: 43_500 },
    { fund: 'Title I', object: OBJECT.teachers, description: 'Instructional Coach - Literacy', fte: 1, cost: 112_000 },
    { fund: 'Title I', object: OBJECT.travel, description: 'Conference registration and travel', fte: null, cost: 18_000 },
    { fund: 'General Fund', object: OBJECT.services, description: 'Professional development days - consultant', fte: null, cost: 24_000 },
    { fund: 'Title I', object: OBJECT.teachers, description: 'Substitutes for PD release days', fte: null, cost: 12_000, amountAsText: true },
    { fund: 'Title I', object: OBJECT.administrators, description: 'Categorical Program Advisor', fte: 1, cost: 121_000 },
    { fund: 'Title III', object: OBJECT.administrators, description: 'Bilingual Coordinator', fte: 1, cost: 114_000 },
    { fund: 'IDEA Special Education', object: OBJECT.pupilSupport, description: 'Special Education Case Manager', fte: 1, cost: 99_000 },
    { fund: 'General Fund', object: OBJECT.administrators, description: 'Principal', fte: 1, cost: 182_000 },
    { fund: 'General Fund', object: OBJECT.administrators, description: 'Assistant Principal', fte: 2, cost: 158_000 },
    { fund: 'General Fund', object: OBJECT.pupilSupport, description: 'Counselor', fte: 2, cost: 106_000 },
    { fund: 'General Fund', object: OBJECT.pupilSupport, description: 'School Psychologist', fte: 0.5, cost: 118_000 },
    { fund: 'General Fund', object: OBJECT.clerical, description: 'Office Manager', fte: 1, cost: 74_000 },
    { fund: 'General Fund', object: OBJECT.clerical, description: 'School Clerk', fte: 3, cost: 61_000 },
    { fund: 'General Fund', object: OBJECT.classified, description: 'Custodian', fte: 4, cost: 58_000 },
    { fund: 'General Fund', object: OBJECT.classified, description: 'Campus Aide', fte: 3, cost: 36_000 },
    { fund: 'General Fund', object: OBJECT.supplies, description: 'Instructional materials and supplies', fte: null, cost: 42_000, amountAsText: true },
    { fund: 'Title I', object: OBJECT.supplies, description: 'Intervention materials', fte: null, cost: 15_000 },
    { fund: 'Lottery (Restricted)', object: OBJECT.supplies, description: 'Textbooks', fte: null, cost: 20_000 },
    { fund: 'Title I', object: OBJECT.services, description: 'Parent engagement nights', fte: null, cost: 6_000 },
  ];
}

export function highSchool(): CaseStudy {
  const reading = { title: 'Reading Intervention', code: 'RDG', department: 'English' };
  const mathLab = { title: 'Math Lab', code: 'MLAB', department: 'Mathematics' };
  return buildSecondary({
    key: 'high',
    fileName: 'high-school.xlsx',
    schoolName: 'Cypress Ridge High School',
    seed: 9_1205,
    grades: [
      { grade: '9', cohortSizes: [34, 35, 31, 33, 30], specialEducation: 20, englishLearners: 31, teamPeriod: 2, supportStudents: 25, supportCohort: 0, support: reading },
      { grade: '10', cohortSizes: [33, 29, 34, 31, 28], specialEducation: 19, englishLearners: 27, teamPeriod: 6, supportStudents: 24, supportCohort: 0, support: reading },
      { grade: '11', cohortSizes: [31, 30, 27, 30, 28], specialEducation: 17, englishLearners: 22, teamPeriod: 3, supportStudents: 23, supportCohort: 0, support: mathLab },
      { grade: '12', cohortSizes: [29, 30, 24, 26, 25], specialEducation: 16, englishLearners: 18, teamPeriod: 4, supportStudents: 22, supportCohort: 1, support: mathLab },
    ],
    core: [
      { department: 'English', code: 'ENG', title: (g) => `English ${g}` },
      { department: 'Mathematics', code: 'MATH', title: (g) => ({ '9': 'Algebra I', '10': 'Geometry', '11': 'Algebra II', '12': 'Precalculus' })[g] ?? `Math ${g}` },
      { department: 'Science', code: 'SCI', title: (g) => ({ '9': 'Biology', '10': 'Chemistry', '11': 'Physics', '12': 'Environmental Science' })[g] ?? `Science ${g}` },
      { department: 'Social Studies', code: 'SS', title: (g) => ({ '9': 'World Geography', '10': 'World History', '11': 'US History', '12': 'Government and Economics' })[g] ?? `Social Studies ${g}` },
    ],
    electives: [
      { course: 'Physical Education', code: 'PE', department: 'Physical Education' },
      { course: 'Physical Education', code: 'PE', department: 'Physical Education' },
      { course: 'Visual Art', code: 'ART', department: 'Visual and Performing Arts' },
      { course: 'Concert Band', code: 'MUS', department: 'Visual and Performing Arts' },
      { course: 'Spanish I', code: 'SPAN', department: 'World Languages' },
      { course: 'Spanish II', code: 'SPAN2', department: 'World Languages' },
      { course: 'CTE Digital Media', code: 'CTE', department: 'Career Technical Education' },
      { course: 'JROTC Leadership', code: 'ROTC', department: 'JROTC' },
    ],
    coTeaching: [
      { grade: '9', subject: 0 },
      { grade: '10', subject: 1 },
    ],
    // Departments staffed as real ones are: Mathematics has a 0.6 part-timer with one section each of Geometry,
    // Algebra II and Precalculus; the Environmental Science teacher takes a sixth section (a Physics cohort, in
    // grade 12's elective period, the only one free); Government and Economics is split with a 0.4 part-timer.
    reassign: [
      { subject: 1, grade: '10', cohorts: [3], to: 'math-part-time', fte: 0.6 },
      { subject: 1, grade: '11', cohorts: [0], to: 'math-part-time', fte: 0.6 },
      { subject: 1, grade: '12', cohorts: [1], to: 'math-part-time', fte: 0.6 },
      { subject: 2, grade: '11', cohorts: [0], to: '2:12' },
      { subject: 3, grade: '12', cohorts: [3, 4], to: 'social-studies-part-time', fte: 0.4 },
    ],
    teamBy: 'department',
    periodMinutes: 55,
    dayStart: clock(7, 55),
    passingMinutes: 5,
    lunchAfter: 4,
    lunchMinutes: 35,
    newTeacherShare: 0.36,
    otherStaff: [
      ['Principal', 'Administration', 1],
      ['Assistant Principal', 'Administration', 1],
      ['Assistant Principal', 'Administration', 1],
      ['Instructional Coach', 'English', 1],
      ['Counselor', 'Counseling', 1],
      ['Counselor', 'Counseling', 1],
      ['Categorical Program Advisor', 'Administration', 1],
      ['Bilingual Coordinator', 'Administration', 1],
    ],
    budget,
    about: [
      'A comprehensive high school of about 600 students in grades 9-12 on a six-period day of 55-minute periods.',
      'Things to look for: core teacher loads near 150, one science teacher on six sections, part-timers in math and',
      'social studies; no department has a common 90-minute block; a third of the day in ELA + math; one',
      'special-education aide for every 9 special-education students; much restricted money funding coordinators;',
      'coaching and PD money without time for teams to use it. A student roster is included.',
    ],
    studentRoster: true,
  });
}
