/**
 * The operator's side of the authority's trust chain (issue 11): the pinned root and every later version
 * accepted through the signed chain (never an older or a different one), the certificate requests this
 * console's keys sign, and the certificates the authority issued for them. Documents are stored as signed JSON.
 */
import { fail } from '../../shared/errors';
import type { Response } from '../../shared/ipc/console-contract';
import { certificateRequestSchema, certificateSchema, checkCertificate, parseSignedDocument, type CertificateRequest, type SignedCertificate } from '../../shared/trust/certificate';
import type { VerifyEd25519 } from '../../shared/trust/ed25519';
import { advanceRoot, checkFirstRoot, parseRoot, type RootOutcome, type SignedRoot } from '../../shared/trust/root';
import { signDocument, type SignedDocument } from '../../shared/trust/signed-document';
import type { Clock } from '../../shared/time/hk';
import { nodeVerify } from '../crypto/node-verify';
import type { Db } from '../db/open-database';
import type { KeyStore } from '../keys/key-store';
import type { SettingsStore } from '../settings/settings-store';
import { authorityStatus, type StoredCertificate } from './authority-status';
import { readRootFile, sameRoot } from './root-file';

/** What the store shows the Settings page and `authority show`. */
export type AuthorityStatus = Response<'getAuthorityTrust'>;

/** What the store uses. */
export interface AuthorityTrustDeps {
  db: Db;
  keys: Pick<KeyStore, 'list' | 'active' | 'activeSigner'>;
  settings: Pick<SettingsStore, 'get'>;
  clock: Clock;
  /** Ed25519 verification (default: Node's native one). */
  verify?: VerifyEd25519;
}

/** What a pin did: the root now pinned, and the versions newly stored (none when the file held nothing new). */
export interface PinResult {
  root: SignedRoot;
  added: number[];
}

/** A signed certificate request. */
export type SignedRequest = SignedDocument<CertificateRequest>;

function refuseRoot(outcome: Extract<RootOutcome, { ok: false }>, pinned: number | null, given: number): never {
  if (outcome.reason === 'rollback') {
    fail('conflict', `Root version ${given} is not newer than the pinned version ${pinned ?? 0}: refused (a rollback). ${outcome.detail}.`, `第 ${given} 版根憑證並不比已固定的第 ${pinned ?? 0} 版新：已拒絕（回退）。`);
  }
  if (outcome.reason === 'not-next-version') {
    fail('validation', `Root version ${given} cannot follow the pinned version ${pinned ?? 0}: give every version in between (the authority's root chain file).`, `第 ${given} 版根憑證不能緊接已固定的第 ${pinned ?? 0} 版：請提供中間每一版（機構的根憑證鏈檔案）。`);
  }
  if (outcome.reason === 'bad-signature') {
    fail('validation', `The root's signature does not check out: ${outcome.detail}. Nothing was pinned.`, '根憑證的簽署無法核實，沒有固定任何根憑證。');
  }
  fail('validation', `This is not an authority root: ${outcome.detail}.`, '這不是有效的機構根憑證。');
}

/** The authority trust chain of one data folder. */
export class AuthorityTrustStore {
  private readonly verify: VerifyEd25519;

  constructor(private readonly deps: AuthorityTrustDeps) {
    this.verify = deps.verify ?? nodeVerify;
  }

  /** Every stored root, oldest first. */
  roots(): SignedRoot[] {
    const rows = this.deps.db.prepare<[], { document: string }>('SELECT document FROM authority_roots ORDER BY version').all();
    return rows.flatMap((r) => {
      const parsed = parseRoot(r.document);
      return parsed.ok ? [parsed.root] : [];
    });
  }

  /** The newest pinned root, or null while none is pinned. */
  pinnedRoot(): SignedRoot | null {
    const row = this.deps.db.prepare<[], { document: string }>('SELECT document FROM authority_roots ORDER BY version DESC LIMIT 1').get();
    if (!row) return null;
    const parsed = parseRoot(row.document);
    return parsed.ok ? parsed.root : null;
  }

  /**
   * Pins a root file (one root or a chain). With nothing pinned the first must be signed by its own root key;
   * afterwards only the signed chain from the pinned root leads forward. Every version reached is stored.
   */
  pin(text: string): PinResult {
    const docs = readRootFile(text);
    const pinned = this.pinnedRoot();
    const newest = (docs.at(-1) as SignedRoot).signed.version;
    if (pinned) {
      const held = new Map(this.roots().map((r) => [r.signed.version, r]));
      for (const doc of docs) {
        const mine = held.get(doc.signed.version);
        if (doc.signed.version <= pinned.signed.version && mine && !sameRoot(mine, doc)) {
          fail(
            'conflict',
            `Root version ${doc.signed.version} differs from the version ${doc.signed.version} already pinned: refused.`,
            `第 ${doc.signed.version} 版根憑證與已固定的同一版不同：已拒絕。`,
          );
        }
      }
    } else {
      const first = checkFirstRoot(docs[0] as SignedRoot, this.verify);
      if (!first.ok) refuseRoot(first, null, (docs[0] as SignedRoot).signed.version);
    }
    const outcome = advanceRoot(pinned, docs, this.verify);
    if (!outcome.ok) refuseRoot(outcome, pinned?.signed.version ?? null, newest);
    const reached = outcome.root.signed.version;
    if (Date.parse(outcome.root.signed.expires) <= this.deps.clock()) {
      fail('validation', `Root version ${reached} expired at ${outcome.root.signed.expires}: ask the authority for its current root.`, `第 ${reached} 版根憑證已於 ${outcome.root.signed.expires} 失效：請向機構索取現行根憑證。`);
    }
    const from = pinned?.signed.version ?? 0;
    const added = docs.filter((d) => d.signed.version > from && d.signed.version <= reached);
    const insert = this.deps.db.prepare('INSERT INTO authority_roots (version, document, accepted_at) VALUES (?, ?, ?)');
    const now = this.deps.clock();
    this.deps.db.transaction(() => {
      for (const d of added) insert.run(d.signed.version, JSON.stringify(d), now);
    })();
    return { root: outcome.root, added: added.map((d) => d.signed.version) };
  }

