/**
 * Lays out a batch's stickers into a PDF (and its manifest CSV) while encoder workers sign and encode the
 * codes. Runs inside the batch writer worker; writes only to the temp paths it is given, streaming with
 * backpressure, and reports progress. Renaming and database writes are the caller's.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import PDFDocument from 'pdfkit';
import type { CodeSigning } from '../codes/code-issuer';
import { posterFont } from '../posters/fonts';
import { currentPage, forgetLayoutCache, registerFontObject, releaseWrittenPage } from '../posters/pdfkit-internals';
import type { ThreadProtocol } from '../threads/start-worker';
import { stopFlagOf } from '../threads/stop-flag';
import { EncoderPool, EncodingStopped } from './encoder-pool';
import { FleetTable, type FleetTableData } from './fleet-table';
import { MANIFEST_HEADER, manifestLine } from './manifest-csv';
import { drawCard, drawCutMarks, drawSheetSticker, templateGeometry, type StickerTemplate } from './sticker-layout';

/** Everything the writer needs (crosses to the writer worker as workerData). */
export interface StickerJob {
  /** The planned vehicles (a venue id and status each), in columns. */
  vehicles: FleetTableData;
  template: StickerTemplate;
  pdfTemp: string;
  manifestTemp: string | null;
  title: string;
  schemeName: string;
  /** The key and date the code issuer chose for the batch (services/codes/code-issuer.ts). */
  signing: CodeSigning;
  /** The signing key as PKCS#8 bytes, for this process's encoder threads only. */
  pkcs8: Uint8Array;
  resourcesDir: string;
  /** The folder holding the built threads (out/main): the encoders are started from there. */
  threadsDir: string;
  workers?: number | undefined;
  /** The batch's stop flag (services/threads/stop-flag.ts): raised by Cancel, read between vehicles. */
  stop: SharedArrayBuffer;
}

/** Messages the writer thread sends to the thread that started it. */
export type WriterMessage = { type: 'progress'; done: number } | ({ type: 'done' } & FitNotes) | { type: 'cancelled' } | { type: 'error'; message: string };

/** Most stickers named one by one among those whose company names were cut short to fit. */
export const SHORTENED_LISTED_MAX = 20;

/** What the writer had to cut short to fit: the scheme name, and stickers' company names (row and plate). */
export interface FitNotes {
  schemeShortened: boolean;
  shortened: { row: number; plate: string }[];
  /** Every sticker with a company name cut short, the listed ones included. */
  shortenedCount: number;
}

/** The writer thread's messages: it starts with the job and is sent nothing. */
export type WriterProtocol = ThreadProtocol<StickerJob, never, WriterMessage>;

const FONT = 'sticker';

/**
 * pdfkit caches the shaped layout of every distinct word it has drawn, for the life of the document; with
 * a different plate and id on every sticker that cache grows with the batch. Clearing it every
 * {@link LAYOUT_CACHE_SPAN} stickers keeps memory flat; the words every sticker repeats (scheme name, "Scan to
 * check in", company names) are shaped again only that often. Clearing it every A5 card instead doubled the
 * card template's time (3,000 cards: 6.8 s → 3.5 s).
 */
const LAYOUT_CACHE_SPAN = 240;

/** Gathers small chunks into blocks of at least `blockSize` bytes before writing them to a stream. */
class BlockWriter {
  private parts: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly out: WriteStream,
    private readonly blockSize = 256 * 1024,
  ) {}

  write(chunk: Buffer): void {
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= this.blockSize) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    this.out.write(this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts, this.size));
    this.parts = [];
    this.size = 0;
  }
}

function closed(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.closed) resolve();
    stream.once('close', resolve);
    stream.once('error', reject);
  });
}

/**
 * Writes the sticker PDF and manifest to their temp paths; calls `onProgress(done)` as stickers are laid out.
 * Returns what had to be cut short to fit.
 */
