/** Typed error codes and the Result value that crosses every boundary (IPC, CLI, services). */

/** Every error code the app can report. Renderer messages are keyed by these. */
export const ERROR_CODES = [
  'validation',
  'not-found',
  'duplicate',
  'conflict',
  'db-newer-version',
  'db-locked',
  'db-corrupt',
  'key-missing',
  'key-locked',
  'io',
  'output-refused',
  'cancelled',
  'internal',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A problem with one input field, in both languages. */
export interface FieldIssue {
  field: string;
  en: string;
  zh: string;
}

/** An error as a value: `code` for programs, `message` for people, `fields` for forms. */
export interface AppError {
  code: ErrorCode;
  message: string;
  messageZh?: string;
  fields?: FieldIssue[];
}

/** Success with a value, or failure with an {@link AppError}. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Builds a successful Result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Builds a failed Result. */
export const err = <T = never>(error: AppError): Result<T> => ({ ok: false, error });

/** An exception that carries an {@link AppError}; services throw it, dispatch turns it into a Result. */
export class AppFailure extends Error {
  readonly appError: AppError;
  constructor(appError: AppError) {
    super(appError.message);
    this.name = 'AppFailure';
    this.appError = appError;
  }
}

/** Throws an {@link AppFailure} with the given code and bilingual message. */
export function fail(code: ErrorCode, message: string, messageZh?: string, fields?: FieldIssue[]): never {
  throw new AppFailure({ code, message, ...(messageZh ? { messageZh } : {}), ...(fields ? { fields } : {}) });
}
