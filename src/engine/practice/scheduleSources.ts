// The recommended practice behind each schedule flag, cited as in BRIEF.md's defaults table. The text travels
// with the flag so a principal can see where a threshold comes from.

export const SCHEDULE_SOURCES = {
  coreLoad:
    'ERS, Strategic Review of LAUSD (2007): 150 or more students makes individual attention "nearly impossible"; ' +
    'NCTE: at most 100 students for English teachers',
  // NCTE's figure is for English teachers: other departments are told it is the warning line applied to them.
  coreLoadOtherSubjects:
    'ERS, Strategic Review of LAUSD (2007): 150 or more students makes individual attention "nearly impossible". ' +
    "The warning line of 100 is NCTE's figure for English teachers, applied here to every core subject (a setting)",
  collaboration:
    'ERS, Strategic Review of LAUSD (2007); ERS, "Finding Time for Collaborative Planning"; ERS DREAM: ' +
    'common planning time of at least one block of 90 consecutive minutes a week per team',
  secondaryCoreShare:
    'ERS, Strategic Review of LAUSD (2007): LAUSD secondary schools spend 36% of time in ELA and math; 33% or less ' +
    'is no prioritization',
  elementaryLiteracyMath:
    'ERS, Strategic Review of LAUSD (2007): elementary schools spend up to 80% of time in literacy and math; ' +
    'common reading-block guidance: 90 minutes of literacy and 60 minutes of math a day',
  k3ClassSize: 'ERS, Strategic Review of LAUSD (2007); California K-3 class-size reduction: 20 students per class',
  smallSections:
    'Cost signal; ERS DREAM: class-size gains come predictably only when class size nears 15, so sections below ' +
    '15 cost money without that gain',
  preps: 'Common scheduling guidance: 4 or more distinct courses a term is a heavy preparation load',
  newTeachers:
    'ERS, Strategic Review of LAUSD (2007): new teachers are concentrated in low-ranked schools; flag over 30% ' +
    'with 1-3 years of experience',
} as const;
