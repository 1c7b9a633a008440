/** Runs `fn` and returns the AppFailure it throws; anything else (or nothing) fails the test. */
import { AppFailure } from '../../shared/errors';

/** The refusal `fn` throws; `expected` says what the test waited for when nothing was thrown. */
export function failureOf(fn: () => unknown, expected = 'expected a refusal'): AppFailure {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error(expected);
}
