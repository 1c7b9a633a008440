/**
 * The scanner window's channel and event names, without their schemas: what its sandboxed preload needs.
 * scanner-contract.ts checks these lists against the contract at compile time.
 */
import type { WindowNames } from './window-names';

/** The scanner's channels. */
export const SCANNER_CHANNEL_NAMES = ['getScannerContext', 'closeScanner', 'scanPass', 'getDeskStatus', 'updateDeskSettings', 'setKioskPin'] as const;
/** The scanner's events (main → page). */
export const SCANNER_EVENT_NAMES = ['context-changed'] as const;

/** Everything the scanner preload needs to build `window.venueScanner`. */
export const SCANNER_NAMES = { window: 'scanner', channels: SCANNER_CHANNEL_NAMES, events: SCANNER_EVENT_NAMES } as const satisfies WindowNames;
