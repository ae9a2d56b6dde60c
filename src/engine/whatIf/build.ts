import type { Flag, ReviewResult, Thresholds } from '../types';
import { median, round } from '../analyse/stats';
import { primaryTeams } from '../analyse/collaboration';
import { lockedDollars } from '../analyse/budget';
import { formatFte, formatMoney } from '../practice/scheduleLevers';
import { COLLABORATION_SCHOOL_ID } from '../practice/timeFlags';
import type { WhatIfFacts } from './facts';
import type { WhatIf, WhatIfFigure, WhatIfFigureId, WhatIfLever, WhatIfLeverId, WhatIfOptionSet } from './types';
import { evaluateWhatIf } from './evaluate';
import { practiceOf } from './resultFormulas';

// The What If from the review: the baseline (the review's own figures, each with the result sheet it comes from),
// one lever per finding the review made, starting at the value that meets recommended practice, and the option sets.
// Every number that a lever's money rests on is the engine's own: the Flags' levers (cover for the teams, the aide
// ratio, the locked reduction, the sections merged) and the budget's prices.

const SUMMARY = 'Summary';
const CLASS_SIZE = 'Class Size';
const TEACHER_LOAD = 'Teacher Load';
const BUDGET = 'Budget by Use';
const FLAGS = 'Flags';
const COLLABORATION = 'Collaboration';
const TABLES_READ = 'Tables Read';

export function buildWhatIf(result: ReviewResult, facts: WhatIfFacts, thresholds: Thresholds): WhatIf | null {
  const baseline = baselineOf(result, facts);
  const value = (id: WhatIfFigureId) => baseline.find((f) => f.id === id)?.value ?? null;
  const { levers, absent } = leversOf(result, facts, thresholds, value);
  if (levers.length === 0) return null;
  const partial: WhatIf = {
    baseline,
    levers,
    results: [],
    optionSets: [],
    absent,
    practice: practiceOf(thresholds),
  };
  const start = Object.fromEntries(levers.map((l) => [l.id, l.start]));
  return {
    ...partial,
    results: evaluateWhatIf(partial, start),
    optionSets: optionSetsOf(partial, thresholds).map((set) => {
      const results = evaluateWhatIf(partial, set.inputs);
      return { ...set, results, netCost: results.find((r) => r.id === 'netCost')?.value ?? null };
    }),
  };
}

