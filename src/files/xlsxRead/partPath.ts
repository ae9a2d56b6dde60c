/**
 * A workbook relationship's target ("worksheets/sheet1.xml", "./worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml")
 * → its part path in the package ("xl/worksheets/sheet1.xml"). Targets are relative to xl/ unless they start with
 * "/"; "." and ".." segments are resolved as OPC resolves them. Leading white space is dropped, as exceljs drops it.
 * Called by relationships.ts, the one reader of the workbook's relationships.
 */
export function partPath(written: string): string {
  const target = written.trimStart();
  if (target.startsWith('/')) return target.slice(1);
  const resolved: string[] = [];
  for (const p of `xl/${target}`.split('/')) {
    if (p === '..') resolved.pop();
    else if (p !== '.' && p !== '') resolved.push(p);
  }
  return resolved.join('/');
}
