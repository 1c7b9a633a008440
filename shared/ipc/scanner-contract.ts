/**
 * The scanner window's IPC contract: the front-desk page's channels and events. It shares nothing with the
 * console's: a scanner page cannot call a console channel, and the console cannot call these.
 */
import { z } from 'zod';
import { channel, defineContract } from './define-contract';
import { deskSettingsSchema, scanResultSchema, verdictCountsSchema } from '../health-code/scan-result';
import type { SCANNER_CHANNEL_NAMES, SCANNER_EVENT_NAMES } from './scanner-channels';
import { displaySchema } from '../display/display-settings';

/** The venue a scanner window checks visitors for. */
export const scannerContextSchema = z.object({
  venue: z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string() }),
  operatorName: z.string(),
  /** A full-screen kiosk: leaving needs the kiosk PIN (when one is set). */
  kiosk: z.boolean().default(false),
});

/** What the scanner page is for. */
export type ScannerContext = z.infer<typeof scannerContextSchema>;

/** The scanner window: its channels and events. */
export const scannerContract = defineContract({
  window: 'scanner',
  channels: {
    /** Which venue this desk serves. */
    getScannerContext: channel(z.object({}), scannerContextSchema),
    /** Closes the scanner window; a kiosk needs its PIN (a wrong one answers `closed: false`). */
    closeScanner: channel(z.object({ pin: z.string().max(16).optional() }), z.object({ closed: z.boolean() })),
    /** Sets the kiosk PIN (4–8 digits); the current one is needed to change it. */
    setKioskPin: channel(z.object({ pin: z.string().max(16), current: z.string().max(16).optional() }), z.object({ set: z.boolean() })),
    /** The verdict on scanned text (a camera decode or a wedge burst), decided in main and logged. */
    scanPass: channel(z.object({ text: z.string().max(4000), source: z.enum(['camera', 'wedge']) }), scanResultSchema),
    /** Today's counts at this venue, whether an authority root is pinned, and the desk's settings. */
    /** Today's counts, the desk's settings, and the console's display settings (language order, theme), which the desk follows. */
    getDeskStatus: channel(z.object({}), z.object({ today: verdictCountsSchema, rootPinned: z.boolean(), settings: deskSettingsSchema, kioskPinSet: z.boolean(), display: displaySchema })),
    updateDeskSettings: channel(deskSettingsSchema, deskSettingsSchema),
  },
  events: {
    /** The console sent this desk to another venue. */
    'context-changed': scannerContextSchema,
  },
});

/** The scanner contract's type. */
export type ScannerContract = typeof scannerContract;

type Same<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false;
/** Compile-time check: the preload's names and the contract agree. */
export const SCANNER_NAMES_MATCH: [
  Same<keyof ScannerContract['channels'], (typeof SCANNER_CHANNEL_NAMES)[number]>,
  Same<keyof ScannerContract['events'], (typeof SCANNER_EVENT_NAMES)[number]>,
] = [true, true];
