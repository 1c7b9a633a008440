/**
 * The scanner window's preload (sandboxed, context-isolated): exposes `window.venueScanner` with one method per
 * scanner channel and one `onX(callback) → unsubscribe` per scanner event. It knows no console channel.
 */
import { contextBridge } from 'electron';
import { SCANNER_NAMES } from '../../shared/ipc/scanner-channels';
import { createWindowApi } from '../../shared/ipc/window-names';
import { ipcTransport } from './ipc-transport';

const { invoke, subscribe } = ipcTransport(SCANNER_NAMES.window);
contextBridge.exposeInMainWorld('venueScanner', createWindowApi(SCANNER_NAMES, invoke, subscribe));
