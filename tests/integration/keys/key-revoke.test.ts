/** Key revocation: the trust file lists the key as revoked, its codes are refused, and the venues it signed are listed. */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCodeText } from '../../../shared/qr/code';
import { parseTrustFile } from '../../../shared/qr/trust';
import { indexTrust, verifyCodeWithTrustFile } from '../../../shared/qr/verify';
import { runBatch } from '../../../services/batch/batch-job';
import { readFleetCsv } from '../../../services/batch/fleet-csv';
import { DATABASE_FILE } from '../../../services/open-data-folder';
import { MIGRATIONS } from '../../../services/db/migrations';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import { folderPlatform } from '../../../services/platform/platform';
import { revokeKey } from '../../../services/keys/revoke-key';
import { BATCH_WORKER, openTestServices, tempDir, venueInput } from '../../helpers/temp-services';
import { failureOf } from '../../helpers/failure-of';


describe('key revocation', () => {
  it('rotate, revoke the old key, export trust: old codes (even back-dated) are revoked-key; the venues it signed are listed', () => {
    let now = Date.parse('2026-03-01T04:00:00Z');
    const ctx = openTestServices({ clock: () => now });
    const s = ctx.services;
    const a = s.venues.create(venueInput());
    const b = s.venues.create(venueInput({ nameEn: 'Bravo Bar', nameZh: '勇酒吧', addressEn: '2 Bravo Street', type: 'bar-pub' }));
    const c = s.venues.create(venueInput({ nameEn: 'Charlie Cinema', nameZh: '查理戲院', addressEn: '3 Charlie Street', type: 'cinema' }));
    const oldSigner = s.keys.activeSigner();
    const oldA = s.issuer.issue(a);
    s.issuer.issue(b);
    now = Date.parse('2026-06-30T04:00:00Z');
    const newKey = s.keys.rotate();
    const newC = s.issuer.issue(c);
    now = Date.parse('2026-11-24T02:00:00Z');

    const result = revokeKey(s, { kid: oldSigner.kid, reason: 'Old laptop stolen 舊手提電腦被盜' });
    expect(result.revoked).toMatchObject({ kid: oldSigner.kid, status: 'revoked', revocationReason: 'Old laptop stolen 舊手提電腦被盜', revokedAt: now });
    expect(result.replacement).toBeNull();
    expect(result.complete).toBe(true);
    expect(result.venues.map((v) => v.id).sort()).toEqual([a.id, b.id].sort());
    expect(result.venues.find((v) => v.id === a.id)).toMatchObject({ nameEn: a.nameEn, nameZh: a.nameZh, lastIssuedOn: '2026-03-01', reissuedOn: null, status: 'active' });
    expect(s.keys.active()?.kid).toBe(newKey.kid);

    // The exported trust file (as JSON text, as verifiers read it) lists the key as revoked, with reason and time.
    const trust = parseTrustFile(JSON.stringify(s.trust.file()));
    expect(trust.version).toBe(1);
    expect(trust.keys.find((k) => k.kid === oldSigner.kid)).toMatchObject({
      status: 'revoked',
      revokedAt: '2026-11-24T02:00:00.000Z',
      revocationReason: 'Old laptop stolen 舊手提電腦被盜',
      validUntil: '2026-06-30',
    });
    expect(trust.keys.find((k) => k.kid === newKey.kid)).not.toHaveProperty('revokedAt');
    const index = indexTrust(trust);
    expect(verifyCodeWithTrustFile(oldA.text, index)).toMatchObject({ ok: false, reason: 'revoked-key' });
    expect(verifyCodeWithTrustFile(newC.text, index).ok).toBe(true);
    // A leaked key back-dates a code inside its old validity: still refused.
    const backDated = buildCodeText({ ...oldA.record, venueId: c.id, nameEn: c.nameEn, nameZh: c.nameZh, type: c.type, issuedOn: '2026-04-01' }, oldSigner.sign);
    expect(verifyCodeWithTrustFile(backDated, index)).toMatchObject({ ok: false, reason: 'revoked-key' });

    // Re-issuing a poster with the new key marks the venue as re-issued; the list is kept.
    s.issuer.issue(a);
    const again = s.issuedCodes.venuesSignedBy(oldSigner.kid);
    expect(again.find((v) => v.id === a.id)?.reissuedOn).toBe('2026-11-24');
    expect(again.find((v) => v.id === b.id)?.reissuedOn).toBeNull();
    // The revoked key survives a reopen.
    expect(s.keys.list().find((k) => k.kid === oldSigner.kid)).toMatchObject({ status: 'revoked', revokedAt: now });
    ctx.cleanup();
  });

  it('revoking the active key rotates first, so the operator can keep issuing codes', () => {
    let now = Date.parse('2026-03-01T04:00:00Z');
    const ctx = openTestServices({ clock: () => now });
    const s = ctx.services;
    const venue = s.venues.create(venueInput());
    const before = s.issuer.issue(venue);
    now = Date.parse('2026-03-05T04:00:00Z');
    const result = revokeKey(s, { kid: before.record.kid, reason: '  Key file copied to a USB stick  ' });
    expect(result.revoked).toMatchObject({ kid: before.record.kid, status: 'revoked', validUntil: '2026-03-05', revocationReason: 'Key file copied to a USB stick' });
    expect(result.replacement).toMatchObject({ status: 'active', validFrom: '2026-03-05' });
    expect(result.replacement?.kid).not.toBe(before.record.kid);
    expect(result.venues.map((v) => v.id)).toEqual([venue.id]);
    const after = s.issuer.issue(venue);
    expect(after.record.kid).toBe(result.replacement?.kid);
    const trust = s.trust.index();
    expect(verifyCodeWithTrustFile(before.text, trust)).toMatchObject({ ok: false, reason: 'revoked-key' });
    expect(verifyCodeWithTrustFile(after.text, trust).ok).toBe(true);
    expect(s.keys.list().map((k) => k.status).sort()).toEqual(['active', 'revoked']);
    ctx.cleanup();
  });

  it('refuses an unknown kid, an already-revoked key and a missing reason in both languages, changing nothing', () => {
    const ctx = openTestServices();
    const s = ctx.services;
    const kid = s.keys.active()?.kid ?? '';
    s.keys.rotate();

    const unknown = failureOf(() => revokeKey(s, { kid: '0123456789abcdef', reason: 'test' }));
    expect(unknown.appError).toMatchObject({ code: 'not-found', message: expect.stringContaining('0123456789abcdef') });
    expect(unknown.appError.messageZh).toMatch(/找不到/);

    for (const reason of ['', '   ', 'a\u0000b']) {
      const bad = failureOf(() => revokeKey(s, { kid, reason }));
      expect(bad.appError.code).toBe('validation');
      expect(bad.appError.messageZh).toMatch(/原因/);
    }
    expect(s.keys.list().find((k) => k.kid === kid)?.status).toBe('retired');

    revokeKey(s, { kid, reason: 'compromised' });
    const twice = failureOf(() => revokeKey(s, { kid, reason: 'again' }));
    expect(twice.appError).toMatchObject({ code: 'conflict', message: expect.stringContaining('already revoked') });
    expect(twice.appError.messageZh).toMatch(/已被撤銷/);
    expect(s.keys.list().find((k) => k.kid === kid)?.revocationReason).toBe('compromised');
    ctx.cleanup();
  });

  it('a database from before this version marks its existing keys as not fully recorded', () => {
    const t = tempDir();
    const raw = new Database(join(t.dir, DATABASE_FILE));
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) raw.exec(m.sql);
    raw.pragma('user_version = 3');
    raw.close();
    const ctx = openTestServices({ dataDir: t.dir });
    const s = ctx.services;
    const oldKid = s.keys.active()?.kid ?? '';
    // ensure() created the key on the migrated database: it is new, so its codes are all recorded.
    expect(revokeKey(s, { kid: oldKid, reason: 'test' }).complete).toBe(true);
    ctx.services.close();

    const legacy = tempDir();
    const db = new Database(join(legacy.dir, DATABASE_FILE));
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) db.exec(m.sql);
    db.pragma('user_version = 3');
    db.prepare(
      `INSERT INTO signing_keys (kid, public_key, sealed_private, protection, status, valid_from, valid_until, created_at)
       VALUES ('00112233445566aa', zeroblob(32), zeroblob(16), 'test', 'retired', '2026-01-01', '2026-02-01', 1)`,
    ).run();
    db.close();
    const old = openTestServices({ dataDir: legacy.dir });
    const result = revokeKey(old.services, { kid: '00112233445566aa', reason: 'legacy key' });
    expect(result.complete).toBe(false);
    expect(result.venues).toEqual([]);
    old.cleanup();
    t.cleanup();
  });

  it.runIf(existsSync(BATCH_WORKER))('records the venues of a batch, so revoking lists every sticker it signed', async () => {
    const ctx = openTestServices();
    const s = ctx.services;
    const out = tempDir();
    const kid = s.keys.active()?.kid ?? '';
    await runBatch(s.batchDeps, readFleetCsv('plate\nAB1234\nCD88\n'), { template: 'sheet', pdfPath: join(out.dir, 'stickers.pdf') });
    const result = revokeKey(s, { kid, reason: 'fleet key leaked' });
    expect(result.venues.map((v) => v.nameEn).sort()).toEqual(['AB1234', 'CD88']);
    expect(result.venues.every((v) => v.type === 'taxi')).toBe(true);
    out.cleanup();
    ctx.cleanup();
  });

  it('over IPC: revokeKey answers the revocation and the venues to re-issue; listKeyVenues lists them again', async () => {
    const ctx = openTestServices();
    const s = ctx.services;
    const downloads = tempDir();
    const app = 'file:///opt/Venue%20Console/resources/app/out/renderer/index.html';
    const handlers = createHandlers({ ...s, platform: folderPlatform(downloads.dir) });
    const call = (channel: string, input: unknown) => dispatch(handlers, channel, input, { senderUrl: app }, senderPolicyFor(app));
    const venue = s.venues.create(venueInput());
    const kid = s.issuer.issue(venue).record.kid;

    expect(await call('revokeKey', { kid, reason: ' ' })).toMatchObject({ ok: false, error: { code: 'validation', fields: [{ field: 'reason' }] } });
    expect(await call('revokeKey', { kid: 'nope', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await call('revokeKey', null)).toMatchObject({ ok: false, error: { code: 'validation' } });
    const result = await call('revokeKey', { kid, reason: 'Stolen laptop' });
    expect(result).toMatchObject({
      ok: true,
      value: { revoked: { kid, status: 'revoked', revocationReason: 'Stolen laptop' }, replacement: { status: 'active' }, total: 1, pending: 1, complete: true },
    });
    expect(result).toMatchObject({ value: { venues: [expect.objectContaining({ id: venue.id, reissuedOn: null })] } });
    expect(JSON.stringify(result)).not.toMatch(/sealed|pkcs8/i);
    s.issuer.issue(venue);
    expect(await call('listKeyVenues', { kid })).toMatchObject({ ok: true, value: { total: 1, pending: 0, venues: [{ id: venue.id, reissuedOn: expect.any(String) }] } });
    downloads.cleanup();
    ctx.cleanup();
  });
});
