import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCaseStudies } from '../../src/casestudies';
import { writeCaseStudy } from '../../scripts/generate-case-studies';
import { CASE_STUDY_DIR } from './reviewCaseStudy';

describe('case-study generator', () => {
  it('builds the same schools on every run, each documented as fictional', () => {
    const first = buildCaseStudies();
    expect(buildCaseStudies()).toEqual(first);
    for (const study of first) {
      expect(study.sheets[0].name).toBe('About this case study');
      expect(String(study.sheets[0].rows[1][0])).toContain('FICTIONAL');
    }
  });

  it('the committed workbooks are current and small', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'case-studies-'));
    try {
      for (const study of buildCaseStudies()) {
        const fresh = readFileSync(await writeCaseStudy(study, dir));
        const committed = readFileSync(join(CASE_STUDY_DIR, study.fileName));
        expect(committed.length).toBeLessThan(300 * 1024);
        expect(fresh.equals(committed)).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
