import type { TableDef } from './fieldTypes';
import { BUDGET_TABLE } from './budgetTable';

// How each schedule-side table kind is recognised: its fields, the header texts that name them, sheet-name hints.
// Synonyms are compared after normaliseHeader (case, spaces, underscores and punctuation ignored).

// A person's name split over two columns, as many exports write it; joined "Last, First".
// "Last" and "First" alone are too common in other headers ("Last Updated") to stand for a name.
const LAST_NAME = ['last name', 'surname', 'family name', 'lastname'];
const FIRST_NAME = ['first name', 'given name', 'forename', 'firstname', 'given names'];

export const SCHEDULE_TABLE: TableDef = {
  kind: 'schedule',
  sheetHints: ['schedule', 'master', 'timetable', 'sections', 'section', 'courses', 'classes', 'lessons'],
  minFields: 3,
  fields: [
    { field: 'sectionId', synonyms: ['section', 'section id', 'section number', 'section no', 'section num', 'sect', 'sect id', 'section code', 'class id', 'section nbr'] },
    { field: 'courseCode', synonyms: ['course code', 'course id', 'course number', 'course no', 'course num', 'course nbr', 'crs', 'crs code', 'subject code'] },
    { field: 'course', synonyms: ['course', 'course title', 'course name', 'title', 'class', 'class name', 'course description', 'description', 'lesson'] },
    { field: 'subject', synonyms: ['subject', 'subject area', 'subject name'] },
    { field: 'department', synonyms: ['department', 'dept', 'dept name', 'department name', 'content area', 'content'] },
    { field: 'teacher', required: true, synonyms: ['teacher', 'teacher name', 'teachers', 'instructor', 'instructor name', 'staff', 'staff name', 'teacher 1', 'primary teacher', 'lead teacher', 'educator', 'faculty'] },
    { field: 'coTeacher', synonyms: ['co teacher', 'coteacher', 'co teachers', 'teacher 2', 'second teacher', 'additional teacher', 'co instructor', 'instructor 2', 'support teacher'] },
    { field: 'enrollment', synonyms: ['enrolled', 'enrollment', 'enrolment', 'seats filled', 'class size', 'count', 'students', 'number of students', 'student count', 'no of students', 'size', 'total enrolled', 'headcount'] },
    { field: 'grade', synonyms: ['grade', 'grade level', 'grades', 'gr', 'year', 'year group', 'grade or class', 'form', 'level'] },
    // Student groups ("8A", "11E"). "Class", "Form" and "Grade or class" columns become the group by content (groupColumns.ts).
    { field: 'classGroup', synonyms: ['class group', 'student group', 'teaching group', 'tutor group', 'form group', 'registration group', 'reg group', 'homeroom class'] },
    { field: 'period', synonyms: ['period', 'periods', 'per', 'pd', 'block', 'slot', 'period number', 'bell period'] },
    { field: 'days', synonyms: ['days', 'day', 'meeting days', 'meeting day', 'cycle day', 'cycle days', 'day of week', 'weekday', 'days met', 'day pattern'] },
    { field: 'start', synonyms: ['start', 'start time', 'begin', 'begins', 'from', 'time start', 'begin time'] },
    { field: 'end', synonyms: ['end', 'end time', 'finish', 'ends', 'to', 'time end', 'stop time'] },
    { field: 'minutes', synonyms: ['minutes', 'mins', 'duration', 'length', 'minutes per meeting', 'class minutes', 'duration minutes'] },
    { field: 'term', synonyms: ['term', 'semester', 'sem', 'terms', 'marking period', 'session', 'trimester', 'quarter'] },
    { field: 'room', synonyms: ['room', 'room number', 'room no', 'classroom', 'location'] },
    { field: 'program', synonyms: ['program', 'section type', 'program type', 'class type', 'setting', 'service'] },
    { field: 'activity', synonyms: ['activity', 'type', 'activity type', 'duty', 'assignment', 'event type'] },
    { field: 'teacherLast', synonyms: [...LAST_NAME, 'teacher last name', 'teacher last', 'teacher surname', 'teacher family name'] },
    { field: 'teacherFirst', synonyms: [...FIRST_NAME, 'teacher first name', 'teacher first', 'teacher given name', 'teacher forename'] },
  ],
  joinedFields: [{ field: 'teacher', parts: ['teacherLast', 'teacherFirst'], separator: ', ' }],
};

