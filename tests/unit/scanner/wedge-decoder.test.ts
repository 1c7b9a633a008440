/** The keyboard-wedge decoder: US-layout reading under AZERTY and QWERTZ, timing, terminators, bursts, typing. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEDGE_OPTIONS, WedgeDecoder, type WedgeKey, type WedgeOutput } from '../../../renderer/scanner/wedge/wedge-decoder';
import { US_LAYOUT } from '../../../renderer/scanner/wedge/us-layout';
import { verifyPass } from '../../../shared/health-code/verify-pass';
import { passVectors, vectorRoot } from '../../helpers/pass-vectors';

/** The key a US keyboard (what a scanner emulates) presses for a character. */
const US_KEYS = new Map<string, { code: string; shift: boolean }>();
for (const [code, [plain, shifted]] of US_LAYOUT) {
  if (!code.startsWith('Numpad')) {
    if (!US_KEYS.has(plain)) US_KEYS.set(plain, { code, shift: false });
    if (!US_KEYS.has(shifted)) US_KEYS.set(shifted, { code, shift: true });
  }
}

/** What the system layout shows for a physical key (`key`): US, French AZERTY, German QWERTZ (the keys a pass uses). */
const LAYOUTS: Record<string, (code: string, shift: boolean, us: string) => string> = {
  us: (_c, _s, us) => us,
  azerty: (code, shift, us) => {
    const digits = '&é"\'(-è_çà';
    if (code.startsWith('Digit')) return shift ? us : (digits['1234567890'.indexOf(code.slice(5))] as string);
    if (code === 'Semicolon') return shift ? 'M' : 'm';
    return us;
  },
  qwertz: (code, shift, us) => {
    if (code === 'Semicolon') return shift ? 'Ö' : 'ö';
    if (code === 'KeyY') return shift ? 'Z' : 'z';
    if (code === 'KeyZ') return shift ? 'Y' : 'y';
    return us;
  },
};

function typeText(text: string, start: number, msPerChar: number, layout: string, terminator = 'Enter'): WedgeKey[] {
  const out: WedgeKey[] = [];
  let t = start;
  for (const ch of text) {
    const k = US_KEYS.get(ch);
    if (!k) throw new Error(`no US key for ${ch}`);
    out.push({ code: k.code, key: (LAYOUTS[layout] as (c: string, s: boolean, u: string) => string)(k.code, k.shift, ch), shiftKey: k.shift, timeStamp: t });
    t += msPerChar;
  }
  if (terminator) out.push({ code: terminator, key: terminator, shiftKey: false, timeStamp: t });
  return out;
}

function run(decoder: WedgeDecoder, keys: WedgeKey[], endAt?: number): { outputs: WedgeOutput[]; consumed: boolean[] } {
  const outputs: WedgeOutput[] = [];
  const consumed: boolean[] = [];
  for (const k of keys) {
    const step = decoder.key(k);
    outputs.push(...step.outputs);
    consumed.push(step.consumed);
  }
  if (endAt !== undefined) outputs.push(...decoder.tick(endAt));
  return { outputs, consumed };
}

const pass = (passVectors()[0] as { text: string }).text;
const root = vectorRoot().signed;
const now = Date.parse('2026-11-26T12:00:00+08:00');

