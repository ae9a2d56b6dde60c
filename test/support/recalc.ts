import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

/**
 * Opens an .xlsx in LibreOffice headless with "recalculate on load: always" for OOXML files (Tools > Options >
 * LibreOffice Calc > Formula), saves it again, and returns every formula cell's recalculated value by sheet and
 * address. Without that setting LibreOffice shows the values cached in the file, and a test would only read back
 * what the writer wrote. soffice missing is a failure, never a skip.
 */
export async function recalculatedFormulaValues(file: string, workDir: string): Promise<Map<string, Map<string, unknown>>> {
  const profile = path.join(workDir, 'lo-profile');
  await fs.mkdir(path.join(profile, 'user'), { recursive: true });
  await fs.writeFile(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const outDir = path.join(workDir, 'recalculated');
  await fs.mkdir(outDir, { recursive: true });
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--calc', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, file], {
    timeout: 120_000,
  });
  return formulaResults(await fs.readFile(path.join(outDir, path.basename(file))));
}

/**
 * Each sheet's formula cells and their stored results, read from the file's XML (exceljs reads a stored 0 as no
 * result, so it cannot tell "recalculated to 0" from "not recalculated").
 */
async function formulaResults(xlsx: Buffer): Promise<Map<string, Map<string, unknown>>> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...relsXml.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const bySheet = new Map<string, Map<string, unknown>>();
  for (const [, rawName, rid] of workbookXml.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const name = unescapeXml(rawName);
    const target = targets.get(rid)!.replace(/^\/?(xl\/)?/, '');
    const xml = await zip.file(`xl/${target}`)!.async('string');
    const values = new Map<string, unknown>();
    for (const [, address, attributes, body] of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/gs)) {
      if (!body.includes('<f')) continue;
      const raw = /<v>(.*?)<\/v>/s.exec(body)?.[1];
      const type = /\bt="(\w+)"/.exec(attributes)?.[1] ?? 'n';
      values.set(address, raw === undefined ? null : type === 'n' ? Number(raw) : type === 'b' ? raw === '1' : type === 'e' ? { error: raw } : unescapeXml(raw));
    }
    bySheet.set(name, values);
  }
  return bySheet;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
