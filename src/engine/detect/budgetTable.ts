import type { TableDef } from './fieldTypes';

// How a budget sheet is recognised: line items (fund, account, description, FTE, amount), position rosters (job
// title, FTE, salary, benefits) and program allocations (program, amount). No single field is required: a roster
// has salary and benefits instead of an amount, an allocation has no FTE; parseBudget reports a table without money.
export const BUDGET_TABLE: TableDef = {
  kind: 'budget',
  sheetHints: ['budget', 'position', 'allocation', 'ledger', 'expenditure', 'finance', 'spending'],
  minFields: 2,
  fields: [
    {
      field: 'fund',
      synonyms: ['fund', 'funding source', 'fund source', 'fund name', 'fund code', 'funding', 'source of funds', 'resource', 'resource code', 'revenue source'],
    },
    { field: 'program', synonyms: ['program', 'program name', 'program code', 'program description', 'cost center'] },
    {
      field: 'account',
      synonyms: ['account', 'object code', 'object', 'account code', 'job code', 'account number', 'object number', 'gl account'],
    },
    { field: 'accountDescription', synonyms: ['account description', 'object description', 'object name', 'account name', 'object title'] },
    {
      field: 'description',
      synonyms: ['description', 'line item', 'item', 'position', 'position description', 'line description', 'item description', 'expense description', 'position name'],
    },
    { field: 'jobTitle', synonyms: ['job title', 'title', 'position title', 'job', 'job class', 'job description', 'classification', 'position class'] },
    { field: 'fte', synonyms: ['fte', 'fte count', 'positions', 'budgeted fte', 'fte budgeted', 'fte total'] },
    {
      field: 'amount',
      synonyms: [
        'amount',
        'budget',
        'total',
        'total cost',
        'budgeted amount',
        'allocation',
        'cost',
        'budget amount',
        'total amount',
        'total budget',
        'amount budgeted',
        'extended cost',
        'appropriation',
        'proposed budget',
        'adopted budget',
      ],
    },
    { field: 'salary', synonyms: ['salary', 'annual salary', 'fte annual salary', 'base salary', 'salary amount', 'salaries'] },
    { field: 'benefits', synonyms: ['benefits', 'annual benefit cost', 'benefit cost', 'fringe', 'benefit', 'benefit amount', 'annual benefits', 'fringe benefits'] },
    { field: 'positionId', synonyms: ['position id', 'position number', 'position no'] },
  ],
};
