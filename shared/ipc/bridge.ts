/** The API the preload exposes to the renderer as `window.venueConsole`: one typed method per contract channel. */
import type { AppError } from '../errors';
import { CHANNEL_NAMES } from './console-channels';
import type { Channel, RequestIn, Response } from './console-contract';

/** What every bridge method resolves to: the response, or an error as a value. */
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** The renderer-facing API. */
export type VenueConsoleApi = {
  [C in Channel]: (input: RequestIn<C>) => Promise<BridgeResult<Response<C>>>;
};

/** Builds the API over a transport (`ipcRenderer.invoke` in the app, a Playwright binding in UI tests). */
export function createBridge(invoke: (channel: Channel, input: unknown) => Promise<unknown>): VenueConsoleApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNEL_NAMES) api[channel] = (input: unknown) => invoke(channel, input);
  return Object.freeze(api) as unknown as VenueConsoleApi;
}
