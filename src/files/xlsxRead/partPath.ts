/**
 * A workbook relationship's target ("worksheets/sheet1.xml", "./worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml")
 * → its part path in the package ("xl/worksheets/sheet1.xml"). Targets are relative to xl/ unless they start with
 * "/"; "." and ".." segments are resolved as OPC resolves them. The whole-workbook reader and the single-part reader
 * both call this, so a sheet one of them finds the other finds too.
 */
export function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const resolved: string[] = [];
  for (const p of `xl/${target}`.split('/')) {
    if (p === '..') resolved.pop();
    else if (p !== '.' && p !== '') resolved.push(p);
  }
  return resolved.join('/');
}
