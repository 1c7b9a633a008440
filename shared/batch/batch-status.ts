/**
 * A fleet batch as the page and the CLI see it: its rejected rows, warnings, final report and polled status.
 * The schemas are the console contract's; the services' types are their outputs.
 */
import { z } from 'zod';
import { appErrorSchema } from '../errors';
import { biTextSchema } from '../messages/bi';

/** Something the operator should know that rejects no row, in both languages. */
export const batchWarningSchema = biTextSchema;

/** The encoding a fleet CSV was read in (detected from its bytes; see docs/formats.md). */
export const csvEncodingSchema = z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'big5-hkscs']);

/** A rejected row of a fleet CSV: its row number (the header is row 1), the plate as written, and why. */
export const rejectedRowSchema = z.object({
  row: z.number(),
  /** The plate as written, made safe to show (hidden characters spelt out, cut short). */
  plate: z.string().max(1000),
  reason: z.string().max(500),
  reasonZh: z.string().max(500),
});

/** What a batch did (the CLI's --report JSON, and the page's outcome). */
export const batchReportSchema = z.object({
  created: z.number(),
  reused: z.number(),
  rejected: z.array(z.object({ row: z.number(), plate: z.string(), reason: z.string() })),
  /** Rejected rows beyond the first 1,000 listed in `rejected`. */
  rejectedNotShown: z.number(),
  warnings: z.array(batchWarningSchema),
  pages: z.number(),
  pdf: z.string(),
  manifest: z.string().nullable(),
  seconds: z.number(),
});

/** Where a batch job is: `done` with a null report is still committing. */
export const batchPhaseSchema = z.enum(['starting', 'generating', 'saving', 'done', 'cancelled', 'failed']);

/** A batch job as the page polls it. */
export const batchStatusSchema = z.object({
  jobId: z.string(),
  phase: batchPhaseSchema,
  done: z.number(),
  total: z.number(),
  /** Stickers per second so far. */
  rate: z.number(),
  /** Estimated seconds left. */
  secondsLeft: z.number(),
  pdfPath: z.string(),
  manifestPath: z.string().nullable(),
  report: batchReportSchema.nullable(),
  error: appErrorSchema.nullable(),
});

/** The encoding a fleet CSV was read in. */
export type CsvEncoding = z.output<typeof csvEncodingSchema>;
/** A warning in English and Chinese. */
export type BatchWarning = z.output<typeof batchWarningSchema>;
/** A rejected row. */
export type RejectedRow = z.output<typeof rejectedRowSchema>;
/** What a batch did. */
export type BatchReport = z.output<typeof batchReportSchema>;
/** A batch job's phase. */
export type BatchPhase = z.output<typeof batchPhaseSchema>;
/** What the page sees of a batch job. */
export type BatchStatus = z.output<typeof batchStatusSchema>;
