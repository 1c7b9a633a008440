/**
 * The only file that touches ipcMain: registers one `handle` per channel of a window's contract, all through
 * dispatch with that window's sender policy, and builds the window's event emitter.
 */
import { ipcMain, type WebContents } from 'electron';
import type { ChannelOf, WindowContract } from '../../../shared/ipc/define-contract';
import { ipcChannelName, ipcEventName } from '../../../shared/ipc/window-names';
import { dispatchFor, type ErrorLogger, type HandlersFor, type SenderPolicy } from './dispatch';
import { createEmitter, type Emitter } from './emitter';

/**
 * Registers every channel of `contract` (unexpected errors' details go to `logError`); returns a function that
 * removes them. Channel strings carry the window's name, so two windows never share a handler.
 */
export function registerWindowIpc<C extends WindowContract>(contract: C, handlers: HandlersFor<C>, isTrusted: SenderPolicy, logError?: ErrorLogger): () => void {
  const channels = Object.keys(contract.channels) as ChannelOf<C>[];
  for (const channel of channels) {
    ipcMain.handle(ipcChannelName(contract.window, channel), (event, input: unknown) =>
      dispatchFor(
        contract,
        handlers,
        channel,
        input,
        {
          senderUrl: event.senderFrame?.url ?? '',
          senderId: event.sender.id,
          mainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
        },
        isTrusted,
        logError,
      ),
    );
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(ipcChannelName(contract.window, channel));
  };
}

/** The emitter of a window's events, sending to its webContents (nothing is sent once it is destroyed). */
export function webContentsEmitter<C extends WindowContract>(contract: C, contents: WebContents): Emitter<C> {
  return createEmitter(contract, (event, payload) => {
    if (!contents.isDestroyed()) contents.send(ipcEventName(contract.window, event), payload);
  });
}
