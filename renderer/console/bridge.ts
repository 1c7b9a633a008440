/** Typed access to `window.venueConsole`, the API the preload exposes (one method per IPC contract channel). */
import type { AppError } from '../../shared/errors';
import type { BridgeResult, VenueConsoleApi } from '../../shared/ipc/bridge';
import type { Channel, RequestIn, Response } from '../../shared/ipc/console-contract';

declare global {
  interface Window {
    /** Set by the preload (or the UI test harness); absent when the page is opened outside the app. */
    readonly venueConsole?: VenueConsoleApi;
  }
}

/** The error returned when the page runs without the app's bridge. */
const NO_BRIDGE: AppError = {
  code: 'internal',
  message: 'The app bridge is not available. Open this page from Venue Console.',
  messageZh: '找不到程式介面，請在 Venue Console 內開啟此頁。',
};

/** Whether the preload's API is present. */
export function hasBridge(): boolean {
  return typeof window.venueConsole === 'object' && window.venueConsole !== null;
}

/** Calls one channel; never rejects: transport failures become an `internal` error value. */
export async function call<C extends Channel>(channel: C, input: RequestIn<C>): Promise<BridgeResult<Response<C>>> {
  const api = window.venueConsole;
  if (!api) return { ok: false, error: NO_BRIDGE };
  try {
    const method = api[channel] as (input: RequestIn<C>) => Promise<BridgeResult<Response<C>>>;
    const result = await method(input);
    if (result && typeof result === 'object' && 'ok' in result) return result;
    return { ok: false, error: { code: 'internal', message: 'The app sent an unexpected answer.', messageZh: '程式回覆的格式不正確。' } };
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `The request failed: ${error instanceof Error ? error.message : String(error)}`,
        messageZh: '請求失敗，請再試一次。',
      },
    };
  }
}
