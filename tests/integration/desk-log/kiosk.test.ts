/** The kiosk: the start option, the PIN (set, change, check, lockout) and a kiosk scanner that closes only with it. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskServicesOf, scannerHandlers } from '../../../electron/main/handlers/scanner';
import { dispatchFor, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import { kioskVenueFromArgv } from '../../../electron/main/kiosk-option';
import { scannerContract, type ScannerContext } from '../../../shared/ipc/scanner-contract';
import { openTestServices } from '../../helpers/temp-services';

const PAGE = 'app://scanner/index.html';
let now = Date.parse('2026-11-26T12:00:00+08:00');
let env: ReturnType<typeof openTestServices>;
let closed = 0;
let context: ScannerContext;
const call = (channel: string, input: unknown) =>
  dispatchFor(scannerContract, scannerHandlers({ context: () => context, close: () => void (closed += 1) }, deskServicesOf(env.services)), channel, input, { senderUrl: PAGE, mainFrame: true }, senderPolicyFor(PAGE));

beforeEach(() => {
  env = openTestServices({ clock: () => now });
  closed = 0;
  context = { venue: { id: 'TEAHVSE2N', nameEn: 'Tea House', nameZh: '茶樓' }, operatorName: 'Harbour Dining Group', kiosk: true };
});
afterEach(() => env.cleanup());

describe('kiosk start option', () => {
  it.each([
    [['electron', '.', '--scanner-kiosk=teahvse2n'], 'TEAHVSE2N'],
    [['electron', '.', '--scanner-kiosk', 'TEAHVSE2N'], 'TEAHVSE2N'],
    [['electron', '.', '--scanner-kiosk='], null],
    [['electron', '.'], null],
  ])('%j → %s', (argv, venue) => expect(kioskVenueFromArgv(argv)).toBe(venue));
});

describe('kiosk PIN', () => {
  it('a kiosk closes only with its PIN; a console-opened scanner closes without one', async () => {
    expect(await call('setKioskPin', { pin: '2468' })).toEqual({ ok: true, value: { set: true } });
    expect(await call('closeScanner', {})).toEqual({ ok: true, value: { closed: false } });
    expect(await call('closeScanner', { pin: '1357' })).toEqual({ ok: true, value: { closed: false } });
    expect(closed).toBe(0);
    expect(await call('closeScanner', { pin: '2468' })).toEqual({ ok: true, value: { closed: true } });
    expect(closed).toBe(1);
    context = { ...context, kiosk: false };
    expect(await call('closeScanner', {})).toEqual({ ok: true, value: { closed: true } });
  });

  it('changing the PIN needs the current one; a PIN is 4–8 digits', async () => {
    await call('setKioskPin', { pin: '2468' });
    const refused = await call('setKioskPin', { pin: '1111', current: '0000' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', fields: [{ field: 'current' }] } });
    expect(await call('setKioskPin', { pin: '12a4', current: '2468' })).toMatchObject({ ok: false, error: { fields: [{ field: 'pin' }] } });
    expect(await call('setKioskPin', { pin: '11112222', current: '2468' })).toEqual({ ok: true, value: { set: true } });
    expect(await call('closeScanner', { pin: '11112222' })).toEqual({ ok: true, value: { closed: true } });
  });

  it('5 wrong PINs in a row lock the kiosk for 30 s, even against the right PIN', async () => {
    await call('setKioskPin', { pin: '2468' });
    for (let i = 0; i < 5; i++) await call('closeScanner', { pin: '0000' });
    const locked = await call('closeScanner', { pin: '2468' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'conflict' } });
    now += 31_000;
    expect(await call('closeScanner', { pin: '2468' })).toEqual({ ok: true, value: { closed: true } });
  });

  it('the PIN is stored as a salted hash, never as the digits', async () => {
    await call('setKioskPin', { pin: '97531864' });
    const row = env.services.db.prepare("SELECT value FROM settings WHERE key = 'kioskPin'").get() as { value: string };
    expect(row.value).not.toContain('97531864');
    expect(JSON.parse(row.value)).toMatchObject({ salt: expect.stringMatching(/^[0-9a-f]{32}$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
