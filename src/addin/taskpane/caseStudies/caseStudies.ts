/** The bundled case studies, as webpack copies them beside taskpane.html. */
export const CASE_STUDIES = [
  { id: 'elementary-school', title: 'Elementary school (K-5)', phrase: 'elementary school (K-5)', path: 'assets/case-studies/elementary-school.xlsx' },
  { id: 'middle-school', title: 'Middle school (6-8)', phrase: 'middle school (6-8)', path: 'assets/case-studies/middle-school.xlsx' },
  { id: 'high-school', title: 'High school (9-12)', phrase: 'high school (9-12)', path: 'assets/case-studies/high-school.xlsx' },
] as const;

export type CaseStudy = (typeof CASE_STUDIES)[number];

/** createWorkbook takes base64; chunked so a large file does not overflow String.fromCharCode's argument list. */
export function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < view.length; i += chunk) {
    binary += String.fromCharCode(...view.subarray(i, i + chunk));
  }
  return btoa(binary);
}