function baselineOf(result: ReviewResult, facts: WhatIfFacts): WhatIfFigure[] {
  const k = result.keyFigures;
  const b = result.budget;
  // A use with no line is not in this budget (a position roster without coach or PD lines is no evidence of $0), as
  // the budget's own coach and PD figures read it.
  const use = (name: string) => b?.byUse.find((u) => u.use === name && u.lines > 0);
  const owner = coverOwner(result.flags);
  const tier = (name: string) => b?.byTier?.find((t) => t.tier === name)?.amount ?? null;
  const minutes = median(result.collaboration.map((t) => t.commonMinutesPerWeek).filter((m): m is number => m !== null));
  const figure = (id: WhatIfFigureId, label: string, value: number | null | undefined, unit: WhatIfFigure['unit'], source: string): WhatIfFigure => ({
    id,
    label,
    value: value ?? null,
    unit,
    source,
  });
  const budgetFigure = (value: number | undefined | null) => (b ? (value ?? null) : null);
  // A budget that names no fund or program cannot tell locked money from the rest (lockedShare is null): its locked
  // dollars are unknown, not $0.
  const lockedFigure = (value: number | null) => (b && b.lockedShare !== null ? value : null);
  return [
    figure('students', 'Students', k.students, 'integer', SUMMARY),
    figure('coreSections', 'Core sections (with an enrollment)', facts.coreSections || null, 'integer', CLASS_SIZE),
    figure('coreSeats', 'Seats in core sections', facts.coreSections ? facts.coreSeats : null, 'integer', CLASS_SIZE),
    // To a tenth, as the Class Size sheet shows averages: the input beside it and every formula read the same figure.
    figure('coreClassSize', 'Average core class size', facts.coreSections ? round(facts.coreSeats / facts.coreSections, 1) : null, 'number', CLASS_SIZE),
    figure('sectionsPerTeacher', 'Sections a full-time teacher teaches (median)', facts.sectionsPerTeacher, 'number', TEACHER_LOAD),
    figure('medianCoreLoad', 'Median core teacher load', k.medianCoreLoad, 'integer', SUMMARY),
    figure('highestCoreLoad', 'Highest core teacher load', k.highestCoreLoad, 'integer', SUMMARY),
    figure('teacherFte', 'Teacher FTE in the budget', b && b.teacherFte !== null && b.teacherFte > 0 ? b.teacherFte : null, 'number', BUDGET),
    figure('averageTeacherCost', 'Average teacher cost', budgetFigure(b?.averageTeacherCost), 'currency', BUDGET),
    figure('periodsInDay', 'Periods in the day (bell schedule)', facts.periodsInDay, 'integer', TABLES_READ),
    figure('commonMinutesPerTeam', 'Common minutes a week per team (median)', minutes, 'minutes', COLLABORATION),
    figure('teamsWithoutBlock', owner ? `Teams without a weekly common block (priced under ${owner.measure} on Flags)` : 'Teams without a weekly common block', owner ? teamsWithoutBlock(result, owner) : null, 'integer', FLAGS),
    // The Flags' cost leaves out teams a schedule change serves at no cost; the cover for all of them is beside it.
    figure('coverCost', 'Cover for all of them, a year', owner?.lever?.coverForAll ?? owner?.lever?.cost ?? null, 'currency', FLAGS),
    // So that cover is priced at the teams' own shares: first the teams no schedule change serves (the Flags' cost),
    // then, when more are covered, those the review's no-cost search serves.
    figure('teamsServedAtNoCost', "Of them, teams a schedule change serves at no cost (the review's search)", owner ? teamsServedAtNoCost(result, owner).length : null, 'integer', FLAGS),
    figure('coverForTheRest', 'Cover for the teams no schedule change serves, a year', owner?.lever?.cost ?? null, 'currency', FLAGS),
    figure('counselorFte', 'Counselor FTE', budgetFigure(facts.counselors.fte), 'number', BUDGET),
    figure('counselorCost', 'Counselors’ cost', budgetFigure(facts.counselors.amount), 'currency', BUDGET),
    figure('aideFte', 'Special-education aide FTE', budgetFigure(facts.spedAides.fte), 'number', BUDGET),
    figure('aideCost', 'Special-education aides’ cost', budgetFigure(facts.spedAides.amount), 'currency', BUDGET),
    figure('spedStudents', 'Special-education students', k.need?.specialEducation, 'integer', TABLES_READ),
    figure('coachFte', 'Coach FTE', budgetFigure(use('Coaches')?.fte), 'number', BUDGET),
    figure('coachCost', 'Coaches’ cost', budgetFigure(use('Coaches')?.amount), 'currency', BUDGET),
    figure('pdDollars', 'Professional development (PD lines)', budgetFigure(use('Professional development')?.amount), 'currency', BUDGET),
    figure('lockedDollars', 'Locked (restricted) dollars', b ? lockedDollars(b) : null, 'currency', BUDGET),
    figure('lockedCompliance', 'Locked dollars in compliance positions', lockedFigure(facts.lockedCompliance), 'currency', FLAGS),
    figure('discretionaryDollars', 'Site-discretionary dollars', discretionary(tier('discretionary'), tier('unknown')), 'currency', BUDGET),
  ];
}

/**
 * Site-discretionary dollars by the fund rules; null when no line is known to be discretionary while some money's fund
 * no rule names, since that money may be the school's to direct (unknown, not $0).
 */
