/** Typed access to `window.venueScanner`, the scanner preload's API. The scanner knows no console channel. */
import type { VenueScannerApi } from '../../shared/ipc/bridge';
import type { ScannerContract } from '../../shared/ipc/scanner-contract';
import { createBridgeClient } from '../common/bridge-client';

declare global {
  interface Window {
    /** Set by the scanner preload (or the UI test harness). */
    readonly venueScanner?: VenueScannerApi;
  }
}

const client = createBridgeClient<ScannerContract>(() => window.venueScanner);

/** Calls one scanner channel; never rejects. */
export const call = client.call;
/** Listens to one scanner event; returns the unsubscribe function. */
export const onEvent = client.on;
