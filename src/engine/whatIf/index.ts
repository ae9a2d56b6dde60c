// The What If's public face: the engine builds it in review() (whatIf on the result); the pane and the CLI read it
// here and try inputs with evaluateWhatIf.

export type { WhatIf, WhatIfFigure, WhatIfLever, WhatIfOptionSet, WhatIfResult, WhatIfStatus } from './types';
export { evaluateWhatIf } from './evaluate';
export { whatIfSheet, WHAT_IF_SHEET, LEVERS_TABLE, INPUT_COLUMN, INPUT_HEADER, LEVER_ID_COLUMN, LEVER_ID_HEADER } from './whatIfSheet';
export type { TypedInput } from './keptInputs';
