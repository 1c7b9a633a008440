/**
 * "Export for the health authority": the desk-log entries that fell inside an exposure notice's windows at the
 * venues it concerns, with the desk key, signed by the operator's key. Only the authority — which knows the
 * pass ids it issued — can recompute HMAC(desk key, pass id) and find the people; the operator cannot.
 */
import { fail } from '../../shared/errors';
import { signDocument, type SignedDocument } from '../../shared/trust/signed-document';
import type { Clock } from '../../shared/time/hk';
import type { NoticeCenter } from '../notices/notice-center';
import type { KeyStore } from '../keys/key-store';
import type { DeskKeyStore } from './desk-key';
import type { DeskLog, DeskLogEntry } from './desk-log';

/** The signed part of an export. */
export interface DeskExport {
  type: 'venue-desk-log-export';
  operator: string;
  notice: { id: string; revision: number };
  windows: { from: string; until: string }[];
  venues: string[];
  deskId: string;
  /** The desk key, hex: with it the authority matches pass ids it issued to the HMACs below. */
  deskKey: string;
  /** `HMAC-SHA256(deskKey, passId)` per scan; null for scans that could not be read as a pass. */
  entries: { at: string; verdict: string; venueId: string; deskId: string; passHmac: string | null }[];
  exportedAt: string;
}

/** What an export reads. */
export interface DeskExportDeps {
  notices: Pick<NoticeCenter, 'detail'>;
  deskLog: Pick<DeskLog, 'entriesIn'>;
  deskKeys: Pick<DeskKeyStore, 'get'>;
  keys: Pick<KeyStore, 'activeSigner'>;
  operatorName: () => string;
  clock: Clock;
}

/** How many desk scans fell inside a notice's windows at the venues it concerns (no key needed). */
export function deskScansForNotice(d: Pick<DeskExportDeps, 'notices' | 'deskLog'>, id: string): DeskLogEntry[] {
  const notice = d.notices.detail(id);
  return d.deskLog.entriesIn(
    notice.venues.map((v) => v.venueId),
    notice.windows.map((w) => ({ from: w.from, until: w.until })),
  );
}

/** Builds and signs the export for notice `id` (an exposure notice that concerns this operator's venues). */
export function buildDeskExport(d: DeskExportDeps, id: string): SignedDocument<DeskExport> {
  const notice = d.notices.detail(id);
  if (notice.kind !== 'exposure') {
    fail('conflict', `Notice ${id} is not an exposure notice: there is nothing to export for it.`, `通告 ${id} 並非曝光通告，沒有可匯出的記錄。`);
  }
  if (notice.windows.length === 0 || notice.venues.length === 0) {
    fail('conflict', `Notice ${id} names no time window at this operator's venues.`, `通告 ${id} 沒有涉及本營運者場所的時段。`);
  }
  const entries = deskScansForNotice(d, id);
  const desk = d.deskKeys.get();
  const signer = d.keys.activeSigner();
  const iso = (ms: number) => new Date(ms).toISOString();
  const doc: DeskExport = {
    type: 'venue-desk-log-export',
    operator: d.operatorName(),
    notice: { id: notice.id, revision: notice.revision },
    windows: notice.windows.map((w) => ({ from: iso(w.from), until: iso(w.until) })),
    venues: notice.venues.map((v) => v.venueId),
    deskId: desk.deskId,
    deskKey: desk.raw.toString('hex'),
    entries: entries.map((e) => ({ at: iso(e.scannedAt), verdict: e.verdict, venueId: e.venueId, deskId: e.deskId, passHmac: e.passHmac })),
    exportedAt: iso(d.clock()),
  };
  return signDocument(doc, [signer]);
}
