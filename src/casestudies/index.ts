import type { CaseStudy } from './model';
import { elementarySchool } from './elementary';
import { middleSchool } from './middle';
import { highSchool } from './high';

// The three fictional case-study schools for workshops, built from fixed seeds.

export function buildCaseStudies(): CaseStudy[] {
  return [elementarySchool(), middleSchool(), highSchool()];
}

export type { CaseStudy, CaseSheet, CaseCell } from './model';
