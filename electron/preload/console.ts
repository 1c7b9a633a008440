/**
 * Preload (sandboxed, context-isolated): exposes `window.venueConsole` with one method per IPC contract
 * channel and nothing raw — no ipcRenderer, no generic send.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../../shared/ipc/bridge';
import { ipcChannelName } from '../../shared/ipc/console-channels';

contextBridge.exposeInMainWorld(
  'venueConsole',
  createBridge((channel, input) => ipcRenderer.invoke(ipcChannelName(channel), input)),
);
