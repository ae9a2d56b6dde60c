import type { Flag } from '../types';
import { orderFlags } from './flagOrder';

function flag(id: string, measure: string, severity: Flag['severity'], countedIn?: string): Flag {
  return {
    id,
    severity,
    measure,
    finding: '',
    value: 0,
    threshold: 0,
    source: '',
    rows: [],
    ...(countedIn ? { lever: { text: '', cost: 0, countedIn } } : {}),
    settings: [],
    principle: 1,
  };
}

describe('orderFlags', () => {
  it('keeps a measure together under its most severe finding, the school-wide flag before its teams', () => {
    const ordered = orderFlags([
      flag('counselor-ratio', 'Students per counselor', 'warning'),
      flag('collaboration:Art', 'Common planning', 'info', 'collaboration:school'),
      flag('core-load:English', 'Core teacher student-load', 'critical'),
      flag('collaboration:English', 'Common planning', 'warning', 'collaboration:school'),
      flag('collaboration:school', 'Common planning', 'critical'),
      flag('coach-spending', 'Coach spending per teacher', 'info'),
    ]);
    // Common planning and core load both have a critical: by measure name; then the warnings' measure, then info.
    expect(ordered.map((f) => f.id)).toEqual([
      'collaboration:school',
      'collaboration:English',
      'collaboration:Art',
      'core-load:English',
      'counselor-ratio',
      'coach-spending',
    ]);
  });
});
