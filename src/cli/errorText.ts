import { isOutOfMemory, tooBig } from './inspectInput';

/** An error's message alone: never a stack trace, and something readable for a thrown non-Error. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Why reviewing `source` failed, in words for the user: running out of memory says what to do about it. */
export function reviewFailureText(err: unknown, source: string): string {
  return isOutOfMemory(err) ? tooBig(source).message : errorText(err);
}
