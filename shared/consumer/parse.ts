/**
 * Parsing of consumer JSON documents into visits, exposures and Health Code input, with every problem named by
 * entry and field (`visits[3].checkOut: is before checkIn`) in English and Chinese (worded by the catalogue's
 * translator, shared/messages/validation.ts).
 */
import { z } from 'zod';
import { err, ok, type FieldIssue, type Result } from '../errors';
import { describePathIssue, pathIssues } from '../messages/validation';
import type { Visit } from '../checkin/visit';
import type { Exposure } from '../exposure/exposure';
import type { HealthCodeInput } from '../health-code/assess';
import { exposureSchema, healthCodeInputSchema, visitSchema } from './schemas';

/** Most issues reported for one document (the first is the message; the rest go in `fields`). */
export const MAX_ISSUES = 20;

function failure<T>(issues: FieldIssue[]): Result<T> {
  const first = issues[0] as FieldIssue;
  return err({ code: 'validation', message: first.en, messageZh: first.zh, fields: issues.slice(0, MAX_ISSUES) });
}

function parseWith<S extends z.ZodType>(schema: S, raw: unknown, root: string): Result<z.output<S>> {
  const parsed = schema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : failure(pathIssues(parsed.error, root, raw, MAX_ISSUES));
}

/** Parses JSON text; a syntax error is reported against `label` (a file name or field; none when empty). */
export function parseJsonText(text: string, label = ''): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    const detail = e instanceof Error ? e.message : 'parse error';
    return failure([describePathIssue(label, `json:${detail}`, undefined)]);
  }
}

/** The list inside a document that is either a bare array or an object holding the array under `key`. */
function listOf(raw: unknown, key: string): unknown[] | null {
  if (Array.isArray(raw)) return raw;
  if (raw !== null && typeof raw === 'object' && Array.isArray((raw as Record<string, unknown>)[key])) {
    return (raw as Record<string, unknown[]>)[key] as unknown[];
  }
  return null;
}

/** Visits from a bare array of visit entries or an object with a `visits` array (e.g. a diary export). */
export function parseVisitList(raw: unknown): Result<Visit[]> {
  const list = listOf(raw, 'visits');
  if (!list) return failure([describePathIssue('visits', 'shape:an array of visits or an object with a "visits" array', raw)]);
  return parseWith(z.array(visitSchema), list, 'visits');
}

/** Exposures from a bare array of exposure entries or an object with an `exposures` array. */
export function parseExposureList(raw: unknown): Result<Exposure[]> {
  const list = listOf(raw, 'exposures');
  if (!list) return failure([describePathIssue('exposures', 'shape:an array of exposures or an object with an "exposures" array', raw)]);
  return parseWith(z.array(exposureSchema), list, 'exposures');
}

/** The `health-code` input document: `{ now?, person, visits?, highRisk? }`. */
export function parseHealthCodeInput(raw: unknown): Result<HealthCodeInput> {
  return parseWith(healthCodeInputSchema, raw, '');
}
