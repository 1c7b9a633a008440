/**
 * Notices benchmark: a signed feed of 10,000 notices checked, stored and matched against 20,000 registered
 * venues (target ≤ 200 ms, the median of fresh ingests by a service just started, so its venue index is read
 * inside the timed ingest), listing the notices that concern them, and a re-fetch from a local HTTP server
 * answered 304 (its whole cost). Medians in ms.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Notice, NoticeTarget } from '../shared/notices/notice';
import { kidOfPublicKey, parseRoot, type Root } from '../shared/trust/root';
import { serializeSignedDocument, signDocument, type DocumentSigner } from '../shared/trust/signed-document';
import { checkFeed, type Feed } from '../shared/notices/feed';
import { nodeSha256, nodeVerify } from '../services/crypto/node-verify';
import { DISTRICT_NAMES } from '../shared/venue/catalogue';
import { passphraseSealer } from '../services/keys/sealer';
import { NoticeService } from '../services/notices/notice-service';
import { openDataFolder } from '../services/open-data-folder';
import { benchVenue, median } from './registry';

const NOTICES = 10_000;
const VENUES = 20_000;
const RUNS = 7;
const NOW = Date.parse('2026-11-21T02:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function key(): DocumentSigner & { publicKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const hex = Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url').toString('hex');
  return { kid: kidOfPublicKey(hex) as string, publicKey: hex, sign: (m) => new Uint8Array(sign(null, m, privateKey)) };
}

/** 10,000 notices: a tenth name a registered venue, the rest other operators' venues, taxis, buildings and districts. */
function notices(venueIds: string[], run: number): Notice[] {
  const out: Notice[] = [];
  for (let i = 0; i < NOTICES; i++) {
    const d = DISTRICT_NAMES[i % DISTRICT_NAMES.length] as (typeof DISTRICT_NAMES)[number];
    const target: NoticeTarget =
      i % 10 === 0 ? { venueId: venueIds[(i * 7) % venueIds.length] as string }
      : i % 10 < 7 ? { venueId: `Z${String(i).padStart(10, '0')}` }
      : i % 10 === 7 ? { plate: `ZZ ${i % 10_000}` }
      : i % 10 === 8 ? { building: `Tower ${i}`, district: d }
      : { building: `${(i % 300) + 1} Jade Road`, district: d };
    const from = NOW - ((i % 20) + 1) * 3_600_000;
    out.push({
      id: `n-${run}-${i}`,
      revision: 1,
      kind: 'exposure',
      severity: i % 3 === 0 ? 'action-required' : 'advisory',
      targets: [target],
      windows: [{ from: iso(from), until: iso(from + 7_200_000) }],
      title: { en: `Notice ${i}: a confirmed case visited`, zh: `通告 ${i}：確診個案曾到訪` },
      body: { en: 'A person who later tested positive was at the venue.', zh: '一名其後確診人士曾身處該場地。' },
      actions: [{ en: 'Clean and disinfect the premises.', zh: '清潔及消毒處所。' }],
      issuedAt: iso(NOW - 3_600_000),
    });
  }
  return out;
}

