import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Opens an .xlsx in LibreOffice headless and saves it again as .xlsx, as a user who opened the output in LibreOffice
 * and pressed Save; returns the re-saved file (in `workDir`/lo, same name). A private profile under `workDir`: another
 * LibreOffice may hold the default one. soffice missing is a failure, never a skip.
 */
export async function resavedByLibreOffice(file: string, workDir: string): Promise<string> {
  const outDir = path.join(workDir, 'lo');
  await run('soffice', [`-env:UserInstallation=file://${path.join(workDir, 'lo-profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, file], {
    timeout: 110_000,
  });
  return path.join(outDir, path.basename(file));
}
