/**
 * The desk key: a random 32-byte HMAC key made once per installation, sealed at rest like the signing key
 * (the OS keychain in the app, a passphrase in the CLI), unsealed once per process. The log stores only
 * HMAC-SHA256(desk key, pass id): the authority, given the key with an export, can match pass ids it issued;
 * anyone reading the database alone learns nothing.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { fail } from '../../shared/errors';
import type { Clock } from '../../shared/time/hk';
import type { Db } from '../db/open-database';
import type { SecretSealer } from '../keys/sealer';

interface DeskKeyRow {
  desk_id: string;
  sealed_key: Buffer;
  protection: string;
}

/** An unsealed desk key. */
export interface DeskKey {
  /** A random id naming this installation's desk in the log and exports. */
  deskId: string;
  /** HMAC-SHA256 of a pass id (hex) under the key, as hex. */
  hmac: (passIdHex: string) => string;
  /** The raw key, only for a signed export to the health authority. */
  readonly raw: Buffer;
}

/** Creates (on first use) and unseals the desk key. */
export class DeskKeyStore {
  private key: DeskKey | null = null;

  constructor(
    private readonly db: Db,
    private readonly sealer: () => SecretSealer,
    private readonly clock: Clock,
  ) {}

  /** Whether a desk key exists yet (no scan has been logged before it does). */
  exists(): boolean {
    return this.db.prepare('SELECT 1 FROM desk_keys WHERE id = 1').get() !== undefined;
  }

  /** The desk key, made now if this installation has none. */
  get(): DeskKey {
    if (this.key) return this.key;
    let row = this.db.prepare<[], DeskKeyRow>('SELECT desk_id, sealed_key, protection FROM desk_keys WHERE id = 1').get();
    const sealer = this.sealer();
    if (!row) {
      const raw = randomBytes(32);
      row = { desk_id: `desk-${randomBytes(4).toString('hex')}`, sealed_key: Buffer.from(sealer.seal(raw)), protection: sealer.protection };
      this.db.prepare('INSERT INTO desk_keys (id, desk_id, sealed_key, protection, created_at) VALUES (1, ?, ?, ?, ?)').run(row.desk_id, row.sealed_key, row.protection, this.clock());
    }
    if (row.protection !== sealer.protection) {
      fail('key-locked', `The desk key is protected by "${row.protection}", which this program cannot open.`, `前台密鑰以「${row.protection}」保護，本程式無法開啟。`);
    }
    const raw = Buffer.from(sealer.unseal(row.sealed_key));
    this.key = { deskId: row.desk_id, raw, hmac: (passIdHex) => createHmac('sha256', raw).update(Buffer.from(passIdHex, 'hex')).digest('hex') };
    return this.key;
  }
}
