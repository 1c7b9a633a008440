/**
 * Fleet batch benchmarks: CSV → finished sticker PDF for 5,000 and 18,000 plates (three alternating runs
 * each, medians), 36,000 plates and 3,000 A5 cards — each run in a fresh child process, so its peak RSS is the
 * batch's own — and the approach a user would write first (a PNG data URL
 * per code from `qrcode`, placed with pdfkit's image(), one thread) for the throughput ratio.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { buildCodeText } from '../shared/qr/code';
import { codeRecord, taxiCodeVenue } from '../services/codes/code-issuer';
import { openDataFolder, type DataFolder } from '../services/open-data-folder';
import { passphraseSealer } from '../services/keys/sealer';
import { readFleetCsv, readFleetCsvInWorker } from '../services/batch/fleet-csv';
import { runBatch } from '../services/batch/batch-job';
import { posterFont } from '../services/posters/fonts';

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** A fleet CSV of `n` distinct, valid plates (deterministic). */
export function fleetCsv(n: number): string {
  const lines = ['plate,fleet,company_en,company_zh,notes'];
  for (let i = 0; i < n; i++) {
    const plate = `${LETTERS[Math.floor(i / 9999) % LETTERS.length]}${LETTERS[Math.floor(i / (9999 * 23)) % LETTERS.length]} ${(i % 9999) + 1}`;
    lines.push(`${plate},F${i % 7},Star Taxi Co,星星的士公司,`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function services(dir: string, resourcesDir: string, threadsDir: string): DataFolder {
  const sealer = passphraseSealer('benchmark passphrase');
  const s = openDataFolder({ dataDir: dir, resourcesDir, sealer: () => sealer, threadsDir });
  s.keys.ensure();
  return s;
}

/**
 * Child-process entry: one batch from the CSV file at `csvPath` to a PDF; prints {"wallMs", "maxRssMb", …}.
 * The parent writes the CSV, so building it does not count towards the child's memory.
 */
export async function batchChild(csvPath: string, root: string, template: 'sheet' | 'card' = 'sheet'): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-batch-'));
  try {
    const threadsDir = join(root, 'out', 'main');
    const s = services(dir, join(root, 'resources'), threadsDir);
    const t0 = performance.now();
    // As the app and the CLI do it: the CSV is read in the reader thread, the batch runs in the writer's.
    const csv = await readFleetCsvInWorker(readFileSync(csvPath), threadsDir);
    const report = await runBatch(s.batchDeps, csv, { template, pdfPath: join(dir, 'stickers.pdf') });
    const wallMs = performance.now() - t0;
    s.close();
    process.stdout.write(`${JSON.stringify({ wallMs, maxRssMb: process.resourceUsage().maxRSS / 1024, pages: report.pages, created: report.created })}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first approach: PNG data URL per code, pdfkit image per sticker, single thread. Returns ms per sticker. */
export async function naiveBatch(n: number, root: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-naive-'));
  try {
    const s = services(dir, join(root, 'resources'), '');
    // The same records as the batch (the issuer's key, date and taxi record); only the drawing is naive.
    const signing = s.issuer.batchSigning();
    const signer = s.keys.activeSigner();
    const rows = [...readFleetCsv(fleetCsv(n)).rows];
    const t0 = performance.now();
    const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
    doc.registerFont('f', posterFont(join(root, 'resources')) as unknown as string);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((r) => doc.on('end', r));
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!row) continue;
      if (i % 12 === 0) doc.addPage();
      const text = buildCodeText(codeRecord(signing, taxiCodeVenue(s.venues.newId(), row.plate)), signer.sign);
      const png = await QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, width: 400 });
      const x = 28 + (i % 3) * 180;
      const y = 28 + Math.floor((i % 12) / 3) * 196;
      doc.image(png, x + 30, y + 30, { width: 120 });
      doc.font('f').fontSize(22).text(row.plate, x, y + 152, { width: 180, align: 'center' });
      doc.fontSize(8).text('Scan to check in  掃描二維碼登記', x, y + 20, { width: 180, align: 'center' });
    }
    doc.end();
    await ended;
    writeFileSync(join(dir, 'naive.pdf'), Buffer.concat(chunks));
    const perSticker = (performance.now() - t0) / rows.length;
    s.close();
    return perSticker;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the batch benchmarks. */
export async function benchBatch(bundle: string, root: string): Promise<Record<string, number | number[]>> {
  type ChildResult = { wallMs: number; maxRssMb: number; pages: number };
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-csv-'));
  const csvOf = (n: number) => {
    const csvPath = join(dir, `fleet-${n}.csv`);
    writeFileSync(csvPath, fleetCsv(n));
    return csvPath;
  };
  const child = (csvPath: string, template: 'sheet' | 'card' = 'sheet'): ChildResult => {
    const r = spawnSync(process.execPath, [bundle, '--batch-child', csvPath, '--template', template], { encoding: 'utf8', cwd: root });
    if (r.status !== 0) throw new Error(`batch child failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as ChildResult;
  };
  const median = (runs: ChildResult[], key: 'wallMs' | 'maxRssMb') => {
    const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] as number;
  };
  let small: ChildResult[] = [];
  let large: ChildResult[] = [];
  let double: ChildResult;
  let cards: ChildResult;
  try {
    const [csv5k, csv18k] = [csvOf(5000), csvOf(18000)];
    // This machine's speed drifts by tens of per cent within minutes: 5,000 and 18,000 alternate, three runs
    // each, and the medians are compared.
    for (let r = 0; r < 3; r++) {
      small = [...small, child(csv5k)];
      large = [...large, child(csv18k)];
    }
    double = child(csvOf(36000));
    cards = child(csvOf(3000), 'card');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const smallRss = median(small, 'maxRssMb');
  const largeRss = median(large, 'maxRssMb');
  const largeWall = median(large, 'wallMs');
  const naiveN = 1000;
  const naiveMsPerSticker = await naiveBatch(naiveN, root);
  const oursMsPerSticker = largeWall / 18000;
  return {
    batch_5k_wall_ms: median(small, 'wallMs'),
    batch_5k_peak_rss_mb: smallRss,
    batch_18k_wall_ms: largeWall,
    batch_18k_wall_ms_runs: large.map((r) => r.wallMs),
    batch_18k_peak_rss_mb: largeRss,
    batch_18k_pages: large[0]?.pages ?? 0,
    batch_36k_wall_ms: double.wallMs,
    batch_36k_peak_rss_mb: double.maxRssMb,
    batch_card_3k_wall_ms: cards.wallMs,
    batch_card_3k_peak_rss_mb: cards.maxRssMb,
    // Peak RSS growth from 5,000 to 18,000 plates, in per cent (flat = close to 0).
    batch_rss_growth_5k_to_18k_pct: (100 * (largeRss - smallRss)) / smallRss,
    batch_18k_ms_per_sticker: oursMsPerSticker,
    naive_ms_per_sticker_1k: naiveMsPerSticker,
    naive_18k_projected_wall_ms: naiveMsPerSticker * 18000,
    speedup_vs_naive: naiveMsPerSticker / oursMsPerSticker,
  };
}