function discretionary(known: number | null, unknownTier: number | null): number | null {
  if (known === null) return null;
  return known === 0 && (unknownTier ?? 0) > 0 ? null : known;
}

/** The flag whose lever prices cover for the teams without a block: the school-wide flag, or a lone team's own. */
function coverOwner(flags: readonly Flag[]): Flag | undefined {
  const school = flags.find((f) => f.id === COLLABORATION_SCHOOL_ID);
  if (school) return school;
  return flags.find((f) => f.id.startsWith('collaboration:') && f.lever && f.lever.countedIn === undefined);
}

/** The teams the owner's cover sums: the school-wide flag sums one kind of team (each teacher covered once). */
function teamsWithoutBlock(result: ReviewResult, owner: Flag): number {
  if (owner.id !== COLLABORATION_SCHOOL_ID) return 1;
  const flagged = new Set(result.flags.filter((f) => f.lever?.countedIn === COLLABORATION_SCHOOL_ID).map((f) => f.id));
  return primaryTeams(result.collaboration.filter((t) => flagged.has(`collaboration:${t.team}`))).length;
}

/**
 * The owner's teams a schedule change gives the block at no cost, so their Flags' row prices $0: the review's no-cost
 * search (result.noCostBlocks) or periods already free in pieces. Each with the change in words.
 */
function teamsServedAtNoCost(result: ReviewResult, owner: Flag): { team: string; change: string }[] {
  const counted = owner.id === COLLABORATION_SCHOOL_ID ? result.flags.filter((f) => f.lever?.countedIn === COLLABORATION_SCHOOL_ID) : [owner];
  const costOf = new Map(counted.map((f) => [f.id, f.lever?.cost]));
  return primaryTeams(result.collaboration.filter((t) => costOf.has(`collaboration:${t.team}`)))
    .filter((t) => costOf.get(`collaboration:${t.team}`) === 0)
    .map((t) => ({
      team: t.team,
      change: result.noCostBlocks?.find((o) => o.team === t.team && o.found)?.summary ?? 'putting together periods it is already free in, in pieces',
    }));
}

type Value = (id: WhatIfFigureId) => number | null;

