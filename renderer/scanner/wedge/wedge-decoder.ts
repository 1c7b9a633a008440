/**
 * Tells a keyboard-wedge scan from a person typing, by timing: a scanner sends a burst of keys a few
 * milliseconds apart, ended by Enter or Tab (configurable, or by a pause). Pure logic over key events so it is
 * tested with exact timings; renderer/scanner/wedge/use-wedge.ts attaches it to the window in the capture phase.
 * Characters are read through the US layout (us-layout.ts), control characters are dropped.
 */
import { usCharacter } from './us-layout';

/** The key event facts the decoder reads. */
export interface WedgeKey {
  code: string;
  /** What the system layout produced (only to tell whether the layout was remapped). */
  key: string;
  shiftKey: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  capsLock?: boolean;
  /** Milliseconds (event.timeStamp). */
  timeStamp: number;
}

/** What ends a scan. `pause`: no terminator, the burst ends after `maxGapMs` of silence. */
export type WedgeTerminator = 'Enter' | 'Tab' | 'pause';

/** Decoder settings. */
export interface WedgeOptions {
  terminators: readonly WedgeTerminator[];
  /** Longest pause between two keys of one scan (default 100 ms: scanners send 2–60 ms, people ≥ 100). */
  maxGapMs: number;
  /** Fewest characters a scan has (default 8). */
  minLength: number;
}

/** The default settings: Enter or Tab, 100 ms, 8 characters. */
export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = { terminators: ['Enter', 'Tab'], maxGapMs: 100, minLength: 8 };

/** A finished scan: the text, the mean milliseconds per character, and whether the system layout differed from US. */
export interface WedgeScan {
  kind: 'scan';
  text: string;
  msPerChar: number;
  remapped: boolean;
  /** What the system layout typed (the `key` values), for the scanner test screen. */
  asTyped: string;
  terminator: WedgeTerminator;
}

/** Keys a person typed (too slow or too short for a scan): to be given back to the focused field. */
export interface WedgeTyped {
  kind: 'typed';
  text: string;
}

/** What the decoder found. */
export type WedgeOutput = WedgeScan | WedgeTyped;

/** The decoder's answer to a key: whether the page should swallow it, and what it completed. */
export interface WedgeStep {
  consumed: boolean;
  outputs: WedgeOutput[];
}

/** A stateful decoder for one window. */
export class WedgeDecoder {
  private chars: string[] = [];
  private typed: string[] = [];
  private times: number[] = [];
  private remapped = false;

  constructor(private readonly options: WedgeOptions = DEFAULT_WEDGE_OPTIONS) {}

  /** Feeds a keydown. */
  key(ev: WedgeKey): WedgeStep {
    const outputs = this.expire(ev.timeStamp);
    if (ev.ctrlKey || ev.altKey || ev.metaKey) return { consumed: false, outputs };
    const terminator = ev.code === 'Enter' || ev.code === 'NumpadEnter' ? 'Enter' : ev.code === 'Tab' ? 'Tab' : null;
    if (terminator) {
      if (this.chars.length === 0 || !this.options.terminators.includes(terminator)) return { consumed: false, outputs };
      outputs.push(this.finish(terminator));
      return { consumed: true, outputs };
    }
    // Letters take their case from what the layout typed when it is a letter (Shift and Caps Lock act the same on
    // every Latin layout, and some scanners send capitals without Shift); everything else from the US layout.
    const letterCase = ev.code.startsWith('Key') && /^\p{L}$/u.test(ev.key) ? ev.key !== ev.key.toLowerCase() : null;
    const ch = usCharacter(ev.code, letterCase ?? ev.shiftKey, letterCase === null ? (ev.capsLock ?? false) : false);
    if (ch === null) return { consumed: false, outputs }; // Shift, arrows, function keys: not ours
    if (ev.key.length === 1 && ev.key !== ch) this.remapped = true;
    this.chars.push(ch);
    this.typed.push(ev.key.length === 1 ? ev.key : '');
    this.times.push(ev.timeStamp);
    return { consumed: true, outputs };
  }

  /** Call from a timer (every ~50 ms): ends a burst that has gone quiet. */
  tick(now: number): WedgeOutput[] {
    return this.expire(now);
  }

  /** Whether keys are being held back (a burst in progress). */
  get pending(): boolean {
    return this.chars.length > 0;
  }

  private expire(now: number): WedgeOutput[] {
    const last = this.times.at(-1);
    if (last === undefined || now - last <= this.options.maxGapMs) return [];
    return [this.finish('pause')];
  }

  private finish(terminator: WedgeTerminator): WedgeOutput {
    const text = this.chars.join('');
    const span = (this.times.at(-1) ?? 0) - (this.times[0] ?? 0);
    const gaps = this.times.slice(1).map((t, i) => t - (this.times[i] as number));
    const fast = gaps.length > 0 && gaps.every((g) => g <= this.options.maxGapMs);
    // A fast burst that stops without its terminator is still a scan (a partial one reads as CANNOT READ).
    const isScan = text.length >= this.options.minLength && fast;
    const out: WedgeOutput = isScan
      ? { kind: 'scan', text: text.replace(/[\u0000-\u001f\u007f]/g, ''), msPerChar: Math.round((span / Math.max(1, text.length - 1)) * 10) / 10, remapped: this.remapped, asTyped: this.typed.join(''), terminator }
      : { kind: 'typed', text };
    this.chars = [];
    this.typed = [];
    this.times = [];
    this.remapped = false;
    return out;
  }
}
