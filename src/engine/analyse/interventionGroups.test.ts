import type { ClassSizeRow } from '../types';
import { literacyInterventionGroups } from './classSize';

const row = (course: string, subject: string, enrollment: number, adults = 1): ClassSizeRow => ({
  sectionId: course, course, subject, program: 'general', teachers: ['T'], enrollment, adults, groupSize: enrollment / adults, source: { sheet: 'S', firstRow: 2, lastRow: 2 },
});

describe('literacy intervention group size', () => {
  it('averages students per adult over literacy sections that name an intervention', () => {
    const groups = literacyInterventionGroups([
      row('Reading Intervention 6', 'ELA', 16, 2), // 8 per adult
      row('Tier 2 Reading', 'ELA', 10), // 10
      row('English 6', 'ELA', 30), // not an intervention
      row('Math Intervention', 'Math', 12), // not literacy
    ]);
    // (8 + 10) / 2 = 9.
    expect(groups).toEqual({ sections: 2, averageGroupSize: 9 });
    expect(literacyInterventionGroups([row('English 6', 'ELA', 30)])).toBeNull();
  });
});