export const BELL_TABLE: TableDef = {
  kind: 'bell',
  sheetHints: ['bell', 'periods', 'times', 'day schedule', 'timings'],
  minFields: 3,
  fields: [
    { field: 'period', required: true, synonyms: ['period', 'per', 'pd', 'block', 'slot', 'period name'] },
    { field: 'start', required: true, synonyms: ['start', 'start time', 'begin', 'begins', 'from', 'time start'] },
    { field: 'end', required: true, synonyms: ['end', 'end time', 'finish', 'ends', 'to', 'time end'] },
    { field: 'dayType', synonyms: ['day type', 'schedule', 'schedule type', 'day', 'days', 'bell schedule', 'rotation'] },
    { field: 'minutes', synonyms: ['minutes', 'mins', 'duration', 'length'] },
  ],
};

export const STAFF_TABLE: TableDef = {
  kind: 'staff',
  sheetHints: ['staff', 'roster', 'teachers', 'faculty', 'personnel', 'employees'],
  minFields: 2,
  fields: [
    { field: 'name', required: true, synonyms: ['name', 'staff name', 'teacher', 'teacher name', 'employee', 'employee name', 'staff', 'full name', 'staff member'] },
    { field: 'role', synonyms: ['role', 'position', 'job title', 'title', 'assignment', 'job'] },
    { field: 'department', synonyms: ['department', 'dept', 'content area', 'subject'] },
    { field: 'team', synonyms: ['team', 'grade team', 'plc', 'pod', 'house', 'team name'] },
    { field: 'grade', synonyms: ['grade', 'grade level', 'grades'] },
    { field: 'fte', synonyms: ['fte', 'fte count'] },
    { field: 'yearsExperience', synonyms: ['years', 'years experience', 'years of experience', 'experience', 'yrs experience', 'years teaching', 'seniority'] },
    { field: 'lastName', synonyms: [...LAST_NAME, 'staff last name', 'employee last name'] },
    { field: 'firstName', synonyms: [...FIRST_NAME, 'staff first name', 'employee first name'] },
  ],
  joinedFields: [{ field: 'name', parts: ['lastName', 'firstName'], separator: ', ' }],
};

export const ENROLLMENT_TABLE: TableDef = {
  kind: 'enrollment',
  sheetHints: ['enrollment', 'enrolment', 'students by grade', 'demographics', 'profile'],
  minFields: 2,
  fields: [
    // A categories table's label column ("Category | Students") is read through the grade field (parse/enrollment.ts).
    { field: 'grade', required: true, synonyms: ['grade', 'grade level', 'year', 'year group', 'gr', 'category', 'student category', 'enrollment category', 'student group', 'subgroup', 'student subgroup', 'population', 'demographic'] },
    { field: 'students', required: true, synonyms: ['students', 'enrollment', 'enrolment', 'enrolled', 'count', 'total', 'total students', 'number of students', 'headcount'] },
    { field: 'specialEducation', synonyms: ['special education', 'sped', 'swd', 'students with disabilities', 'iep', 'special ed'] },
    { field: 'englishLearners', synonyms: ['english learners', 'el', 'ell', 'els', 'ells', 'english language learners'] },
    { field: 'lowIncome', synonyms: ['free reduced lunch', 'free and reduced lunch', 'frl', 'frpl', 'low income', 'economically disadvantaged', 'poverty'] },
  ],
};

export const STUDENTS_TABLE: TableDef = {
  kind: 'students',
  sheetHints: ['students', 'roster', 'student schedule', 'enrollments'],
  minFields: 2,
  fields: [
    { field: 'studentId', required: true, synonyms: ['student id', 'student', 'student number', 'student no', 'id number', 'pupil id', 'student name'] },
    { field: 'sectionId', required: true, synonyms: ['section', 'section id', 'section number', 'sect', 'class id'] },
    { field: 'grade', synonyms: ['grade', 'grade level', 'year'] },
  ],
};

/** Every table kind the engine reads, budget included (its definition belongs to the budget module). */
export const TABLE_DEFS: TableDef[] = [SCHEDULE_TABLE, BELL_TABLE, STAFF_TABLE, ENROLLMENT_TABLE, STUDENTS_TABLE, BUDGET_TABLE];
