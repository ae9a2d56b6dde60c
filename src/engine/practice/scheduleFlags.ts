import type { Flag, ParsedWorkbook, SchoolLevel, Settings } from '../types';
import type { ScheduleAnalysis } from '../analyse/schedule';
import type { LeverBasis } from './scheduleLevers';
import { coreLoadFlags, newTeachersFlag, prepsFlag } from './teacherFlags';
import { k3ClassSizeFlags, smallSectionsFlag } from './classSizeFlags';
import { collaborationFlags, coreShareFlag, elementaryMinutesFlags } from './timeFlags';
import { annualMinutesFlag } from './instructionalTimeFlags';

/** Flags for the schedule measures in BRIEF.md's defaults table, with levers priced on the basis (leverBasis) given. */
export function scheduleFlags(
  analysis: ScheduleAnalysis,
  parsed: ParsedWorkbook,
  settings: Settings,
  level: SchoolLevel,
  basis: LeverBasis,
): Flag[] {
  return [
    ...coreLoadFlags(analysis.teachers, settings, level, basis, parsed.sections, analysis.everySectionLedAlone),
    ...collaborationFlags(analysis, parsed, settings, basis),
    ...coreShareFlag(analysis.coreShare, parsed, settings, level, analysis.timeBySubject),
    ...elementaryMinutesFlags(analysis.timeBySubject, analysis.coreShare, parsed, settings, level, analysis.subjectBlocks),
    ...k3ClassSizeFlags(analysis.k3Classes, parsed.enrollment, settings, basis),
    ...smallSectionsFlag(analysis.classSizes, settings, basis),
    ...prepsFlag(analysis.teachers, settings, level),
    ...newTeachersFlag(parsed, analysis.teachers, settings),
    ...annualMinutesFlag(analysis.instructionalDay, settings, level),
  ];
}
