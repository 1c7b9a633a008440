/**
 * The CLI's side of the trust chain, run in-process on a real data folder: `authority pin`/`show`, `keys request`,
 * `keys certificate --import`, `keys rotate` printing the new key's request, and `verify --root --bundle` for an
 * accepted code and for every reason it can refuse one — with `verify --trust` still working beside it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedBundle } from '../../../shared/trust/bundle';
import { certificateRequestSchema, checkRequest, parseSignedDocument, type SignedCertificate } from '../../../shared/trust/certificate';
import { nodeVerify } from '../../../services/crypto/node-verify';
import { inProcessCli } from '../../helpers/in-process-cli';
import { tempDir } from '../../helpers/temp-services';
import { makeTestAuthority } from '../../helpers/test-authority';

const NOW = Date.parse('2026-11-26T04:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;
const home = tempDir('vc-authority-cli-');
const data = join(home.dir, 'data');
const cli = inProcessCli(data, { passphrase: 'authority cli 2026', now: NOW });
const authority = makeTestAuthority(NOW - 30 * DAY);
const rootFile = join(home.dir, 'root.json');
const file = (name: string, value: unknown) => {
  const path = join(home.dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

let key = { kid: '', publicKey: '' };
let oldCode = '';
let cert: SignedCertificate;

const subject = () => ({ ...key, operator: 'Harbour Dining Group' });
const certify = (over: { validUntil?: string; types?: ('restaurant' | 'taxi')[]; of?: typeof key } = {}) =>
  authority.certify({ ...(over.of ?? key), operator: 'Harbour Dining Group' }, NOW - DAY, { validFrom: '2026-11-01', validUntil: over.validUntil ?? '2027-10-31', ...(over.types ? { types: over.types } : {}) });

/** Runs `verify --root --bundle` on `text`; returns the exit code and the parsed verdict. */
async function verify(bundle: SignedBundle | string, text = oldCode) {
  const r = await cli(['verify', '--root', rootFile, '--bundle', file('bundle.json', bundle), text]);
  expect(r.stdout, r.stderr).not.toBe('');
  return { code: r.code, verdict: JSON.parse(r.stdout) as { ok: boolean; reason?: string; detail?: string; operator?: string; venue?: { venueId: string } } };
}

beforeAll(async () => {
  expect((await cli(['keys', 'init'])).code).toBe(0);
  expect((await cli(['settings', '--operator-name', 'Harbour Dining Group', '--scheme-name', 'Safe Visit 安心到訪'])).code).toBe(0);
  const add = await cli(['venue', 'add', '--name-en', 'Harbour Noodles', '--name-zh', '海港麵家', '--address-en', '8 Harbour Road, Wan Chai', '--address-zh', '灣仔港灣道8號', '--district', 'Wan Chai', '--type', 'restaurant']);
  expect(add.code, add.stderr).toBe(0);
  const venueId = JSON.parse(add.stdout).id as string;
  const code = await cli(['code', venueId]);
  expect(code.code, code.stderr).toBe(0);
  oldCode = code.stdout.trim();
  const keys = JSON.parse((await cli(['keys', 'list'])).stdout) as { kid: string; publicKey: string }[];
  key = { kid: keys[0]?.kid ?? '', publicKey: keys[0]?.publicKey ?? '' };
  writeFileSync(rootFile, JSON.stringify(authority.roots));
  cert = certify();
});
afterAll(() => home.cleanup());

