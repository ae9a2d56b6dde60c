import type { CaseCell, CaseSheet } from './model';
import type { Prng } from './prng';

// Pieces every case study shares: people's names, the budget sheet as a district prints it, the About sheet.

export const DISTRICT = 'Riverbend Unified School District (fictional)';
export const FISCAL_YEAR = '2026-27';

const FIRST = [
  'Maria', 'James', 'Aisha', 'Daniel', 'Mei', 'Carlos', 'Grace', 'Samuel', 'Priya', 'Luis', 'Hannah', 'Omar', 'Rosa',
  'Ethan', 'Leila', 'Marcus', 'Naomi', 'Victor', 'Elena', 'Tomas', 'Keisha', 'Andre', 'Yuki', 'Fatima', 'Jorge',
  'Claire', 'Dmitri', 'Imani', 'Kevin', 'Lucia', 'Noah', 'Olivia', 'Rahul', 'Sofia', 'Tariq', 'Vanessa', 'Wendell',
];
const LAST = [
  'Alvarez', 'Brooks', 'Chen', 'Delgado', 'Edwards', 'Fischer', 'Garcia', 'Hughes', 'Ibrahim', 'Jackson', 'Kim',
  'Lopez', 'Mendoza', 'Nguyen', 'Okafor', 'Patel', 'Quinn', 'Ramirez', 'Santos', 'Thompson', 'Umeh', 'Vargas',
  'Washington', 'Xu', 'Yamamoto', 'Zimmerman', 'Baker', 'Castillo', 'Dunn', 'Flores', 'Greene', 'Herrera', 'Ito',
  'Jimenez', 'Kowalski', 'Lin', 'Morales', 'Novak', 'Ortiz', 'Price', 'Reyes', 'Soto', 'Turner', 'Valdez', 'Wong',
];

/** Unique "Last, First" names drawn from the seeded generator. */
export function nameFactory(prng: Prng): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const name = `${prng.pick(LAST)}, ${prng.pick(FIRST)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

export const OBJECT = {
  teachers: ['1100', "Teachers' Salaries"],
  pupilSupport: ['1200', 'Pupil Support Salaries'],
  administrators: ['1300', "Supervisors' and Administrators' Salaries"],
  otherCertificated: ['1900', 'Other Certificated Salaries'],
  aides: ['2100', "Instructional Aides' Salaries"],
  classified: ['2200', 'Classified Support Salaries'],
  clerical: ['2400', 'Clerical and Office Salaries'],
  supplies: ['4300', 'Materials and Supplies'],
  travel: ['5200', 'Travel and Conferences'],
  services: ['5800', 'Professional/Consulting Services'],
} as const;

export interface BudgetItem {
  fund: string;
  object: readonly [string, string];
  description: string;
  /** null for non-position lines (supplies, services). */
  fte: number | null;
  /** Cost per FTE (salary + benefits at the district's average), or the line's amount when fte is null. */
  cost: number;
  /** Print the amount as text ("$1,234"), as some exports do. */
  amountAsText?: boolean;
}

export function lineAmount(item: BudgetItem): number {
  return Math.round(item.fte === null ? item.cost : item.fte * item.cost);
}

export function dollars(amount: number): string {
  return `$${amount.toLocaleString('en-US')}`;
}

/** The budget as a district's school budget detail report: banner, blank row, header, lines, totals row. */
export function budgetSheet(schoolName: string, items: readonly BudgetItem[]): CaseSheet {
  const rows: CaseCell[][] = items.map((item) => {
    const amount = lineAmount(item);
    return [item.fund, item.object[0], item.object[1], item.description, item.fte, item.amountAsText ? dollars(amount) : amount];
  });
  const fte = Math.round(items.reduce((s, i) => s + (i.fte ?? 0), 0) * 100) / 100;
  const total = items.reduce((s, i) => s + lineAmount(i), 0);
  return {
    name: 'Budget',
    banner: [`${DISTRICT} — School Budget Detail, FY ${FISCAL_YEAR}`, `Location: ${schoolName}`],
    header: ['Fund', 'Object Code', 'Object Description', 'Position / Description', 'FTE', 'Amount'],
    rows,
    totals: ['Total', null, null, null, fte, total],
    currencyColumns: [5],
  };
}

export function aboutSheet(schoolName: string, lines: readonly string[]): CaseSheet {
  return {
    name: 'About this case study',
    header: [],
    text: true,
    rows: [
      [`${schoolName}: a case study for School Resource Review`],
      ['FICTIONAL SCHOOL. Every name, number and record in this workbook is invented for training.'],
      ['It is modelled on the findings of Education Resource Strategies’ 2007 review of Los Angeles Unified'],
      ['(“Strategic Review of District & School Level Resources”), not on any real school or person.'],
      [''],
      ...lines.map((l): CaseCell[] => [l]),
      [''],
      ['Sheets: Budget, Master Schedule, Bell Schedule, Staff Roster, Enrollment' + (lines.some((l) => l.includes('student roster')) ? ', Student Roster.' : '.')],
      ['Generated reproducibly by scripts/generate-case-studies.ts (npm run case-studies).'],
    ],
  };
}

/** Runs of consecutive periods ([first, last]), broken after `lunchAfter`: a class split by lunch is two meetings. */
export function periodRuns(periods: readonly number[], lunchAfter: number): [number, number][] {
  const out: [number, number][] = [];
  for (const p of periods) {
    const last = out[out.length - 1];
    if (last && p === last[1] + 1 && last[1] !== lunchAfter) last[1] = p;
    else out.push([p, p]);
  }
  return out;
}
