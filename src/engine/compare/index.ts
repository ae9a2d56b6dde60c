// The district resource map (issue 14): many schools' reviews reduced to rows and compared by level, by need and
// under a weighted student formula. Pure, like the rest of the engine.
export { schoolFigures, type SchoolFigures } from './schoolFigures';
export { districtMap, mapOrder, type DistrictMap, type MapInput, type NotCompared } from './mapReport';
export { applyFormula, weightedPupils, validateFormulaSettings, DEFAULT_FORMULA, type FormulaSettings, type GradeBand } from './formula';
export { spread, ranksDescending } from './quartiles';
export { quantileInc } from '../analyse/stats';
export { MAP_FIGURES } from './figures';
