/**
 * A page's client over its preload API, generic over the window's contract: `call` never rejects (transport
 * failures become an `internal` error value) and `on` subscribes to an event, returning the unsubscribe.
 */
import type { AppError } from '../../shared/errors';
import type { BridgeResult } from '../../shared/ipc/bridge-result';
import type { ChannelOf, EventOf, EventPayload, RequestInOf, ResponseOf, WindowApi, WindowContract } from '../../shared/ipc/define-contract';
import { eventMethodName } from '../../shared/ipc/window-names';

/** The error returned when the page runs without the app's bridge. */
export const NO_BRIDGE: AppError = {
  code: 'internal',
  message: 'The app bridge is not available. Open this page from Venue Console.',
  messageZh: '找不到程式介面，請在 Venue Console 內開啟此頁。',
};

/** What a page uses to talk to main. */
export interface BridgeClient<C extends WindowContract> {
  hasBridge: () => boolean;
  call: <K extends ChannelOf<C>>(channel: K, input: RequestInOf<C, K>) => Promise<BridgeResult<ResponseOf<C, K>>>;
  on: <E extends EventOf<C>>(event: E, callback: (payload: EventPayload<C, E>) => void) => () => void;
}

/** Builds the client over `getApi()` (the preload's object on `window`). */
export function createBridgeClient<C extends WindowContract>(getApi: () => WindowApi<C> | undefined): BridgeClient<C> {
  const api = () => {
    const value = getApi();
    return typeof value === 'object' && value !== null ? (value as unknown as Record<string, unknown>) : null;
  };
  return {
    hasBridge: () => api() !== null,
    call: async (channel, input) => {
      const methods = api();
      if (!methods) return { ok: false, error: NO_BRIDGE };
      try {
        const result = (await (methods[channel] as (input: unknown) => Promise<unknown>)(input)) as BridgeResult<never>;
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
    },
    on: (event, callback) => {
      const subscribe = api()?.[eventMethodName(event)];
      if (typeof subscribe !== 'function') return () => undefined;
      return (subscribe as (cb: (payload: unknown) => void) => () => void)((payload) => callback(payload as EventPayload<C, typeof event>));
    },
  };
}
