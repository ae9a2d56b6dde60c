import type { BudgetUseRule, FundRule, FundTier, MoneyUse } from '../types';

// Default rules mapping budget lines to uses of money and funds to tiers (restricted, formula, discretionary),
// in common US district vocabulary. The user sees and edits these lists.
//
// ORDER MATTERS: the first rule that matches wins (see parse/budgetUse.ts). Specific titles therefore come before
// general ones: "Teacher Assistant" (an aide) before "Teacher"; "Assistant Principal, Elementary Instructional
// Specialist" (APEIS, a categorical-program coordinator) before "Assistant Principal"; "Technology Coordinator"
// (operations) before "Coordinator"; "Special Education Teacher" before "Teacher". Code rules (object codes of
// the California account code structure, which many districts share) sit last, as a fallback for lines whose
// words say nothing.

const keywords = (use: MoneyUse, ...words: string[]): BudgetUseRule[] => words.map((match) => ({ match, kind: 'keyword', use }));
const codes = (use: MoneyUse, ...values: string[]): BudgetUseRule[] => values.map((match) => ({ match, kind: 'code', use }));

export const DEFAULT_BUDGET_USE_RULES: BudgetUseRule[] = [
  // Benefit lines of a ledger: costs of positions, spread over the positions they belong to (parse/benefits.ts).
  ...keywords(
    'Benefits',
    'social security',
    'medicare',
    'oasdi',
    'fica',
    'retirement',
    'pension',
    'strs',
    'pers',
    'calstrs',
    'calpers',
    'health and welfare',
    'health benefits',
    'workers compensation',
    'unemployment insurance',
    'employee benefits',
    'fringe benefits',
  ),
  // Aides who do not work in classrooms, before the generic "aide".
  ...keywords('Operations', 'campus aide', 'campus security', 'security aide', 'noon aide', 'yard aide', 'lunch aide'),
  ...keywords('Pupil services', 'health aide', 'health assistant'),
  // Classroom aides next: their titles contain "Teacher", "Bilingual" or "Special Ed".
  ...keywords(
    'Instructional aides',
    'teacher assistant',
    'teacher asst',
    'teacher aide',
    'classroom assist',
    'classroom assistant',
    'instructional assistant',
    'instructional aide',
    'special education assistant',
    'paraprofessional',
    'paraeducator',
    'aide',
  ),
  // Program and compliance coordinators, including LAUSD's APEIS and special-education case managers: before the
  // coaches, whose keywords ("instructional specialist") a compliance title can contain.
  ...keywords(
    'Program management/compliance',
    'apeis',
    // LAUSD's own title for APEIS: its "instructional specialist" must not make it a coach.
    'elementary instructional specialist',
    'categorical program',
    'bilingual coordinator',
    'title i coordinator',
    'program coordinator',
    'compliance',
    'case manager',
    'special svc advocate',
    'special services advocate',
    'iep coordinator',
    'testing coordinator',
    'assessment coordinator',
  ),
  // Stipends and athletic coaching are not instructional coaching: before the coaches' "coach" ("Football Coach
  // stipend", "Stipend - Literacy Coach"). Stipends that pay for teachers' learning stay professional development.
  ...keywords('Professional development', 'collaboration stipend', 'pd stipend', 'professional development stipend', 'training stipend'),
  ...keywords(
    'Other',
    'stipend',
    'extra duty',
    'athletic',
    'athletics',
    'sport',
    'football',
    'basketball',
    'baseball',
    'softball',
    'soccer',
    'volleyball',
    'wrestling',
    'cheer',
    'cheerleading',
  ),
  ...keywords('Coaches', 'instructional coach', 'literacy coach', 'math coach', 'coach', 'instructional specialist', 'teacher leader'),
  ...keywords(
    'Operations',
    'technology coordinator',
    'clerk',
    'secretary',
    'office manager',
    'office assistant',
    'custodian',
    'custodial',
    'plant manager',
    'porter',
    'security',
    'lunchroom',
    'cafeteria',
    'food service',
    'cook',
    'maintenance',
    'utilities',
    'transportation',
    'bus',
  ),
  ...keywords('Leadership', 'principal', 'assistant principal', 'dean', 'head of school', 'director'),
  ...keywords(
    'Professional development',
    'professional development',
    'professional learning',
    'conference',
    'training',
    'workshop',
    'pd',
    'release time',
    'tuition reimbursement',
  ),
  // Books and materials for the library are materials (Other), not the library's staff: before "library" below.
  ...keywords('Other', 'library book', 'library material', 'library supplies'),
  ...keywords(
    'Pupil services',
    'counselor',
    'counsellor',
    'psychologist',
    'social worker',
    'nurse',
    'health services',
    'health office',
    'attendance',
    'librarian',
    'library',
    'community relations',
    'community representative',
    'parent',
    'family',
    'speech',
  ),
  ...keywords(
    'Special-education instruction',
    'special education teacher',
    'special ed teacher',
    'sped teacher',
    'resource specialist',
    'resource teacher',
    'special day class',
    'sdc',
    'rsp',
    'special education',
    'special ed',
    'sped',
    'idea',
  ),
  // Before EL and electives: "English Language Arts" is neither English Language Development nor an art.
  ...keywords('Core classroom teachers', 'language arts'),
  ...keywords(
    'EL instruction',
    'bilingual teacher',
    'eld',
    'esl',
    'esol',
    'english learner',
    'english language learner',
    'english language development',
    'bilingual',
    'title iii',
  ),
  ...keywords(
    'Elective/specialist teachers',
    'military instructor',
    'jrotc',
    'physical education',
    'pe',
    'p e',
    'art',
    'music',
    'band',
    'choir',
    'orchestra',
    'drama',
    'theater',
    'theatre',
    'dance',
    'cte',
    'career technical',
    'world language',
    'foreign language',
    'computer science',
    'elective',
  ),
  ...keywords('Core classroom teachers', 'regular teacher', 'classroom teacher', 'core teacher', 'teacher', 'substitute', 'class size reduction'),
  // Matched on purpose as 'Other': not a use the review analyses, but not unknown either.
  ...keywords('Other', 'supplies', 'materials', 'books', 'equipment', 'software', 'contract', 'field trip'),
  ...codes('Core classroom teachers', '1100'),
  ...codes('Pupil services', '1200'),
  ...codes('Leadership', '1300'),
  ...codes('Instructional aides', '2100'),
  ...codes('Operations', '2200', '2400', '5500'),
  ...codes('Professional development', '5200'),
  ...codes('Other', '4300', '5800'),
  // California object codes 3101-3902: employee benefits (3x01 certificated, 3x02 classified).
  ...codes('Benefits', '3101', '3102', '3201', '3202', '3301', '3302', '3401', '3402', '3501', '3502', '3601', '3602', '3701', '3702', '3901', '3902'),
];

