/**
 * A window's channel and event names without their schemas: what the sandboxed preload needs (it stays free of
 * zod), the IPC strings built from them, and the API factory every preload (and the UI test harness) uses.
 */

/** The names of one window's channels and events; checked against its contract at compile time. */
export interface WindowNames {
  window: string;
  channels: readonly string[];
  events: readonly string[];
}

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Camel<Tail>}` : Capitalize<S>;
/** The preload method that subscribes to an event: `notices-changed` → `onNoticesChanged`. */
export type OnMethod<E extends string> = `on${Camel<E>}`;

/** The method name for an event, as {@link OnMethod} computes it at the type level. */
export function eventMethodName<E extends string>(event: E): OnMethod<E> {
  return `on${event
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')}` as OnMethod<E>;
}

/** The Electron IPC channel string for a window's channel. */
export const ipcChannelName = (window: string, channel: string): string => `${window}:${channel}`;
/** The Electron IPC channel string for a window's event. */
export const ipcEventName = (window: string, event: string): string => `${window}:event:${event}`;

/** Sends a call to main; resolves to the Result value. */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
/** Listens to one event; returns a function that stops listening. */
export type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds a window's API over a transport: one method per channel, one `onX(callback)` per event that returns an
 * unsubscribe function. Nothing raw is exposed: no channel string can be chosen by the page.
 */
export function createWindowApi(names: WindowNames, invoke: Invoke, subscribe: Subscribe): Readonly<Record<string, unknown>> {
  const api: Record<string, unknown> = {};
  for (const channel of names.channels) api[channel] = (input: unknown) => invoke(channel, input);
  for (const event of names.events) {
    api[eventMethodName(event)] = (callback: (payload: unknown) => void) => {
      if (typeof callback !== 'function') throw new TypeError(`${eventMethodName(event)} needs a function`);
      let active = true;
      const stop = subscribe(event, (payload) => {
        if (active) callback(payload);
      });
      return () => {
        if (!active) return;
        active = false;
        stop();
      };
    };
  }
  return Object.freeze(api);
}
