/** The error a cancelled run rejects with; `name` is 'AbortError' like fetch's, so callers can tell it apart. */
export function abortError(): Error {
  const error = new Error('The review was cancelled.');
  error.name = 'AbortError';
  return error;
}
