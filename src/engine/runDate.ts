/**
 * The run's date as the principal's calendar shows it (YYYY-MM-DD), for the Summary. The caller passes its clock:
 * the engine reads none, so its results stay exact in tests. toISOString() would give tomorrow's date on a late
 * evening in the Americas.
 */
export function localDate(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