describe('authority pin, keys request, keys certificate, authority show', () => {
  it('pins the root, writes a signed request, imports the certificate and shows it', async () => {
    const pin = await cli(['authority', 'pin', '--root', rootFile]);
    expect(pin.code, pin.stderr).toBe(0);
    expect(JSON.parse(pin.stdout)).toMatchObject({ version: 1, added: [1] });

    const out = join(home.dir, 'request.json');
    const req = await cli(['keys', 'request', '--out', out, '--contact', 'ops@harbour.example']);
    expect(req.code, req.stderr).toBe(0);
    const request = parseSignedDocument(readFileSync(out, 'utf8'), certificateRequestSchema);
    expect(request.ok).toBe(true);
    if (request.ok) {
      expect(request.doc.signed).toMatchObject({ kid: key.kid, publicKey: key.publicKey, operator: 'Harbour Dining Group', contact: 'ops@harbour.example' });
      expect(checkRequest(request.doc, nodeVerify)).toEqual({ ok: true });
    }

    const imp = await cli(['keys', 'certificate', '--import', file('cert.json', cert)]);
    expect(imp.code, imp.stderr).toBe(0);
    expect(JSON.parse(imp.stdout)).toMatchObject({ added: true, kid: key.kid, validUntil: '2027-10-31' });
    const show = JSON.parse((await cli(['authority', 'show'])).stdout);
    expect(show.root).toMatchObject({ authority: authority.name, version: 1 });
    expect(show.keys[0].certificate).toMatchObject({ certifiedBy: authority.name, serial: cert.signed.serial, expiresSoon: false });
  });

  it('never writes a request onto the console’s own files', async () => {
    const db = join(data, 'venue-console.sqlite3');
    const before = readFileSync(db);
    const r = await cli(['keys', 'request', '--out', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('refuses a rollback and a certificate for another key, in both languages, exit 1', async () => {
    const stranger = makeTestAuthority(NOW).root; // another authority's root, version 1
    const r = await cli(['authority', 'pin', '--root', file('other-root.json', stranger)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
    const other = makeTestAuthority(NOW);
    const theirs = other.certify({ ...subject(), kid: other.rootKey().kid, publicKey: other.rootKey().publicKey }, NOW, { validFrom: '2026-11-01', validUntil: '2027-10-31' });
    const i = await cli(['keys', 'certificate', '--import', file('their-cert.json', theirs)]);
    expect(i.code).toBe(1);
    expect(i.stderr).toMatch(/not one of this console's signing keys/);
    expect(i.stderr).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('verify --root --bundle', () => {
  it('accepts a certified code and names the operator', async () => {
    const { code, verdict } = await verify(authority.bundle(NOW - HOUR, { certificates: [cert] }));
    expect(code).toBe(0);
    expect(verdict).toMatchObject({ ok: true, operator: 'Harbour Dining Group', venue: { kid: key.kid } });
  });

  it('not-certified: the key is not in the bundle', async () => {
    expect(await verify(authority.bundle(NOW - HOUR, {}))).toMatchObject({ code: 1, verdict: { ok: false, reason: 'not-certified' } });
  });

  it('certificate-expired: the code was issued after the certificate ended', async () => {
    const ended = certify({ validUntil: '2026-11-25' });
    expect(await verify(authority.bundle(NOW - HOUR, { certificates: [ended] }))).toMatchObject({ code: 1, verdict: { ok: false, reason: 'certificate-expired' } });
  });

  it('type-not-allowed: a taxi-only certificate and a restaurant code', async () => {
    const taxiOnly = certify({ types: ['taxi'] });
    const { code, verdict } = await verify(authority.bundle(NOW - HOUR, { certificates: [taxiOnly] }));
    expect(code).toBe(1);
    expect(verdict).toMatchObject({ ok: false, reason: 'type-not-allowed' });
    expect(verdict.detail).toMatch(/restaurant/);
  });

  it('bundle-invalid: one changed byte, the notices key, or not a bundle at all', async () => {
    const good = JSON.stringify(authority.bundle(NOW - HOUR, { certificates: [cert] }));
    const tampered = good.replace('"revokedVenues":[]', '"revokedVenues":[{"venueId":"X","revokedAt":"2026-11-26T00:00:00Z","reason":"x"}]');
    expect(tampered).not.toBe(good);
    expect(await verify(tampered)).toMatchObject({ code: 1, verdict: { ok: false, reason: 'bundle-invalid' } });
    const byNotices = await verify(authority.bundle(NOW - HOUR, { certificates: [cert] }, { signer: authority.key('notices') }));
    expect(byNotices).toMatchObject({ code: 1, verdict: { ok: false, reason: 'bundle-invalid' } });
    expect(byNotices.verdict.detail).toMatch(/notices key/);
    expect(await verify('{"signed":{"type":"venue-trust-bundle"}}')).toMatchObject({ code: 1, verdict: { ok: false, reason: 'bundle-invalid' } });
  });

  it('bundle-expired: a bundle past its 48 hours', async () => {
    expect(await verify(authority.bundle(NOW - 3 * DAY, { certificates: [cert] }))).toMatchObject({ code: 1, verdict: { ok: false, reason: 'bundle-expired' } });
  });

  it('revoked-key: the operator key is revoked in the bundle', async () => {
    const bundle = authority.bundle(NOW - HOUR, { certificates: [cert], revokedOperators: [{ kid: key.kid, revokedAt: new Date(NOW - 2 * HOUR).toISOString(), reason: 'laptop stolen' }] });
    expect(await verify(bundle)).toMatchObject({ code: 1, verdict: { ok: false, reason: 'revoked-key' } });
  });

  it('needs both --root and --bundle; --trust still works', async () => {
    expect((await cli(['verify', '--root', rootFile, oldCode])).code).toBe(2);
    const trust = join(home.dir, 'trust.json');
    expect((await cli(['trust', 'export', '--out', trust])).code).toBe(0);
    const r = await cli(['verify', '--trust', trust, oldCode]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
  });
});

describe('keys rotate', () => {
  it("prints the new key's signed request; the old key's codes verify while its certificate is in the bundle", async () => {
    const r = await cli(['keys', 'rotate', '--contact', 'ops@harbour.example']);
    expect(r.code, r.stderr).toBe(0);
    const rotated = JSON.parse(r.stdout) as { kid: string; publicKey: string; status: string; request: unknown };
    expect(rotated.kid).not.toBe(key.kid);
    const request = parseSignedDocument(JSON.stringify(rotated.request), certificateRequestSchema);
    expect(request.ok).toBe(true);
    if (!request.ok) return;
    expect(request.doc.signed).toMatchObject({ kid: rotated.kid, publicKey: rotated.publicKey, contact: 'ops@harbour.example' });
    expect(checkRequest(request.doc, nodeVerify)).toEqual({ ok: true });

    const newCert = certify({ of: { kid: rotated.kid, publicKey: rotated.publicKey } });
    const venueId = (JSON.parse((await cli(['venue', 'list'])).stdout) as { items?: { id: string }[] } | { id: string }[]);
    const id = Array.isArray(venueId) ? venueId[0]?.id : venueId.items?.[0]?.id;
    const newCode = (await cli(['code', String(id)])).stdout.trim();
    expect(newCode).not.toBe(oldCode);
    const both = authority.bundle(NOW - HOUR, { certificates: [cert, newCert] });
    expect(await verify(both, oldCode)).toMatchObject({ code: 0, verdict: { ok: true } });
    expect(await verify(both, newCode)).toMatchObject({ code: 0, verdict: { ok: true } });
    const onlyNew = authority.bundle(NOW - HOUR, { certificates: [newCert] });
    expect(await verify(onlyNew, oldCode)).toMatchObject({ code: 1, verdict: { ok: false, reason: 'not-certified' } });
    expect(await verify(onlyNew, newCode)).toMatchObject({ code: 0, verdict: { ok: true } });
  });
});
