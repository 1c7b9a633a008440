/**
 * The kiosk PIN: leaving a full-screen kiosk scanner needs it. Stored as scrypt(PIN, salt) in the settings
 * table, compared in constant time; after 5 wrong tries in a row the PIN is refused for 30 s (a desk's PIN is
 * short: the wait is what makes guessing it slow).
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { fail } from '../../shared/errors';
import type { Clock } from '../../shared/time/hk';
import type { Db } from '../db/open-database';

const KEY = 'kioskPin';
const MAX_TRIES = 5;
const LOCKOUT_MS = 30_000;

/** A PIN is 4–8 digits. */
export const PIN_PATTERN = /^\d{4,8}$/;

const hash = (pin: string, salt: Buffer): Buffer => scryptSync(pin, salt, 32, { N: 2 ** 14, r: 8, p: 1 });

/** The kiosk PIN of one data folder. */
export class KioskPin {
  private failures = 0;
  private lockedUntil = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Whether a PIN has been set. */
  isSet(): boolean {
    return this.stored() !== null;
  }

  /** Sets the PIN; when one is set already, `current` must be it. */
  set(pin: string, current?: string): void {
    if (!PIN_PATTERN.test(pin)) fail('validation', 'A kiosk PIN is 4 to 8 digits.', '資訊亭密碼須為 4 至 8 位數字。', [{ field: 'pin', en: 'A kiosk PIN is 4 to 8 digits.', zh: '資訊亭密碼須為 4 至 8 位數字。' }]);
    if (this.isSet() && !this.check(current ?? '')) {
      fail('validation', 'The current kiosk PIN is wrong.', '現有的資訊亭密碼不正確。', [{ field: 'current', en: 'The current kiosk PIN is wrong.', zh: '現有的資訊亭密碼不正確。' }]);
    }
    const salt = randomBytes(16);
    const value = JSON.stringify({ salt: salt.toString('hex'), hash: hash(pin, salt).toString('hex') });
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, value);
  }

  /** Whether `pin` is the PIN (true when none is set); refused during a lockout after repeated wrong tries. */
  check(pin: string): boolean {
    const stored = this.stored();
    if (!stored) return true;
    const now = this.clock();
    if (now < this.lockedUntil) {
      const seconds = Math.ceil((this.lockedUntil - now) / 1000);
      fail('conflict', `Too many wrong PINs: try again in ${seconds} s.`, `密碼錯誤次數過多：請在 ${seconds} 秒後再試。`);
    }
    const ok = PIN_PATTERN.test(pin) && timingSafeEqual(hash(pin, stored.salt), stored.hash);
    if (ok) this.failures = 0;
    else if (++this.failures >= MAX_TRIES) {
      this.failures = 0;
      this.lockedUntil = now + LOCKOUT_MS;
    }
    return ok;
  }

  private stored(): { salt: Buffer; hash: Buffer } | null {
    const row = this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(KEY);
    if (!row) return null;
    try {
      const v = JSON.parse(row.value) as { salt: string; hash: string };
      return { salt: Buffer.from(v.salt, 'hex'), hash: Buffer.from(v.hash, 'hex') };
    } catch {
      return null;
    }
  }
}
