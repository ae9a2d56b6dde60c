// The rules sheet's name, on its own: the add-in tells its own sheets apart by it while reading the workbook, before
// anyone opens the rules sheet, and should not download the sheet's reader and writer for that (issue 12).
export const RULES_SHEET_NAME = 'Review Rules';
