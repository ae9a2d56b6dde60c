// The What If's public face: the engine builds it in review() (whatIf on the result); the pane and the CLI read it
// here and try inputs with evaluateWhatIf.

export type { WhatIf, WhatIfLever, WhatIfOptionSet, WhatIfResult } from './types';
export { evaluateWhatIf } from './evaluate';
export { whatIfSheet } from './whatIfSheet';
export type { TypedWhatIfInput } from './keptInputs';
export { typedNumber, type TypedInput } from './typedNumber';
