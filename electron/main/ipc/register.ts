/** The only file that touches ipcMain: registers one `handle` per contract channel, all through dispatch. */
import { ipcMain } from 'electron';
import { CHANNELS, ipcChannelName } from '../../../shared/ipc/console-contract';
import { dispatch, type ErrorLogger, type Handlers, type SenderPolicy } from './dispatch';

/** Registers every contract channel (unexpected errors' details go to `logError`); returns a function that removes them. */
export function registerIpc(handlers: Handlers, isTrusted: SenderPolicy, logError?: ErrorLogger): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), (event, input: unknown) =>
      // Only the top frame of our own page may call: a sub-frame (there should be none) gets an empty URL, refused.
      dispatch(handlers, channel, input, { senderUrl: event.senderFrame && event.senderFrame === event.sender.mainFrame ? event.senderFrame.url : '' }, isTrusted, logError),
    );
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(ipcChannelName(channel));
  };
}