export async function writeStickers(job: StickerJob, onProgress: (done: number) => void): Promise<FitNotes> {
  const notes: FitNotes = { schemeShortened: false, shortened: [], shortenedCount: 0 };
  const stop = stopFlagOf(job.stop);
  const geometry = templateGeometry(job.template);
  const pdf = createWriteStream(job.pdfTemp, { flags: 'wx', highWaterMark: 1 << 20 });
  const manifest = job.manifestTemp ? createWriteStream(job.manifestTemp, { flags: 'wx', highWaterMark: 1 << 20 }) : null;
  const pool = new EncoderPool({
    threadsDir: job.threadsDir,
    workers: job.workers,
    init: { pkcs8: job.pkcs8, signing: job.signing, stop: job.stop },
  });
  const doc = new PDFDocument({
    size: geometry.pageSize,
    margin: 0,
    autoFirstPage: false,
    info: { Title: job.title, Author: 'Venue Console', Creator: 'Venue Console' },
    lang: 'zh-HK',
  });
  registerFontObject(doc, FONT, posterFont(job.resourcesDir));
  // pdfkit ignores a paused pipe and buffers whatever it has not handed on, so its output goes straight into
  // the file stream, and the loop waits for 'drain' whenever that stream's buffer is full. pdfkit hands on
  // every operator and cross-reference line as its own small chunk; gathered into blocks first, the stream
  // queues a few blocks instead of a hundred thousand chunks when the document ends (its cross-reference
  // table has a line per object, and nothing can wait for 'drain' in the middle of pdfkit's end()).
  const blocks = new BlockWriter(pdf);
  doc.on('data', (chunk: Buffer) => blocks.write(chunk));
  doc.on('end', () => {
    blocks.flush();
    pdf.end();
  });
  manifest?.write(`\uFEFF${MANIFEST_HEADER}`);
  const vehicles = new FleetTable(job.vehicles);
  let done = 0;
  try {
    const codes = pool.encode(vehicles.length, (i) => ({ venueId: vehicles.venueId(i), plate: vehicles.plate(i) }));
    for await (const chunk of codes) {
      for (const sticker of chunk) {
        const item = vehicles.at(done);
        const venueId = vehicles.venueId(done);
        const slot = done % geometry.perPage;
        if (done % LAYOUT_CACHE_SPAN === 0) forgetLayoutCache(doc);
        if (slot === 0) {
          const previous = currentPage(doc);
          doc.addPage();
          releaseWrittenPage(previous);
          if (job.template === 'sheet') drawCutMarks(doc);
        }
        const text = { plate: item.plate, venueId, companyEn: item.companyEn, companyZh: item.companyZh, issuedOn: job.signing.issuedOn, schemeName: job.schemeName };
        const { truncated } = job.template === 'sheet' ? drawSheetSticker(doc, slot, sticker, text, FONT) : drawCard(doc, sticker, text, FONT);
        if (truncated.length > 0) {
          if (truncated.includes('schemeName')) notes.schemeShortened = true;
          if (truncated.some((f) => f !== 'schemeName')) {
            if (notes.shortenedCount++ < SHORTENED_LISTED_MAX) notes.shortened.push({ row: item.row, plate: item.plate });
          }
        }
        manifest?.write(
          manifestLine({
            ...item,
            venueId,
            code: sticker.code,
            status: vehicles.status(done) === 'created' ? 'created' : 'reused',
          }),
        );
        done++;
      }
      if (pdf.writableNeedDrain) await once(pdf, 'drain');
      if (manifest?.writableNeedDrain) await once(manifest, 'drain');
      onProgress(done);
      if (stop.raised()) throw new EncodingStopped();
    }
  } catch (error) {
    // The streams close with this thread (pdfkit may still hand them data); the caller removes the temp files
    // once the thread has stopped.
    throw stop.raised() ? new EncodingStopped() : error;
  } finally {
    await pool.close();
  }
  doc.end();
  manifest?.end();
  await Promise.all([closed(pdf), manifest ? closed(manifest) : undefined]);
  return notes;
}