  /** The active key's certificate request, signed by it (proof of possession); refused while the operator is unnamed. */
  request({ contact = '' }: { contact?: string } = {}): SignedRequest {
    const operator = this.deps.settings.get().operatorName.trim();
    if (!operator) {
      fail('validation', 'Save the operator name in Settings first: the authority certifies a named operator.', '請先在「設定」儲存營運者名稱：機構只會認證具名的營運者。', [
        { field: 'operatorName', en: 'Name the operator first.', zh: '請先填寫營運者名稱。' },
      ]);
    }
    const signer = this.deps.keys.activeSigner();
    const key = this.deps.keys.active();
    if (!key || key.kid !== signer.kid) fail('key-missing', 'No active signing key.', '沒有使用中的簽署密鑰。');
    const parsed = certificateRequestSchema.safeParse({
      type: 'venue-operator-certificate-request',
      operator,
      contact: contact.trim(),
      kid: key.kid,
      publicKey: key.publicKey,
      requestedAt: new Date(this.deps.clock()).toISOString(),
    });
    if (!parsed.success) {
      fail('validation', 'The contact is too long (at most 300 characters).', '聯絡資料太長（最多 300 個字元）。', [
        { field: 'contact', en: 'At most 300 characters.', zh: '最多 300 個字元。' },
      ]);
    }
    return signDocument(parsed.data, [signer]);
  }

  /** Checks and stores a certificate for one of this console's keys; returns it (already held: `added` false). */
  importCertificate(text: string): { certificate: SignedCertificate; added: boolean } {
    const parsed = parseSignedDocument(text, certificateSchema);
    if (!parsed.ok) fail('validation', `This is not an operator certificate: ${parsed.detail}.`, '這不是有效的營運者證書。');
    const cert = parsed.doc;
    const { kid, publicKey, serial } = cert.signed;
    const key = this.deps.keys.list().find((k) => k.kid === kid && k.publicKey === publicKey);
    if (!key) fail('validation', `The certificate is for key ${kid}, which is not one of this console's signing keys.`, `此證書屬於密鑰 ${kid}，並非本管理台的簽署密鑰。`);
    if (key.status === 'revoked') fail('conflict', `Key ${kid} is revoked: its certificate is not imported.`, `密鑰 ${kid} 已被撤銷：不會匯入其證書。`);
    const root = this.pinnedRoot();
    if (!root) fail('validation', "Pin the authority's root first: a certificate is checked against it.", '請先固定機構的根憑證：證書須以它核實。');
    const check = checkCertificate(cert, root.signed, this.verify);
    if (!check.ok) {
      fail('validation', `The certificate is not signed by ${root.signed.authority}'s operators key: ${check.detail}.`, `此證書並非由 ${root.signed.authority} 的營運者認證密鑰簽署。`);
    }
    const existing = this.deps.db.prepare<[string, number], { document: string }>('SELECT document FROM operator_certificates WHERE kid = ? AND serial = ?').get(kid, serial);
    if (existing) {
      if (existing.document === JSON.stringify(cert)) return { certificate: cert, added: false };
      fail('conflict', `A different certificate with serial ${serial} is already stored for key ${kid}: refused.`, `密鑰 ${kid} 已有另一張序號 ${serial} 的證書：已拒絕。`);
    }
    this.deps.db
      .prepare('INSERT INTO operator_certificates (kid, serial, document, valid_from, valid_until, imported_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(kid, serial, JSON.stringify(cert), cert.signed.validFrom, cert.signed.validUntil, this.deps.clock());
    return { certificate: cert, added: true };
  }

  /** Every stored certificate, parsed. */
  certificates(): StoredCertificate[] {
    const rows = this.deps.db.prepare<[], { document: string }>('SELECT document FROM operator_certificates ORDER BY kid, serial').all();
    return rows.flatMap((r) => {
      const parsed = parseSignedDocument(r.document, certificateSchema);
      return parsed.ok ? [parsed.doc] : [];
    });
  }

  /** The pinned root and, per key (newest first), its latest certificate, as of the clock. */
  status(): AuthorityStatus {
    return authorityStatus(this.pinnedRoot(), this.deps.keys.list(), this.certificates(), this.deps.clock());
  }
}
