/**
 * The console window's channel and event names, without their schemas: what the sandboxed preload needs (it
 * stays free of zod). console-contract.ts checks these lists against the contract at compile time.
 */
import type { WindowNames } from './window-names';

export const CHANNEL_NAMES = [
  'getOverview',
  'searchVenues',
  'getVenue',
  'findDuplicate',
  'createVenue',
  'updateVenue',
  'setVenueStatus',
  'getVenueCode',
  'savePosterPdf',
  'checkPosterFit',
  'getPosterPreview',
  'printPoster',
  'openSavedPoster',
  'getSettings',
  'updateSettings',
  'getSchemeMark',
  'chooseSchemeMark',
  'removeSchemeMark',
  'getDisplay',
  'updateDisplay',
  'getSetup',
  'listKeys',
  'rotateKey',
  'createSigningKey',
  'revokeKey',
  'listKeyVenues',
  'exportTrust',
  'backupNow',
  'verifyCode',
  'previewBatch',
  'startBatch',
  'getBatchStatus',
  'cancelBatch',
  'saveRejectedRows',
  'openBatchOutput',
  'getDeskCounts',
  'getNoticeDeskScans',
  'exportDeskLog',
  'listNotices',
  'getNotice',
  'acknowledgeNotice',
  'getNoticeStatus',
  'setNoticeFeed',
  'fetchNoticesNow',
  'importNoticesFile',
  'getAuthorityTrust',
  'pinAuthorityRoot',
  'importCertificate',
  'saveCertificateRequest',
  'openScanner',
] as const;

/** A channel name. */
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The console's events (main → page). */
export const CONSOLE_EVENT_NAMES = ['navigate', 'notices-changed'] as const;

/** An event name. */
export type ConsoleEventName = (typeof CONSOLE_EVENT_NAMES)[number];

/** Everything the console preload needs to build `window.venueConsole`. */
export const CONSOLE_NAMES = { window: 'console', channels: CHANNEL_NAMES, events: CONSOLE_EVENT_NAMES } as const satisfies WindowNames;
