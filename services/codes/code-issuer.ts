/**
 * The code issuer: the one place that decides what a venue code carries (the active key's id, today's Hong
 * Kong date, the venue's id, type and names), signs it, and records which key signed it for which venue
 * (services/keys/issued-codes.ts). The venue page, posters, the CLI's `code` and the fleet batch all come
 * here; the batch's encoder threads sign with the key and date {@link CodeIssuer.batchSigning} chose, through
 * the same {@link codeRecord}.
 */
import type { KeyObject } from 'node:crypto';
import { fail } from '../../shared/errors';
import { buildCodeText } from '../../shared/qr/code';
import type { VenueCodeRecord } from '../../shared/qr/record';
import { hkIsoDate, type Clock } from '../../shared/time/hk';
import type { Venue } from '../../shared/venue/venue';
import type { IssuedCodes } from '../keys/issued-codes';
import type { KeyStore } from '../keys/key-store';
import { codeRecord, type CodeSigning } from './code-record';

export { codeRecord, taxiCodeVenue, type CodeSigning, type CodeVenue } from './code-record';

/** A batch's signing: one key and one date for every sticker, and the unsealed key for this process's threads. */
export interface BatchSigning extends CodeSigning {
  /** Never sent over IPC: only to this process's batch threads, as PKCS#8 bytes. */
  readonly keyObject: KeyObject;
}

/** A signed code for a venue, with the record it carries. */
export interface IssuedCode {
  text: string;
  record: VenueCodeRecord;
}

/** What the issuer needs: the active key, the issued-codes record, and the time. */
export interface CodeIssuerDeps {
  keys: Pick<KeyStore, 'activeSigner'>;
  issuedCodes: Pick<IssuedCodes, 'record'>;
  clock: Clock;
}

/** Issues venue codes over one data folder's keys. */
export class CodeIssuer {
  constructor(private readonly deps: CodeIssuerDeps) {}

  /** Signs a fresh code for an active venue, dated today (Hong Kong), and records which key signed it. */
  issue(venue: Venue): IssuedCode {
    const code = this.preview(venue);
    this.deps.issuedCodes.record(code.record.kid, venue.id, code.record.issuedOn);
    return code;
  }

  /**
   * The code {@link issue} would sign now, without recording it: for a poster preview that is shown on screen
   * and never handed out (a saved or printed poster goes through {@link issue}).
   */
  preview(venue: Venue): IssuedCode {
    if (venue.status !== 'active') {
      fail('conflict', `Venue ${venue.id} is deactivated; reactivate it to issue its code.`, `場所 ${venue.id} 已停用；請先重新啟用才可發出二維碼。`);
    }
    const signer = this.deps.keys.activeSigner();
    const record = codeRecord({ kid: signer.kid, issuedOn: hkIsoDate(this.deps.clock()) }, venue);
    return { text: buildCodeText(record, signer.sign), record };
  }

  /**
   * The key and date of a batch: its threads sign each sticker's {@link codeRecord} with them, and the batch
   * then records each vehicle with {@link recordBatchCode} when it commits.
   */
  batchSigning(): BatchSigning {
    const signer = this.deps.keys.activeSigner();
    return { kid: signer.kid, issuedOn: hkIsoDate(this.deps.clock()), keyObject: signer.keyObject };
  }

  /** Records that a batch signed a code for `venueId` (inside the batch's commit transaction). */
  recordBatchCode(signing: CodeSigning, venueId: string): void {
    this.deps.issuedCodes.record(signing.kid, venueId, signing.issuedOn);
  }
}
