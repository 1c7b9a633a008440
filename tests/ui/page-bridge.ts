/**
 * Wires a window's API into a real page the way its preload does: one method per channel through a Playwright
 * binding to the real dispatch (the sender's frame URL and top-frame flag checked by the window's policy), and
 * one `onX(callback) → unsubscribe` per event, delivered by {@link PageBridge.emit} after the contract's schema.
 */
import type { Page } from '@playwright/test';
import type { Result } from '../../shared/errors';
import type { EventOf, EventPayload, WindowContract } from '../../shared/ipc/define-contract';
import { eventMethodName, type WindowNames } from '../../shared/ipc/window-names';
import type { DispatchContext } from '../../electron/main/ipc/dispatch';
import { createEmitter } from '../../electron/main/ipc/emitter';

/** A page's wired bridge. */
export interface PageBridge<C extends WindowContract> {
  /** Sends an event to the page (validated by the contract first, as main does). */
  emit: <E extends EventOf<C>>(event: E, payload: EventPayload<C, E>) => Promise<void>;
}

/** Installs `window[globalName]` on every document the page loads. */
export async function installPageBridge<C extends WindowContract>(
  page: Page,
  options: {
    contract: C;
    names: WindowNames;
    globalName: string;
    dispatch: (channel: string, input: unknown, ctx: DispatchContext) => Promise<Result<unknown>>;
  },
): Promise<PageBridge<C>> {
  const { names, globalName } = options;
  const binding = `__${globalName}Invoke`;
  const deliverName = `__${globalName}Deliver`;
  await page.exposeBinding(binding, (source, channel: string, input: unknown) =>
    options.dispatch(channel, input, { senderUrl: source.frame.url(), mainFrame: source.frame === source.page.mainFrame() }),
  );
  const events = names.events.map((event) => [event, eventMethodName(event)] as const);
  await page.addInitScript(
    ({ channels, events: eventMethods, binding: bindingName, deliver, global }) => {
      type Invoke = (channel: string, input: unknown) => Promise<unknown>;
      const host = window as unknown as Record<string, Invoke>;
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const api: Record<string, unknown> = {};
      for (const channel of channels) api[channel] = (input: unknown) => host[bindingName]!(channel, input);
      for (const [event, method] of eventMethods) {
        api[method] = (callback: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set();
          listeners.set(event, set);
          const listener = (payload: unknown) => callback(payload);
          set.add(listener);
          return () => void set.delete(listener);
        };
      }
      Object.defineProperty(window, global, { value: Object.freeze(api), writable: false, configurable: false });
      Object.defineProperty(window, deliver, {
        value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
        writable: false,
        configurable: false,
      });
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    },
    { channels: [...names.channels], events, binding, deliver: deliverName, global: globalName },
  );
  return {
    emit: async (event, payload) => {
      let checked: unknown;
      createEmitter(options.contract, (_e, p) => {
        checked = p;
      }).emit(event, payload);
      await page.evaluate(([name, e, p]) => (window as unknown as Record<string, (e: string, p: unknown) => void>)[name]!(e, p), [deliverName, event, checked] as const);
    },
  };
}
