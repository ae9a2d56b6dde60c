import { SEVERITY_LABEL, severityCounts } from './severity';

describe('severity words', () => {
  it('calls info a note, and counts in those words, most severe first', () => {
    expect(SEVERITY_LABEL).toEqual({ critical: 'critical', warning: 'warning', info: 'note' });
    // 1 critical, 2 warnings, 1 note; "critical" takes no plural, a single warning none either.
    expect(severityCounts(['warning', 'info', 'critical', 'warning'])).toBe('1 critical, 2 warnings, 1 note');
    expect(severityCounts(['critical', 'critical', 'warning'])).toBe('2 critical, 1 warning, 0 notes');
  });
});