function leversOf(result: ReviewResult, facts: WhatIfFacts, t: Thresholds, value: Value): { levers: WhatIfLever[]; absent: NonNullable<WhatIf['absent']> } {
  const levers: WhatIfLever[] = [];
  const absent: NonNullable<WhatIf['absent']> = [];
  const flag = (id: string) => result.flags.find((f) => f.id === id);
  const missing = (id: WhatIfLeverId, label: string, why: string) => absent.push({ id, label, why });

  // Core loads: class size and sections per teacher, from the core-load findings.
  const coreFlags = result.flags.filter((f) => f.id.startsWith('core-load:'));
  const c0 = value('coreClassSize');
  const s0 = value('sectionsPerTeacher');
  const highest = value('highestCoreLoad');
  if (coreFlags.length && c0 && s0 && highest) {
    const flagged = coreFlags.reduce((s, f) => s + (f.lever?.cost ?? 0), 0);
    levers.push({
      id: 'coreClassSize',
      label: 'Average core class size',
      unit: 'number',
      current: c0,
      start: Math.floor(((c0 * t.coreLoadWarn) / highest) * 2) / 2,
      note:
        `${grouped(facts.coreSeats)} seats in ${grouped(facts.coreSections)} core sections today. Every core class grows or shrinks by the same share, ` +
        `so each core teacher's load scales with it; the sections it takes are priced at this budget's average teacher cost. ` +
        `It starts where the highest load (${highest}) comes to ${t.coreLoadWarn}. ` +
        (flagged > 0 ? `The Flags' core-load levers shrink only the flagged teachers' classes: ${formatMoney(flagged)} in all.` : ''),
      flagId: coreFlags[0].id,
      min: 1,
      max: Math.ceil(c0) + 10,
      step: 0.5,
    });
    levers.push({
      id: 'sectionsPerCoreTeacher',
      label: 'Sections per core teacher',
      unit: 'number',
      current: s0,
      start: s0,
      note:
        `Sections a full-time teacher teaches here (the median, ${s0}). More sections each needs fewer teachers but raises every ` +
        `load by the same share; a contract usually sets the most a teacher teaches.`,
      flagId: coreFlags[0].id,
      min: 1,
      max: Math.max(facts.periodsInDay ?? 0, Math.ceil(s0) + 2),
      step: 0.5,
    });
  } else {
    const why = coreFlags.length
      ? 'no core seats or sections a teacher teaches to work from'
      : result.school.level === 'elementary'
        ? "an elementary teacher's load is the class, so there is no core-load finding"
        : `no core teacher carries more than ${t.coreLoadWarn} students`;
    missing('coreClassSize', 'Average core class size', why);
    missing('sectionsPerCoreTeacher', 'Sections per core teacher', why);
  }

  // Common planning: cover for the teams without a weekly block, or a schedule change at no cost.
  const owner = coverOwner(result.flags);
  const teams = value('teamsWithoutBlock');
  const block = t.collaborationBlockMinutes;
  if (owner && teams) {
    const cost = value('coverCost');
    // Teams the review's search gives the block by a schedule change start there, at no cost; cover starts for the rest.
    const found = teamsServedAtNoCost(result, owner);
    const aligned = Math.min(value('teamsServedAtNoCost') ?? 0, teams);
    levers.push({
      id: 'teamsCovered',
      label: `Teams given a weekly ${block}-minute block by paid cover`,
      unit: 'integer',
      current: 0,
      start: teams - aligned,
      note:
        `Of the ${teams} teams without one${aligned ? `, less the ${aligned} a schedule change serves at no cost (next lever)` : ''}. ` +
        `Cover = members × (${block} − longest common block) minutes a week, ` +
        (cost === null
          ? 'which this budget cannot price (no average teacher cost or no minutes).'
          : `${formatMoney(cost)} a year for all ${teams} at this budget's average teacher cost (the Flags' ${owner.id} lever)` +
            (aligned === teams
              ? `; a schedule change serves ${teams === 1 ? 'it' : `all ${teams}`} at no cost, so cover starts at 0 (covering instead costs this).`
              : aligned
                ? `. The ${teams - aligned} no schedule change serves are covered first, each at the average of the ${formatMoney(value('coverForTheRest') ?? 0)} ` +
                  `the Flags price them at; then any of the ${aligned} a schedule change could serve, each at the average of the other ${formatMoney(cost - (value('coverForTheRest') ?? 0))}.`
                : "; each team counts at the average team's share.")),
      flagId: owner.id,
      min: 0,
      max: teams,
      step: 1,
    });
    levers.push({
      id: 'alignedSchedule',
      label: `Teams given the block by a schedule change (no cost)`,
      unit: 'integer',
      current: 0,
      start: aligned,
      note:
        "Teams whose free periods a new timetable lines up into one block: it moves classes, not money. " +
        (aligned
          ? `The review found such a change for ${found.map((o) => `${o.team} (${o.change})`).join('; ')} (the Flags' rows say how), so it starts at ${aligned}. `
          : "The review's search found no such change within its bounds (each team's row on the Flags says why). ") +
        'Whether the timetable can do it is the scheduler’s call; each team given the block this way needs no cover.',
      flagId: owner.id,
      min: 0,
      max: teams,
      step: 1,
    });
  } else {
    const why = `every team has a weekly ${block}-minute common block, or none can be judged`;
    missing('teamsCovered', 'Teams given a weekly block by paid cover', why);
    missing('alignedSchedule', 'Teams given the block by a schedule change', why);
  }

  // Counselors.
  const counselor = flag('counselor-ratio');
  const x0 = value('counselorFte');
  if (counselor && counselor.lever?.fte !== undefined && x0 !== null) {
    levers.push({
      id: 'counselorFte',
      label: 'Counselor FTE',
      unit: 'number',
      current: x0,
      start: round2(x0 + counselor.lever.fte),
      note:
        `${formatFte(x0)} FTE for ${grouped(value('students') ?? 0)} students today; ASCA recommends at most ${t.studentsPerCounselorMax} students per counselor. ` +
        (x0 > 0 ? "Priced at this budget's own cost per counselor." : 'The budget has no counselor to price one with, so the cost is not computed.'),
      flagId: counselor.id,
      min: 0,
      max: Math.max(1, Math.ceil((x0 + counselor.lever.fte) * 2)),
      step: 0.1,
    });
  } else missing('counselorFte', 'Counselor FTE', `the counselors meet the ratio of ${t.studentsPerCounselorMax} students, or the budget or enrollment cannot tell`);

  // Special-education aides above the ratio.
  const aides = flag('sped-aides');
  const y0 = value('aideFte');
  const sped = value('spedStudents');
  if (aides && aides.lever?.fte !== undefined && y0 && sped) {
    // The FTE at the ratio, to the hundredth below it (the flag's fte, rounded to a hundredth, can fall just short of
    // the ratio: 4 − 0.33 = 3.67 aides is 11.99 students each), and no lower than the scale-back's floor.
    const atRatio = Math.floor((sped / t.spedStudentsPerAideMin) * 100) / 100;
    const floor = Math.ceil(y0 * (1 - t.spedAideReductionShare) * 100) / 100;
    levers.push({
      id: 'aideFte',
      label: 'Special-education aide FTE',
      unit: 'number',
      current: y0,
      start: Math.max(atRatio, floor),
      note:
        `It starts at ${t.spedStudentsPerAideMin} special-education students per aide, no more than the ${t.spedAideReductionShare * 100}% scale-back ERS ` +
        `proposed. Priced at this budget's own cost per aide. Aides are often written into students' IEPs: a change follows each IEP meeting, ` +
        'over several years, and IDEA money stays in special education.',
      flagId: aides.id,
      min: 0,
      max: Math.ceil(y0 * 2),
      step: 0.1,
    });
  } else missing('aideFte', 'Special-education aide FTE', `no finding of fewer than ${t.spedStudentsPerAideMin} special-education students per aide`);

  // Coaches: their finding is about time, so the lever starts where they are.
  const coaching = flag('coaching-without-common-time') ?? flag('coach-spending');
  const z0 = value('coachFte');
  if (coaching && z0) {
    levers.push({
      id: 'coachFte',
      label: 'Coach FTE',
      unit: 'number',
      current: z0,
      start: z0,
      note:
        `${formatMoney(value('coachCost') ?? 0)} for ${formatFte(z0)} coach FTE today. Coaching pays off in teams' weekly common time, so it starts ` +
        "where it is: the finding asks for the teams' time, not more or fewer coaches. Priced at this budget's own cost per coach.",
      flagId: coaching.id,
      min: 0,
      max: Math.ceil(z0 * 2) + 1,
      step: 0.1,
    });
  } else missing('coachFte', 'Coach FTE', 'no coaching finding (no coach FTE in the budget)');

  // Professional development.
  const pd = flag('pd-without-collaboration') ?? flag('pd-spending');
  const p0 = value('pdDollars');
  if (pd && p0 !== null) {
    levers.push({
      id: 'pdDollars',
      label: 'PD dollars',
      unit: 'currency',
      current: p0,
      start: p0,
      note:
        `The PD lines today. PD pays off in weekly team time (ERS); it starts where it is, and money moved out of PD counts as freed. ` +
        'Money from grants stays with what its grant allows.',
      flagId: pd.id,
      min: 0,
      max: Math.max(10000, Math.ceil((p0 * 3) / 1000) * 1000),
      step: 1000,
    });
  } else missing('pdDollars', 'PD dollars', 'no PD finding (no PD line in the budget)');

  // Locked money in compliance positions, redirected within its funds' rules.
  const locked = flag('locked-compliance');
  const whole = value('lockedCompliance');
  if (locked && locked.lever?.freed && whole) {
    levers.push({
      id: 'lockedRedirected',
      label: 'Locked dollars redirected to teaching',
      unit: 'currency',
      current: 0,
      start: locked.lever.freed,
      note:
        `Of ${formatMoney(whole)} of locked money in program-management and compliance positions. It starts at the ${t.complianceReductionShare * 100}% ` +
        "reduction ERS proposed for LAUSD; the money stays within its funds' rules (Title I supplements, not supplants; mandated " +
        "positions need negotiation): see the Flags' locked-compliance lever.",
      flagId: locked.id,
      min: 0,
      max: whole,
      step: 1000,
    });
  } else missing('lockedRedirected', 'Locked dollars redirected', 'no locked money funds compliance positions');

  // Small sections merged.
  const small = flag('small-sections');
  if (small && small.lever?.sections && small.lever.freed) {
    levers.push({
      id: 'sectionsMerged',
      label: 'Small sections merged',
      unit: 'integer',
      current: 0,
      start: small.lever.sections,
      note:
        `Sections freed by merging small sections of the same course (at most ${small.lever.sections}, by the Flags' small-sections lever); ` +
        "each frees a section's share of a teacher at this budget's average teacher cost.",
      flagId: small.id,
      min: 0,
      max: small.lever.sections,
      step: 1,
    });
  } else missing('sectionsMerged', 'Small sections merged', 'no two small sections of the same course to merge');

  return { levers, absent };
}

