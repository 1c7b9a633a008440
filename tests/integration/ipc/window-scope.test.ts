import { afterAll, describe, expect, it } from 'vitest';
import { CONSOLE_NAMES } from '../../../shared/ipc/console-channels';
import { consoleContract } from '../../../shared/ipc/console-contract';
import { SCANNER_NAMES } from '../../../shared/ipc/scanner-channels';
import { scannerContract, type ScannerContext } from '../../../shared/ipc/scanner-contract';
import { createWindowApi, eventMethodName, type Subscribe } from '../../../shared/ipc/window-names';
import { createHandlers } from '../../../electron/main/handlers';
import { deskServicesOf, scannerHandlers } from '../../../electron/main/handlers/scanner';
import { dispatchFor, windowSenderPolicy, type DispatchContext } from '../../../electron/main/ipc/dispatch';
import { createEmitter } from '../../../electron/main/ipc/emitter';
import { folderPlatform } from '../../../services/platform/platform';
import { openTestServices, tempDir, venueInput } from '../../helpers/temp-services';

const CONSOLE_PAGE = 'app://console/index.html';
const SCANNER_PAGE = 'app://scanner/index.html';
const CONSOLE_ID = 1;
const SCANNER_ID = 2;

const ctx = openTestServices();
const downloads = tempDir('vc-window-scope-');
const opened: ScannerContext[] = [];
let deskContext: ScannerContext | null = null;
let closed = 0;
const consoleHandlers = createHandlers({
  ...ctx.services,
  platform: folderPlatform(downloads.dir),
  launcher: {
    open: (context) => {
      opened.push(context);
      deskContext = context;
    },
  },
});
const deskHandlers = scannerHandlers({ context: () => deskContext, close: () => void (closed += 1) }, deskServicesOf(ctx.services));
const consolePolicy = windowSenderPolicy(CONSOLE_PAGE, () => CONSOLE_ID);
const scannerPolicy = windowSenderPolicy(SCANNER_PAGE, () => SCANNER_ID);
const callConsole = (channel: string, input: unknown, sender: DispatchContext) => dispatchFor(consoleContract, consoleHandlers, channel, input, sender, consolePolicy);
const callScanner = (channel: string, input: unknown, sender: DispatchContext) => dispatchFor(scannerContract, deskHandlers, channel, input, sender, scannerPolicy);

const fromConsole: DispatchContext = { senderUrl: `${CONSOLE_PAGE}#/venues`, senderId: CONSOLE_ID, mainFrame: true };
const fromScanner: DispatchContext = { senderUrl: SCANNER_PAGE, senderId: SCANNER_ID, mainFrame: true };
/** Every way a message can come from somewhere other than the window's own top-level page. */
const strangers = (own: DispatchContext, otherPage: string, otherId: number): [string, DispatchContext][] => [
  ['the other window', { senderUrl: otherPage, senderId: otherId, mainFrame: true }],
  ['the other window showing this page', { ...own, senderId: otherId }],
  ['this window showing the other page', { ...own, senderUrl: otherPage }],
  ['a sub-frame of this window', { ...own, mainFrame: false }],
  ['another page on the scheme', { ...own, senderUrl: own.senderUrl.replace('index.html', 'evil.html') }],
  ['a web page', { ...own, senderUrl: 'https://evil.example/' }],
  ['a file', { ...own, senderUrl: 'file:///tmp/index.html' }],
  ['no URL', { ...own, senderUrl: '' }],
  ['no webContents id', { senderUrl: own.senderUrl, mainFrame: true }],
];

afterAll(() => {
  ctx.cleanup();
  downloads.cleanup();
});