/** Restricted and discretionary are what locked true / false say; only formula money needs its tier named. */
const funds = (tier: FundTier, ...matches: string[]): FundRule[] =>
  matches.map((match) => ({ match, kind: 'keyword', locked: tier === 'restricted', ...(tier === 'formula' ? { tier } : {}) }));

/**
 * Three tiers of money (ERS): restricted (categorical and grant money with rules), unrestricted but allocated by
 * district formula (most of a general fund), and truly site-discretionary. Tried against the fund first, then the
 * program; first match wins, so "Title I" is tested as a whole word and never catches "Title II", and "Lottery
 * (Restricted)" is restricted before plain "Lottery" (California's unrestricted lottery) is formula money. A fund
 * no rule names is unknown, not discretionary. Fund codes decide nothing: in California's account code structure
 * the resource code, not the fund (01 / 010 / 0100 is the general fund, restricted resources included), says
 * whether money is restricted.
 */
export const DEFAULT_FUND_RULES: FundRule[] = [
  ...funds('discretionary', 'discretionary', 'site discretionary', 'school site', 'sba', 'student based', 'school based budget'),
  ...funds(
    'restricted',
    'restricted',
    'restricted lottery',
    'prop 20',
    'title i',
    'title ii',
    'title iii',
    'title iv',
    'idea',
    'special education',
    'special ed',
    'sped',
    'class size reduction',
    'csr',
    'categorical',
    'grant',
    'economic impact aid',
    'eia',
    'state compensatory',
    'gifted',
    'gate',
    'esser',
    'perkins',
    // State and federal programs for particular students or purposes.
    'lap',
    'learning assistance program',
    'transitional bilingual',
    'state bilingual',
    'lcff supplemental',
    'lcff concentration',
    'ases',
    'after school education and safety',
    '21st century',
    'head start',
  ),
  ...funds('formula', 'general fund', 'unrestricted', 'lottery', 'lcff base'),
];
