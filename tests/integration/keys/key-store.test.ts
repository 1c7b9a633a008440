import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCodeWithTrustFile } from '../../../shared/qr/verify';
import { DATABASE_FILE, openDataFolder } from '../../../services/open-data-folder';
import { passphraseSealer } from '../../../services/keys/sealer';
import { openTestServices, RESOURCES_DIR, tempDir, TEST_PASSPHRASE, venueInput } from '../../helpers/temp-services';

describe('signing keys', () => {
  it('creates one key on first run, sealed at rest, and reuses it', () => {
    const ctx = openTestServices({ withKey: false });
    const first = ctx.services.keys.ensure();
    const again = ctx.services.keys.ensure();
    expect(first.created).toBe(true);
    expect(again).toEqual({ key: first.key, created: false });
    expect(first.key.kid).toMatch(/^[0-9a-f]{16}$/);
    ctx.services.close();
    // At rest, the private key is ciphertext: the PKCS#8 Ed25519 header never appears in the file.
    const db = new Database(join(ctx.dataDir, DATABASE_FILE), { readonly: true });
    const row = db.prepare('SELECT sealed_private, protection FROM signing_keys').get() as { sealed_private: Buffer; protection: string };
    db.close();
    expect(row.protection).toBe('passphrase-scrypt-aes256gcm');
    expect(row.sealed_private.includes(Buffer.from('302e020100300506032b6570', 'hex'))).toBe(false);
    ctx.cleanup();
  });

  it('refuses a wrong passphrase with a clear message', () => {
    const t = tempDir();
    const open = (pass: string) => openDataFolder({ dataDir: t.dir, resourcesDir: RESOURCES_DIR, sealer: () => passphraseSealer(pass) });
    const a = open(TEST_PASSPHRASE);
    a.keys.ensure();
    a.close();
    const b = open('the wrong passphrase');
    const venue = b.venues.create(venueInput());
    expect(() => b.issuer.issue(venue)).toThrow(/Wrong passphrase/);
    b.close();
    const c = open(TEST_PASSPHRASE);
    expect(c.issuer.issue(venue).text).toMatch(/^VC1:\d+$/);
    c.close();
    t.cleanup();
  });

  it('rotates: new codes use the new key, old codes still verify while the old key is in the trust file', () => {
    let now = Date.parse('2026-11-01T04:00:00Z');
    const ctx = openTestServices({ clock: () => now });
    const s = ctx.services;
    const venue = s.venues.create(venueInput());
    const oldCode = s.issuer.issue(venue);
    now = Date.parse('2026-11-23T04:00:00Z');
    const newKey = s.keys.rotate();
    const newCode = s.issuer.issue(venue);
    expect(newCode.record.kid).toBe(newKey.kid);
    expect(oldCode.record.kid).not.toBe(newKey.kid);
    const keys = s.keys.list();
    expect(keys.map((k) => k.status).sort()).toEqual(['active', 'retired']);
    expect(keys.find((k) => k.status === 'retired')?.validUntil).toBe('2026-11-23');
    const trust = s.trust.index();
    expect(verifyCodeWithTrustFile(oldCode.text, trust).ok).toBe(true);
    expect(verifyCodeWithTrustFile(newCode.text, trust).ok).toBe(true);
    // Deactivating the venue revokes its codes in the next trust file.
    s.venues.setStatus(venue.id, 'deactivated');
    expect(verifyCodeWithTrustFile(newCode.text, s.trust.index())).toMatchObject({ ok: false, reason: 'revoked' });
    ctx.cleanup();
  });
});
