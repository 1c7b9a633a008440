/** The front desk's answer to one scan, as it crosses IPC (services/scanner/scan-service.ts decides it). */
import { z } from 'zod';
import { DESK_VERDICTS } from './desk-verdict';

const counts = z.object(Object.fromEntries(DESK_VERDICTS.map((v) => [v, z.number().int().min(0)])) as Record<(typeof DESK_VERDICTS)[number], z.ZodNumber>);

/** Today's scans at a venue by verdict. */
export const verdictCountsSchema = counts;

/** One scan's verdict. Holder facts are present on green and amber only. */
export const scanResultSchema = z.object({
  verdict: z.enum([...DESK_VERDICTS, 'venue-code']),
  reason: z.string().nullable(),
  validUntil: z.string().nullable(),
  holder: z.object({ initials: z.string(), birthDayMonth: z.string() }).nullable(),
  venue: z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string() }).nullable(),
  today: counts,
});

/** The desk's own settings: sound, the wedge's terminators and timing. */
export const deskSettingsSchema = z.object({
  muted: z.boolean(),
  /** 0–100. */
  volume: z.int().min(0).max(100),
  terminators: z.array(z.enum(['Enter', 'Tab', 'pause'])).min(1).max(3),
  maxGapMs: z.int().min(10).max(500),
});

/** The desk's settings. */
export type DeskSettings = z.output<typeof deskSettingsSchema>;

/** Defaults: sound on at 70 %, Enter or Tab, 100 ms between a scanner's keys. */
export const DEFAULT_DESK_SETTINGS: DeskSettings = { muted: false, volume: 70, terminators: ['Enter', 'Tab'], maxGapMs: 100 };
