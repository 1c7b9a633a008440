/**
 * The IPC channel names, without their schemas: what the sandboxed preload needs (it stays free of zod).
 * `tests/integration/ipc/dispatch.test.ts` checks this list against the contract.
 */
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
  'getSettings',
  'updateSettings',
  'listKeys',
  'rotateKey',
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
] as const;

/** A channel name. */
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The Electron IPC channel string for a channel. */
export const ipcChannelName = (c: ChannelName): string => `venue-console:${c}`;
