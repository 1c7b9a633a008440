/** Typed error codes and the Result value that crosses every boundary (IPC, CLI, services). */
import { z } from 'zod';

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
  'feed-refused',
  'network',
  'internal',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A problem with one input field, in both languages. */
export const fieldIssueSchema = z.object({ field: z.string(), en: z.string(), zh: z.string() });

/** A problem with one input field, in both languages. */
export type FieldIssue = z.output<typeof fieldIssueSchema>;

/** An error as a value: `code` for programs, `message` for people, `fields` for forms. */
export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  messageZh: z.string().optional(),
  fields: z.array(fieldIssueSchema).optional(),
});

/** An error as a value: `code` for programs, `message` for people, `fields` for forms. */
export type AppError = z.output<typeof appErrorSchema>;

/** The envelope every IPC answer travels in (see shared/ipc/bridge-result.ts): the value, or an {@link AppError}. */
export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: appErrorSchema })]);

/** Success with a value, or failure with an {@link AppError}: what {@link resultSchema} parses to. */
export type Result<T> = z.output<ReturnType<typeof resultSchema<z.ZodType<T>>>>;

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