describe('keyboard-wedge decoder', () => {
  it.each([
    [2, 'us'],
    [20, 'us'],
    [60, 'us'],
    [2, 'azerty'],
    [20, 'azerty'],
    [60, 'qwertz'],
    [20, 'qwertz'],
  ])('reads a pass typed at %i ms per character under a %s layout', (ms, layout) => {
    const { outputs, consumed } = run(new WedgeDecoder(), typeText(pass, 1000, ms, layout));
    expect(outputs).toHaveLength(1);
    const scan = outputs[0];
    expect(scan).toMatchObject({ kind: 'scan', text: pass, msPerChar: ms, remapped: layout !== 'us', terminator: 'Enter' });
    expect(consumed.every(Boolean)).toBe(true); // nothing reaches a focused field
    if (layout !== 'us') expect(scan?.kind === 'scan' && scan.asTyped).not.toBe(pass); // what the layout would have typed is garbage
    expect(verifyPass(scan?.kind === 'scan' ? scan.text : '', { root, now }).ok).toBe(true);
  });

  it('one character dropped reads as a scan that does not verify as anything (CANNOT READ, never RED)', () => {
    const keys = typeText(pass, 0, 5, 'us');
    keys.splice(100, 1);
    const { outputs } = run(new WedgeDecoder(), keys);
    const text = outputs[0]?.kind === 'scan' ? outputs[0].text : '';
    expect(text).toHaveLength(pass.length - 1);
    expect(verifyPass(text, { root, now })).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('two codes in one burst are two scans', () => {
    const second = (passVectors()[3] as { text: string }).text;
    const keys = [...typeText(pass, 0, 3, 'us'), ...typeText(second, 3 * (pass.length + 1), 3, 'us')];
    const { outputs } = run(new WedgeDecoder(), keys);
    expect(outputs.map((o) => o.kind === 'scan' && o.text)).toEqual([pass, second]);
  });

  it('a person typing (150 ms between keys) is given back as typed text, not a scan', () => {
    const { outputs } = run(new WedgeDecoder(), typeText('hello world', 0, 150, 'us', ''), 150 * 11 + 500);
    expect(outputs.map((o) => o.kind)).toEqual(Array(11).fill('typed'));
    expect(outputs.map((o) => o.text).join('')).toBe('hello world');
  });

  it('a burst without its terminator ends at the pause and is still a scan (partial → cannot read)', () => {
    const { outputs } = run(new WedgeDecoder(), typeText(pass.slice(0, 120), 0, 4, 'us', ''), 10_000);
    expect(outputs).toMatchObject([{ kind: 'scan', text: pass.slice(0, 120), terminator: 'pause' }]);
  });

  it('Tab ends a scan unless only Enter is configured; Enter alone with nothing held is not taken', () => {
    expect(run(new WedgeDecoder(), typeText(pass, 0, 3, 'us', 'Tab')).outputs).toMatchObject([{ kind: 'scan', terminator: 'Tab' }]);
    const enterOnly = new WedgeDecoder({ ...DEFAULT_WEDGE_OPTIONS, terminators: ['Enter'] });
    const { consumed } = run(enterOnly, typeText(pass, 0, 3, 'us', 'Tab'));
    expect(consumed.at(-1)).toBe(false);
    expect(new WedgeDecoder().key({ code: 'Enter', key: 'Enter', shiftKey: false, timeStamp: 0 }).consumed).toBe(false);
  });

  it('capitals a scanner sends without Shift (or under Caps Lock) keep their case', () => {
    const d = new WedgeDecoder();
    const keys = [...'HC1:'].map((ch, i) => ({ code: ch === '1' ? 'Digit1' : ch === ':' ? 'Semicolon' : `Key${ch}`, key: ch, shiftKey: ch === ':', timeStamp: i * 3 }));
    keys.push(...[...'12345678'].map((ch, i) => ({ code: `Digit${ch}`, key: ch, shiftKey: false, timeStamp: 20 + i * 3 })));
    const { outputs } = run(d, [...keys, { code: 'Enter', key: 'Enter', shiftKey: false, timeStamp: 60 }]);
    expect(outputs).toMatchObject([{ kind: 'scan', text: 'HC1:12345678' }]);
  });

  it('shortcuts (Ctrl, Alt, Meta) and non-character keys pass through', () => {
    const d = new WedgeDecoder();
    expect(d.key({ code: 'KeyC', key: 'c', shiftKey: false, ctrlKey: true, timeStamp: 0 }).consumed).toBe(false);
    expect(d.key({ code: 'ArrowLeft', key: 'ArrowLeft', shiftKey: false, timeStamp: 1 }).consumed).toBe(false);
    expect(d.pending).toBe(false);
  });
});
