/**
 * The console window's preload (sandboxed, context-isolated): exposes `window.venueConsole` with one method per
 * console channel and one `onX(callback) → unsubscribe` per console event — nothing raw.
 */
import { contextBridge } from 'electron';
import { CONSOLE_NAMES } from '../../shared/ipc/console-channels';
import { createWindowApi } from '../../shared/ipc/window-names';
import { ipcTransport } from './ipc-transport';

const { invoke, subscribe } = ipcTransport(CONSOLE_NAMES.window);
contextBridge.exposeInMainWorld('venueConsole', createWindowApi(CONSOLE_NAMES, invoke, subscribe));
