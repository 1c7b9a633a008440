/**
 * The operator's Ed25519 signing keys: created on first run, sealed at rest, unsealed once per process
 * into a KeyObject that signs in ~0.03 ms. Rotation retires the current key; retired keys stay in the
 * trust file so the codes they signed keep verifying. Revocation (reason and time recorded) makes
 * verifiers refuse every code a key signed.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { fail } from '../../shared/errors';
import type { KeyInfo, KeyStatus } from '../../shared/keys/key-info';
import { kidOf } from '../../shared/qr/trust';
import { toHex } from '../../shared/qr/bytes';
import { hkIsoDate, type Clock } from '../../shared/time/hk';
import type { Db } from '../db/open-database';
import type { SecretSealer } from './sealer';

interface KeyRow {
  kid: string;
  public_key: Buffer;
  sealed_private: Buffer;
  protection: string;
  status: KeyStatus;
  valid_from: string;
  valid_until: string | null;
  created_at: number;
  revoked_at: number | null;
  revocation_reason: string | null;
  codes_recorded: 0 | 1;
}

/** A key as listed to people and programs (no private material): the output of `keyInfoSchema`. */
export type { KeyInfo };

/** What {@link KeyStore.revoke} did: the revoked key, and the key made to replace it when it was the active one. */
export interface KeyRevocationResult {
  revoked: KeyInfo;
  replacement: KeyInfo | null;
}

/** Longest revocation reason, in characters. */
export const REVOCATION_REASON_MAX = 300;

/** The active key's id and a function that signs with it. */
export interface ActiveSigner {
  kid: string;
  sign: (message: Uint8Array) => Uint8Array;
  /** The unsealed key, for this process's batch worker threads only; never sent over IPC. */
  readonly keyObject: KeyObject;
}

const toInfo = (r: KeyRow): KeyInfo => ({
  kid: r.kid,
  publicKey: toHex(r.public_key),
  status: r.status,
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  createdAt: r.created_at,
  protection: r.protection,
  revokedAt: r.revoked_at,
  revocationReason: r.revocation_reason,
});

/** A revocation reason, trimmed and NFC-normalised; refused when empty, too long or holding invisible or control characters. */
function checkedReason(reason: string): string {
  const text = reason.normalize('NFC').trim();
  const problem =
    text === ''
      ? { en: 'Give a reason for revoking the key.', zh: '請註明撤銷密鑰的原因。' }
      : [...text].length > REVOCATION_REASON_MAX
        ? { en: `The reason is too long (at most ${REVOCATION_REASON_MAX} characters).`, zh: `原因太長（最多 ${REVOCATION_REASON_MAX} 個字元）。` }
        : /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}]/u.test(text)
          ? { en: 'The reason contains control or invisible characters.', zh: '原因含有控制字元或隱形字元。' }
          : null;
  if (problem) fail('validation', problem.en, problem.zh, [{ field: 'reason', en: problem.en, zh: problem.zh }]);
  return text;
}

/** A signer over an unsealed key: one KeyObject for the life of the process. */
function signerFor(kid: string, keyObject: KeyObject): ActiveSigner {
  return { kid, sign: (m) => new Uint8Array(sign(null, m, keyObject)), keyObject };
}

/** Raw 32-byte Ed25519 public key of a KeyObject. */
function rawPublicKey(key: KeyObject): Uint8Array {
  const jwk = key.export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(String(jwk.x), 'base64url'));
}

/** Key storage and signing over one database. */
export class KeyStore {
  private signer: ActiveSigner | null = null;

  constructor(
    private readonly db: Db,
    private readonly sealer: () => SecretSealer,
    private readonly clock: Clock,
  ) {}

  /** All keys, newest first. */
  list(): KeyInfo[] {
    return this.db.prepare<[], KeyRow>('SELECT * FROM signing_keys ORDER BY created_at DESC, kid').all().map(toInfo);
  }

  /** The active key, if one exists. */
  active(): KeyInfo | null {
    const row = this.db.prepare<[], KeyRow>("SELECT * FROM signing_keys WHERE status = 'active' ORDER BY created_at DESC LIMIT 1").get();
    return row ? toInfo(row) : null;
  }

  /** Creates the first key if there is none. Returns the active key and whether it was created now. */
  ensure(): { key: KeyInfo; created: boolean } {
    const existing = this.active();
    if (existing) return { key: existing, created: false };
    return { key: this.create(), created: true };
  }

  /** Makes a new active key and retires the previous one (its validity ends today). */
  rotate(): KeyInfo {
    return this.create();
  }

