/** Typed access to `window.venueConsole`, the console preload's API (one method per channel, one onX per event). */
import type { VenueConsoleApi } from '../../shared/ipc/bridge';
import type { ConsoleContract } from '../../shared/ipc/console-contract';
import { createBridgeClient } from '../common/bridge-client';

declare global {
  interface Window {
    /** Set by the preload (or the UI test harness); absent when the page is opened outside the app. */
    readonly venueConsole?: VenueConsoleApi;
  }
}

const client = createBridgeClient<ConsoleContract>(() => window.venueConsole);

/** Whether the preload's API is present. */
export const hasBridge = client.hasBridge;
/** Calls one console channel; never rejects. */
export const call = client.call;
/** Listens to one console event; returns the unsubscribe function. */
export const onEvent = client.on;
