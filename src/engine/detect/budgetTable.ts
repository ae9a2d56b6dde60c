import type { TableDef } from './fieldTypes';

// OWNER: budget helper. How a budget sheet is recognised: line items, position rosters, program allocations.
export const BUDGET_TABLE: TableDef = {
  kind: 'budget',
  sheetHints: ['budget', 'position', 'allocation', 'ledger', 'expenditure'],
  minFields: 2,
  fields: [
    { field: 'fund', synonyms: ['fund', 'funding source', 'fund source', 'fund name', 'fund code'] },
    { field: 'program', synonyms: ['program', 'program name', 'program code'] },
    { field: 'account', synonyms: ['account', 'object code', 'object', 'account code', 'job code'] },
    { field: 'accountDescription', synonyms: ['account description', 'object description', 'object name'] },
    { field: 'description', synonyms: ['description', 'line item', 'item', 'position', 'position description'] },
    { field: 'jobTitle', synonyms: ['job title', 'title', 'position title', 'job'] },
    { field: 'fte', synonyms: ['fte', 'fte count', 'positions'] },
    { field: 'amount', synonyms: ['amount', 'budget', 'total', 'total cost', 'budgeted amount', 'allocation', 'cost'] },
    { field: 'salary', synonyms: ['salary', 'annual salary', 'fte annual salary', 'base salary'] },
    { field: 'benefits', synonyms: ['benefits', 'annual benefit cost', 'benefit cost', 'fringe'] },
    { field: 'positionId', synonyms: ['position id', 'position number', 'position no'] },
  ],
};