  /**
   * Revokes a key: verifiers then refuse every code it signed. The active key is first replaced by a new
   * one (as {@link rotate} does), in the same transaction, so the console can keep issuing codes.
   */
  revoke(kid: string, reason: string): KeyRevocationResult {
    const id = kid.trim().toLowerCase();
    if (!/^[0-9a-f]{16}$/.test(id)) {
      fail('validation', 'A key id is 16 characters, 0–9 and a–f (see keys list).', '密鑰編號由 16 個 0–9 及 a–f 字元組成（見密鑰列表）。', [
        { field: 'kid', en: 'A key id is 16 characters, 0–9 and a–f.', zh: '密鑰編號由 16 個 0–9 及 a–f 字元組成。' },
      ]);
    }
    const text = checkedReason(reason);
    const row = this.row(id);
    if (!row) fail('not-found', `There is no signing key ${id} in this data folder.`, `此資料夾中找不到簽署密鑰 ${id}。`);
    if (row.status === 'revoked') {
      const when = row.revoked_at === null ? '—' : hkIsoDate(row.revoked_at);
      const why = row.revocation_reason ?? '—';
      fail('conflict', `Key ${id} is already revoked (${when}, reason: ${why}).`, `密鑰 ${id} 已被撤銷（${when}，原因：${why}）。`);
    }
    let replacement: KeyInfo | null = null;
    this.db
      .transaction(() => {
        if (row.status === 'active') replacement = this.create();
        this.db
          .prepare("UPDATE signing_keys SET status = 'revoked', revoked_at = ?, revocation_reason = ? WHERE kid = ?")
          .run(this.clock(), text, id);
      })
      .immediate();
    if (this.signer?.kid === id) this.signer = null;
    return { revoked: toInfo(this.row(id) as KeyRow), replacement };
  }

  /** Whether every code `kid` signed was recorded (false for keys made before the console recorded codes). */
  codesRecorded(kid: string): boolean {
    return this.row(kid)?.codes_recorded === 1;
  }

  private row(kid: string): KeyRow | undefined {
    return this.db.prepare<[string], KeyRow>('SELECT * FROM signing_keys WHERE kid = ?').get(kid);
  }

  private create(): KeyInfo {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = rawPublicKey(publicKey);
    const sealer = this.sealer();
    const sealed = sealer.seal(privateKey.export({ format: 'der', type: 'pkcs8' }));
    const now = this.clock();
    const today = hkIsoDate(now);
    const kid = kidOf(raw);
    this.db
      .transaction(() => {
        this.db.prepare("UPDATE signing_keys SET status = 'retired', valid_until = ? WHERE status = 'active'").run(today);
        this.db
          .prepare(
            `INSERT INTO signing_keys (kid, public_key, sealed_private, protection, status, valid_from, valid_until, created_at)
             VALUES (?, ?, ?, ?, 'active', ?, NULL, ?)`,
          )
          .run(kid, Buffer.from(raw), Buffer.from(sealed), sealer.protection, today, now);
      })
      .immediate();
    this.signer = signerFor(kid, privateKey);
    return toInfo(this.row(kid) as KeyRow);
  }

  /** The signer for the active key; the private key is unsealed on first use and kept as a KeyObject. */
  activeSigner(): ActiveSigner {
    const row = this.db.prepare<[], KeyRow>("SELECT * FROM signing_keys WHERE status = 'active' ORDER BY created_at DESC LIMIT 1").get();
    if (!row) fail('key-missing', 'No signing key exists yet. Create one first.', '尚未建立簽署密鑰，請先建立。');
    if (this.signer?.kid === row.kid) return this.signer;
    const sealer = this.sealer();
    if (sealer.protection !== row.protection) {
      fail(
        'key-locked',
        `The signing key is protected by "${row.protection}", which this program cannot open (it has "${sealer.protection}"). Use the program that created the key.`,
        `簽署密鑰以「${row.protection}」保護，本程式無法開啟。請使用建立該密鑰的程式。`,
      );
    }
    const privateKey = createPrivateKey({ key: Buffer.from(sealer.unseal(row.sealed_private)), format: 'der', type: 'pkcs8' });
    const derivedKid = kidOf(rawPublicKey(createPublicKey(privateKey)));
    if (derivedKid !== row.kid) fail('key-locked', 'The stored signing key does not match its public key.', '儲存的簽署密鑰與公鑰不符。');
    this.signer = signerFor(row.kid, privateKey);
    return this.signer;
  }
}
