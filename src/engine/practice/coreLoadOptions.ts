import type { Lever } from '../types';
import { formatFte, formatMoney, type LeverBasis } from './scheduleLevers';

// Core load is not lowered only by hiring. Beside the priced lever, the options that cost nothing (ERS; seed
// report on teacher load): a teacher who teaches two periods to the same students sees half as many students.

const ELA = /\b(english|ela|language arts|literacy|reading)\b/i;
const SOCIAL_STUDIES = /\b(social studies|history|humanities)\b/i;

/** English / ELA / language arts: the departments NCTE's 100-student figure is written for. */
export function isEnglishDepartment(department: string): boolean {
  return ELA.test(department);
}

/** The cost-neutral options for a department's loads, as one sentence; '' when none applies. */
export function costNeutralLoadOptions(department: string, highestLoad: number, basis: LeverBasis): string {
  const halved = Math.round(highestLoad / 2);
  const options: string[] = [];
  if (ELA.test(department) || SOCIAL_STUDIES.test(department)) {
    options.push(`pairing ELA and social studies in one teacher's two-period class (the same students for both: ${highestLoad} → about ${halved})`);
  }
  options.push(`double-blocking ${ELA.test(department) ? 'ELA' : department} (two periods with one group: ${highestLoad} → about ${halved})`);
  const electives = basis.electiveTeachers;
  if (electives && electives.fte > 0) {
    options.push(
      `moving some of the ${formatFte(electives.fte)} elective/specialist teacher FTE (${formatMoney(electives.cost)} in the budget) into core sections`,
    );
  }
  return `Options that cost nothing: ${options.join('; ')}.`;
}

export function withCostNeutralOptions(lever: Lever, department: string, highestLoad: number, basis: LeverBasis): Lever {
  return { ...lever, text: `${lever.text} ${costNeutralLoadOptions(department, highestLoad, basis)}` };
}
