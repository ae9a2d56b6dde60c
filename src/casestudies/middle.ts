import type { CaseStudy } from './model';
import { clock } from './model';
import { OBJECT, type BudgetItem } from './common';
import { buildSecondary, type SecondaryStaffing } from './secondary';

// Juniper Hollow Middle School (fictional): grade-level teams share one 55-minute period a day (never 90 minutes),
// core loads around 130, a half-time coach below the LAUSD middle-school reference, and one counselor for ~380.

const TEACHER = 96_000;

function budget(s: SecondaryStaffing): BudgetItem[] {
  return [
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Regular Teacher', fte: s.coreTeachers - 3, cost: TEACHER },
    { fund: 'Title I', object: OBJECT.teachers, description: 'Regular Teacher', fte: 3, cost: TEACHER },
    { fund: 'Title I', object: OBJECT.teachers, description: 'Reading Intervention Teacher', fte: 0.6, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'PE Teacher', fte: 2, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Art Teacher', fte: 1, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Music Teacher', fte: 1, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'World Language Teacher (Spanish)', fte: 1, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Computer Science Teacher', fte: 1, cost: TEACHER },
    { fund: 'General Fund', object: OBJECT.teachers, description: 'Drama Teacher', fte: 1, cost: TEACHER },
    { fund: 'IDEA Special Education', object: OBJECT.teachers, description: 'Special Education Teacher', fte: s.spedTeachers, cost: 99_000 },
    { fund: 'IDEA Special Education', object: OBJECT.aides, description: 'Special Education Assistant', fte: 3, cost: 42_000 },
    { fund: 'Title I', object: OBJECT.teachers, description: 'Instructional Coach - Math', fte: 0.5, cost: 110_000 },
    { fund: 'Title II', object: OBJECT.otherCertificated, description: 'Collaboration stipends', fte: null, cost: 15_000 },
    { fund: 'General Fund', object: OBJECT.travel, description: 'Conference travel', fte: null, cost: 9_000, amountAsText: true },
    { fund: 'Title I', object: OBJECT.administrators, description: 'Categorical Program Advisor', fte: 0.5, cost: 118_000 },
    { fund: 'General Fund', object: OBJECT.administrators, description: 'Principal', fte: 1, cost: 176_000 },
    { fund: 'General Fund', object: OBJECT.administrators, description: 'Assistant Principal', fte: 1, cost: 152_000 },
    { fund: 'General Fund', object: OBJECT.pupilSupport, description: 'Counselor', fte: 1, cost: 104_000 },
    { fund: 'General Fund', object: OBJECT.pupilSupport, description: 'School Psychologist', fte: 0.4, cost: 116_000 },
    { fund: 'General Fund', object: OBJECT.pupilSupport, description: 'School Nurse', fte: 0.4, cost: 110_000 },
    { fund: 'General Fund', object: OBJECT.clerical, description: 'Office Manager', fte: 1, cost: 72_000 },
    { fund: 'General Fund', object: OBJECT.clerical, description: 'School Clerk', fte: 2, cost: 60_000 },
    { fund: 'General Fund', object: OBJECT.classified, description: 'Custodian', fte: 3, cost: 57_000 },
    { fund: 'General Fund', object: OBJECT.classified, description: 'Campus Aide', fte: 2, cost: 35_000 },
    { fund: 'General Fund', object: OBJECT.supplies, description: 'Instructional materials and supplies', fte: null, cost: 34_000 },
    { fund: 'Title III', object: OBJECT.supplies, description: 'ELD materials', fte: null, cost: 8_000 },
  ];
}

export function middleSchool(): CaseStudy {
  const reading = { title: 'Reading Intervention', code: 'RDG', department: 'English' };
  return buildSecondary({
    key: 'middle',
    fileName: 'middle-school.xlsx',
    schoolName: 'Juniper Hollow Middle School',
    seed: 6_0817,
    grades: [
      { grade: '6', cohortSizes: [27, 28, 25, 26, 28], specialEducation: 15, englishLearners: 24, teamPeriod: 2, supportStudents: 19, supportCohort: 0, support: reading },
      { grade: '7', cohortSizes: [26, 24, 27, 25, 27], specialEducation: 14, englishLearners: 21, teamPeriod: 4, supportStudents: 18, supportCohort: 1, support: reading },
      { grade: '8', cohortSizes: [23, 26, 24, 25, 23], specialEducation: 13, englishLearners: 17, teamPeriod: 6, supportStudents: 18, supportCohort: 0, support: reading },
    ],
    core: [
      { department: 'English', code: 'ELA', title: (g) => `English Language Arts ${g}` },
      { department: 'Mathematics', code: 'MATH', title: (g) => `Math ${g}` },
      { department: 'Science', code: 'SCI', title: (g) => `Science ${g}` },
      { department: 'Social Studies', code: 'SS', title: (g) => ({ '6': 'Ancient Civilizations', '7': 'Medieval World History', '8': 'US History' })[g] ?? `History ${g}` },
    ],
    electives: [
      { course: 'Physical Education', code: 'PE', department: 'Physical Education' },
      { course: 'Physical Education', code: 'PE', department: 'Physical Education' },
      { course: 'Art', code: 'ART', department: 'Exploratory' },
      { course: 'Band', code: 'MUS', department: 'Exploratory' },
      { course: 'Spanish', code: 'SPAN', department: 'Exploratory' },
      { course: 'Coding and Robotics', code: 'CTE', department: 'Exploratory' },
      { course: 'Drama', code: 'DRA', department: 'Exploratory' },
    ],
    coTeaching: [
      { grade: '6', subject: 0 },
      { grade: '7', subject: 1 },
    ],
    // Grade 8 science is shared with a 0.4 part-timer on the grade team (free in the team period like the rest).
    reassign: [{ subject: 2, grade: '8', cohorts: [3, 4], to: 'science-8-part-time', fte: 0.4 }],
    teamBy: 'grade',
    periodMinutes: 55,
    dayStart: clock(8, 0),
    passingMinutes: 5,
    lunchAfter: 3,
    lunchMinutes: 35,
    newTeacherShare: 0.27,
    otherStaff: [
      ['Principal', 'Administration', 1],
      ['Assistant Principal', 'Administration', 1],
      ['Instructional Coach', 'Mathematics', 0.5],
      ['Counselor', 'Counseling', 1],
    ],
    budget,
    about: [
      'A middle school of about 380 students in grades 6-8, organised in grade-level teams on a six-period day.',
      'Things to look for: each grade team shares one 55-minute period a day, never a 90-minute block; core loads',
      'around 130; a half-time math coach below the LAUSD reference; one counselor for the whole school.',
    ],
    studentRoster: false,
  });
}