/** Runs the benchmark and returns its medians (ms) and counts. */
export async function benchNotices(resourcesDir: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-notices-'));
  const sealer = passphraseSealer('benchmark passphrase');
  const s = openDataFolder({ dataDir: dir, resourcesDir, sealer: () => sealer, clock: () => NOW });
  const server = createServer((req, res) => {
    if (req.headers['if-none-match'] === '"bench"') res.writeHead(304, { etag: '"bench"' }).end();
    else res.writeHead(500).end();
  });
  try {
    for (let start = 0; start < VENUES; start += 1000) {
      s.db.transaction(() => {
        for (let i = start; i < start + 1000; i++) s.venues.insertValid(benchVenue(i));
      })();
    }
    const venueIds = s.db.prepare<[], { id: string }>('SELECT id FROM venues ORDER BY seq').all().map((r) => r.id);
    const rootKey = key();
    const noticesKey = key();
    const role = (k: { kid: string; publicKey: string }) => [{ kid: k.kid, publicKey: k.publicKey, validFrom: iso(NOW - 86_400_000), validUntil: null }];
    const root: Root = {
      type: 'venue-authority-root',
      authority: 'Benchmark Authority',
      version: 1,
      issuedAt: iso(NOW - 86_400_000),
      expires: iso(NOW + 365 * 86_400_000),
      rootKeys: [{ kid: rootKey.kid, publicKey: rootKey.publicKey }],
      roles: { operators: role(key()), notices: role(noticesKey), 'health-code': role(key()) },
    };
    s.db.prepare('INSERT INTO authority_roots (version, document, accepted_at) VALUES (1, ?, ?)').run(JSON.stringify(signDocument(root, [rootKey])), NOW);
    const feedText = (run: number) => {
      const feed: Feed = { type: 'venue-notices-feed', authority: 'Benchmark Authority', feedVersion: run + 1, issuedAt: iso(NOW - 60_000), expires: iso(NOW + 86_400_000), notices: notices(venueIds, run), withdrawn: [] };
      return serializeSignedDocument(signDocument(feed, [noticesKey])); // as venue-authority publishes it
    };
    const reset = () => s.db.exec('DELETE FROM notice_feed; DELETE FROM notice_revisions; DELETE FROM notice_alerts; DELETE FROM notice_acks; DELETE FROM notice_withdrawals; DELETE FROM notice_status;');
    const ingestTimes: number[] = [];
    const warmTimes: number[] = [];
    const checkTimes: number[] = [];
    const listTimes: number[] = [];
    const parsedRoot = parseRoot(s.db.prepare<[], { document: string }>('SELECT document FROM authority_roots').get()?.document);
    if (!parsedRoot.ok) throw new Error(parsedRoot.detail);
    let matched = 0;
    let alerts = 0;
    const texts = Array.from({ length: RUNS + 1 }, (_, run) => feedText(run));
    for (let run = 0; run <= RUNS; run++) {
      reset();
      // A fresh service each run: the venue index is built inside the timed ingest, as on the first feed after start.
      const service = new NoticeService({ db: s.db, clock: () => NOW, operatorName: () => 'Bench', pinnedRoot: () => s.authorityTrust.pinnedRoot(), notifier: { notify: () => void (alerts += 1) } });
      const t0 = performance.now();
      const result = service.ingest(texts[run] as string, 'bench');
      const t1 = performance.now();
      const listed = service.list();
      const t2 = performance.now();
      // The same feed again on a service whose venue index is already built (as every feed after the first).
      reset();
      const warm = new NoticeService({ db: s.db, clock: () => NOW, operatorName: () => 'Bench', pinnedRoot: () => s.authorityTrust.pinnedRoot() });
      warm.ingest(texts[run] as string, 'bench');
      reset();
      const t3 = performance.now();
      warm.ingest(texts[run] as string, 'bench');
      const t4 = performance.now();
      // The shared gate alone (parse, the signed bytes, signature, version rules), with Node's hashes as the service.
      const t5 = performance.now();
      if (!checkFeed(texts[run] as string, { root: parsedRoot.root.signed, now: NOW, held: null, verify: nodeVerify, sha256: nodeSha256 }).ok) throw new Error('refused');
      const t6 = performance.now();
      if (run === 0) continue; // warm-up
      ingestTimes.push(t1 - t0);
      warmTimes.push(t4 - t3);
      checkTimes.push(t6 - t5);
      listTimes.push(t2 - t1);
      matched = result.added.length;
      if (listed.length !== matched) throw new Error(`listed ${listed.length}, ingest said ${matched}`);
    }
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`;
    s.db.prepare('UPDATE notice_feed SET source = ?, etag = ?').run(url, '"bench"');
    const fetchTimes: number[] = [];
    for (let i = 0; i < 31; i++) {
      const t0 = performance.now();
      const r = await s.notices.fetchNow(url);
      if (r.http !== 304) throw new Error('expected 304');
      if (i > 0) fetchTimes.push(performance.now() - t0);
    }
    return {
      ingest_10k_notices_20k_venues_ms: Math.round(median(ingestTimes) * 10) / 10,
      ingest_10k_notices_20k_venues_max_ms: Math.round(Math.max(...ingestTimes) * 10) / 10,
      ingest_10k_notices_warm_venue_index_ms: Math.round(median(warmTimes) * 10) / 10,
      check_feed_10k_notices_ms: Math.round(median(checkTimes) * 10) / 10,
      list_matched_notices_ms: Math.round(median(listTimes) * 10) / 10,
      refetch_304_ms: Math.round(median(fetchTimes) * 100) / 100,
      notices_matched_count: matched,
      feed_bytes: Buffer.byteLength(texts[0] as string),
    };
  } finally {
    server.close();
    s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('notices.ts')) {
  const resources = join(process.cwd(), 'resources');
  process.stdout.write(`${JSON.stringify({ notices: await benchNotices(resources) }, null, 2)}\n`);
}