function optionSetsOf(whatIf: WhatIf, t: Thresholds): Omit<WhatIfOptionSet, 'results' | 'netCost'>[] {
  const has = (id: WhatIfLeverId) => whatIf.levers.some((l) => l.id === id);
  const lever = (id: WhatIfLeverId) => whatIf.levers.find((l) => l.id === id)!;
  const today = Object.fromEntries(whatIf.levers.map((l) => [l.id, l.current ?? l.start]));
  const atStart = (ids: WhatIfLeverId[]) => Object.fromEntries(ids.filter(has).map((id) => [id, lever(id).start]));
  const core = has('coreClassSize');
  const cover = has('teamsCovered');
  const sets: Omit<WhatIfOptionSet, 'results' | 'netCost'>[] = [];
  if (core) sets.push({ id: 'lowerCoreLoads', label: `Lower core loads to ${t.coreLoadWarn}`, inputs: { ...today, ...atStart(['coreClassSize']) } });
  if (cover) {
    sets.push({ id: 'blockForEveryTeam', label: `A weekly ${t.collaborationBlockMinutes}-minute block for every team`, inputs: { ...today, ...atStart(['teamsCovered', 'alignedSchedule']) } });
  }
  const funding = (['aideFte', 'lockedRedirected', 'sectionsMerged'] as WhatIfLeverId[]).filter(has);
  if ((core || cover) && funding.length) {
    const sources = [has('aideFte') ? 'aides above the ratio' : '', has('lockedRedirected') ? 'redirected locked money' : '', has('sectionsMerged') ? 'merged small sections' : ''].filter(Boolean);
    const from = sources.length > 1 ? `${sources.slice(0, -1).join(', ')} and ${sources[sources.length - 1]}` : sources[0];
    sets.push({
      id: 'fundBoth',
      label: `Fund ${core && cover ? 'both' : 'it'} from ${from}`,
      inputs: { ...today, ...atStart(['coreClassSize', 'teamsCovered', 'alignedSchedule', ...funding]) },
    });
  }
  return sets;
}

/** A count with thousands separators, as the sheets write money: "2,486". */
function grouped(n: number): string {
  return formatMoney(n).replace('$', '');
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
