/** The one transport both preloads use: `invoke` on the window's own channels, `on`/`removeListener` for its events. */
import { ipcRenderer } from 'electron';
import { ipcChannelName, ipcEventName, type Invoke, type Subscribe } from '../../shared/ipc/window-names';

/** Calls and event subscriptions for one window's prefix; the page never chooses a channel string. */
export function ipcTransport(window: string): { invoke: Invoke; subscribe: Subscribe } {
  return {
    invoke: (channel, input) => ipcRenderer.invoke(ipcChannelName(window, channel), input),
    subscribe: (event, listener) => {
      const name = ipcEventName(window, event);
      // The IpcRendererEvent (with its sender) never reaches the page: only the payload does.
      const forward = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(name, forward);
      return () => void ipcRenderer.removeListener(name, forward);
    },
  };
}