describe('each window calls only its own channels', () => {
  it('refuses every console channel to anything but the console page in the console window', async () => {
    for (const channel of Object.keys(consoleContract.channels)) {
      for (const [label, sender] of strangers(fromConsole, SCANNER_PAGE, SCANNER_ID)) {
        const result = await callConsole(channel, {}, sender);
        expect(result, `${channel} from ${label}`).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/^Refused/) } });
      }
    }
    expect(await callConsole('getOverview', {}, fromConsole)).toMatchObject({ ok: true });
  });

  it('refuses every scanner channel to anything but the scanner page in the scanner window', async () => {
    for (const channel of Object.keys(scannerContract.channels)) {
      for (const [label, sender] of strangers(fromScanner, CONSOLE_PAGE, CONSOLE_ID)) {
        const result = await callScanner(channel, {}, sender);
        expect(result, `${channel} from ${label}`).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/^Refused/) } });
      }
    }
    expect(closed).toBe(0);
  });

  it('a scanner page that names a console channel reaches nothing: the scanner contract does not have it', async () => {
    for (const channel of Object.keys(consoleContract.channels)) {
      expect(await callScanner(channel, {}, fromScanner), channel).toMatchObject({ ok: false, error: { message: `Unknown channel ${channel}.` } });
    }
    const overlap = Object.keys(consoleContract.channels).filter((c) => c in scannerContract.channels);
    expect(overlap).toEqual([]);
  });

  it('the console opens the scanner for an active venue; the scanner then knows its venue and can close', async () => {
    expect(await callScanner('getScannerContext', {}, fromScanner)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const venue = ctx.services.venues.create(venueInput({ nameEn: 'Front Desk Cafe' }));
    expect(await callConsole('openScanner', { id: venue.id }, fromConsole)).toEqual({ ok: true, value: { opened: true } });
    expect(opened.at(-1)?.venue).toEqual({ id: venue.id, nameEn: 'Front Desk Cafe', nameZh: venue.nameZh });
    expect(await callScanner('getScannerContext', {}, fromScanner)).toMatchObject({ ok: true, value: { venue: { id: venue.id } } });
    expect(await callScanner('closeScanner', {}, fromScanner)).toEqual({ ok: true, value: { closed: true } });
    expect(closed).toBe(1);
    ctx.services.venues.setStatus(venue.id, 'deactivated');
    expect(await callConsole('openScanner', { id: venue.id }, fromConsole)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await callConsole('openScanner', { id: 'NOSUCHVEN' }, fromConsole)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('events from main to a page', () => {
  it('sends only declared events with payloads their schema accepts', () => {
    const sent: [string, unknown][] = [];
    const events = createEmitter(consoleContract, (event, payload) => sent.push([event, payload]));
    events.emit('navigate', { hash: '#/settings' });
    events.emit('notices-changed', { unread: 3 });
    expect(sent).toEqual([
      ['navigate', { hash: '#/settings' }],
      ['notices-changed', { unread: 3 }],
    ]);
    expect(() => events.emit('navigate', { hash: 'javascript:alert(1)' })).toThrow();
    expect(() => events.emit('notices-changed', { unread: -1 })).toThrow();
    expect(() => (events.emit as (e: string, p: unknown) => void)('delete-everything', {})).toThrow(/no event/);
    expect(sent).toHaveLength(2);
  });

  it('the preload API has one method per channel and one onX per event, and unsubscribing stops delivery', async () => {
    const listeners = new Map<string, Set<(p: unknown) => void>>();
    const subscribe: Subscribe = (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => void set.delete(listener);
    };
    const deliver = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
    const invoked: string[] = [];
    const api = createWindowApi(CONSOLE_NAMES, async (channel) => void invoked.push(channel), subscribe) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CONSOLE_NAMES.channels, ...CONSOLE_NAMES.events.map(eventMethodName)].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await (api.getOverview as (i: unknown) => Promise<unknown>)({});
    expect(invoked).toEqual(['getOverview']);

    const got: unknown[] = [];
    const off = (api.onNavigate as (cb: (p: unknown) => void) => () => void)((p) => got.push(p));
    deliver('navigate', { hash: '#/a' });
    off();
    deliver('navigate', { hash: '#/b' });
    off();
    expect(got).toEqual([{ hash: '#/a' }]);
    expect(listeners.get('navigate')?.size).toBe(0);

    const scannerApi = createWindowApi(SCANNER_NAMES, async () => undefined, subscribe);
    expect(Object.keys(scannerApi).sort()).toEqual(['closeScanner', 'getDeskStatus', 'getScannerContext', 'onContextChanged', 'scanPass', 'setKioskPin', 'updateDeskSettings']);
  });
});
