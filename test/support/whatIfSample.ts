// A hand-made What If for the pane's tests, with arithmetic simple enough to check by hand: 560 students taking
// 5 core sections each (2,800 seats), at a class size of 28 today, so 2,800 / (28 × 5) = 20 core FTE; one counselor.
import type { WhatIf, WhatIfResult } from '../../src/engine/whatIf';

export const TEACHER_COST = 70_000;
export const COUNSELOR_COST = 60_000;

/** The results for the inputs, as the engine's evaluateWhatIf would give them for this sample. */
export function evaluateSample(inputs: Record<string, number>): WhatIfResult[] {
  const classSize = inputs['coreClassSize'] ?? 25;
  const counselors = inputs['counselorFte'] ?? 2;
  const fte = 2800 / (classSize * 5);
  const teacherCost = (fte - 20) * TEACHER_COST;
  const perCounselor = counselors > 0 ? 560 / counselors : null;
  const status = perCounselor === null ? '' : perCounselor <= 250 ? 'meets' : perCounselor <= 350 ? 'watch' : 'far from';
  return [
    { id: 'coreTeacherFte', label: 'Core teacher FTE needed', unit: 'number', value: fte },
    { id: 'coreCost', label: 'Cost or money freed (teachers)', unit: 'currency', value: teacherCost, sense: 'cost' },
    { id: 'studentsPerCounselor', label: 'Students per counselor', unit: 'integer', value: perCounselor, recommended: '250 or fewer', status },
    { id: 'netCost', label: 'Net effect on the budget', unit: 'currency', value: teacherCost + (counselors - 1) * COUNSELOR_COST, sense: 'cost' },
  ];
}

export function sampleWhatIf(): WhatIf {
  const start = { coreClassSize: 25, counselorFte: 2 };
  return {
    baseline: [
      { id: 'students', label: 'Students', value: 560, unit: 'integer', source: 'Master Schedule' },
      { id: 'averageTeacherCost', label: 'Average teacher cost', value: TEACHER_COST, unit: 'currency', source: 'Budget' },
    ],
    levers: [
      {
        id: 'coreClassSize',
        label: 'Average core class size',
        unit: 'number',
        current: 28,
        start: 25,
        note: 'Smaller classes need more core teachers.',
        flagId: 'class-size:core',
        min: 15,
        max: 35,
        step: 1,
      },
      { id: 'counselorFte', label: 'Counselor FTE', unit: 'number', current: 1, start: 2, note: 'One counselor for every 250 students.', min: 0, max: 6, step: 0.5 },
    ],
    results: evaluateSample(start),
    optionSets: [
      { id: 'lowerCoreLoads', label: 'Lower core loads to 100', inputs: { 'coreClassSize': 20, 'counselorFte': 1 }, results: evaluateSample({ 'coreClassSize': 20, 'counselorFte': 1 }), netCost: 560_000 },
      { id: 'fundBoth', label: 'Fund it from larger classes', inputs: { 'coreClassSize': 35, 'counselorFte': 2 }, results: evaluateSample({ 'coreClassSize': 35, 'counselorFte': 2 }), netCost: -220_000 },
    ],
    absent: [],
    practice: { coreLoadWarn: 100, coreLoadCritical: 150, studentsPerCounselorMax: 250, spedStudentsPerAideMin: 8, collaborationBlockMinutes: 90, watchBand: 0.4 },
  };
}
