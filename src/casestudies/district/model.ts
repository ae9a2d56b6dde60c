import type { SchoolLevel } from '../../engine/types';

// The fictional district's schools as parameters: who they serve, how they are staffed and funded. Each school is
// then built as a district export (district/build.ts). Every name and number is invented for training.

export interface GradeCount {
  grade: string;
  students: number;
}

export interface DistrictSchool {
  /** Folder name under assets/district/. */
  slug: string;
  name: string;
  level: SchoolLevel;
  seed: number;
  grades: GradeCount[];
  /** Shares of the school's students, rounded per grade. */
  specialEducationShare: number;
  englishLearnerShare: number;
  lowIncomeShare: number;
  /** Elementary: largest K-3 class and largest 4-5 class; secondary: largest core class (cohort). */
  k3ClassMax: number;
  upperClassMax: number;
  /** Title I money per free/reduced-lunch pupil ($); 0 = the school's need brings no extra money. */
  titleIPerLowIncomePupil: number;
  /** Instructional coach FTE. */
  coachFte: number;
  /** Professional development dollars (contracts, substitutes for PD days). */
  pdDollars: number;
  /** Secondary: a weekly 90-minute grade-team PLC after the last bell (Wednesdays). */
  weeklyPlc?: boolean;
  newTeacherShare: number;
  /** One or two lines for the README: what a trainer should see. */
  story: string;
}
