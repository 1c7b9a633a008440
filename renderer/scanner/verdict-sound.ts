/**
 * A distinct sound for each kind of verdict, so staff need not look: two rising tones for green, three level
 * tones for amber, five low tones for red and not genuine, one neutral tone for the grey verdicts. Web Audio
 * oscillators: no sound files, nothing fetched.
 */
import type { ScanVerdict } from '../../shared/health-code/desk-verdict';

type Tone = [frequencyHz: number, ms: number];

/** The tones of each verdict. */
export const VERDICT_TONES: Record<ScanVerdict, Tone[]> = {
  green: [
    [880, 120],
    [1320, 160],
  ],
  amber: [
    [660, 140],
    [660, 140],
    [660, 140],
  ],
  red: Array.from({ length: 5 }, (): Tone => [330, 110]),
  'not-genuine': Array.from({ length: 5 }, (): Tone => [330, 110]),
  expired: Array.from({ length: 5 }, (): Tone => [392, 110]),
  'cannot-read': [[520, 220]],
  'cannot-verify': [[520, 220]],
  'venue-code': [[520, 220]],
};

let context: AudioContext | null = null;

/** Plays a verdict's tones at `volume` (0–100); silent when muted or where audio is unavailable. */
export function playVerdict(verdict: ScanVerdict, volume: number, muted: boolean): void {
  if (muted || volume <= 0 || typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  const ctx = context;
  let at = ctx.currentTime + 0.01;
  for (const [hz, ms] of VERDICT_TONES[verdict]) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = hz;
    osc.type = 'sine';
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime((volume / 100) * 0.4, at + 0.01);
    gain.gain.linearRampToValueAtTime(0, at + ms / 1000);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + ms / 1000 + 0.02);
    at += ms / 1000 + 0.06;
  }
}
