/**
 * Reads a fleet's CSV of taxis: UTF-8 with or without BOM, UTF-16 with a BOM or Big5-HKSCS (csv-encoding.ts), CRLF or LF, quoted fields with commas and
 * newlines (parsed by csv-parse). Every row is checked before anything is written; rejected rows keep
 * their row number (as a spreadsheet shows it: the header is row 1), the plate as written and a reason.
 */
import { parse } from 'csv-parse/sync';
import { normalisePlate, plateProblem, PLATE_PROBLEM_TEXT } from '../../shared/checkin/plate';
import { hiddenCharacterProblem } from '../../shared/venue/printed-text';
import type { BatchWarning, CsvEncoding, RejectedRow } from '../../shared/batch/batch-status';
import { describeIssue } from '../../shared/messages/validation';
import { textProblem } from '../../shared/venue/venue';
import { CELL_MAX, csvText, displayCell } from './csv-text';
import { startWorker, type ThreadProtocol } from '../threads/start-worker';
import { FleetTable, FleetTableBuilder, type FleetTableData } from './fleet-table';

/** Columns the import reads; `plate` is required. */
export const FLEET_COLUMNS = ['plate', 'fleet', 'company_en', 'company_zh', 'notes'] as const;

/** Other names a header may give a column (what a Chinese spreadsheet calls it), after trimming and lower case. */
export const FLEET_COLUMN_ALIASES: Readonly<Record<string, (typeof FLEET_COLUMNS)[number]>> = {
  車牌: 'plate',
  車牌號碼: 'plate',
  車牌號: 'plate',
  車隊: 'fleet',
  公司英文名稱: 'company_en',
  公司中文名稱: 'company_zh',
  備註: 'notes',
};

/** How many columns a "no plate column" refusal names. */
const COLUMNS_NAMED_MAX = 20;

/** How many rejected rows are listed; the rest are counted (a million duplicate rows must not fill the reader's heap). */
export const REJECTED_SHOWN_MAX = 1000;

/** A rejected row; the plate as written is made safe to show by csv-text.ts `displayCell` (`rejectedRowSchema`). */
export type { RejectedRow };

/** The outcome of reading a fleet CSV. */
export interface FleetCsv {
  /** The valid rows, in file order. */
  rows: FleetTable;
  /** The first {@link REJECTED_SHOWN_MAX} rejected rows. */
  rejected: RejectedRow[];
  /** Rejected rows beyond those listed. */
  rejectedNotShown: number;
  /** Things the operator should know that reject no row, in both languages. */
  warnings: BatchWarning[];
  /** The encoding the file was read in (detected from its bytes; a string is taken as UTF-8). */
  encoding: CsvEncoding;
}

/** A warning in English and Chinese (`batchWarningSchema`). */
export type { BatchWarning };

/** A file the import cannot read at all (no header, no plate column, not CSV). */
export class FleetCsvError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'FleetCsvError';
  }
}

/** Longest value of an optional column (a company name still fits the 200-character address with "Taxi · "). */
const FIELD_MAX = 180;
/** Longest note (not printed; copied to the manifest). */
const NOTES_MAX = 500;

/** Line feeds in the input, plus one: an upper bound on its records. */
function lineCount(input: string | Uint8Array): number {
  let n = 1;
  if (typeof input === 'string') {
    for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) n++;
  } else {
    for (let i = input.indexOf(10); i >= 0; i = input.indexOf(10, i + 1)) n++;
  }
  return n;
}

/**
 * Parses and checks a fleet CSV. Each record is checked as the parser produces it and only what the batch
 * needs is kept, in columns (see fleet-table.ts): no table of all records is built.
 */
export function readFleetCsv(input: string | Uint8Array): FleetCsv {
  let header: string[] | null = null;
  const warnings: BatchWarning[] = [];
  // Sized once for the most records the file can hold (one per line): the columns never grow or move.
  const rows = new FleetTableBuilder(lineCount(input));
  const rejected: RejectedRow[] = [];
  let rejectedNotShown = 0;
  const reject = (row: number, written: string, reason: string, reasonZh: string) => {
    if (rejected.length < REJECTED_SHOWN_MAX) rejected.push({ row, plate: displayCell(written), reason, reasonZh });
    else rejectedNotShown++;
  };
  const firstRowOf = new Map<string, number>();
  let recordCount = 0;
  const col = (name: string) => (header as string[]).indexOf(name);
  const at = (record: string[], name: string) => {
    const i = col(name);
    // A line break typed inside a cell (Alt+Enter) becomes a space: stickers print one line.
    return i < 0 ? '' : (record[i] ?? '').normalize('NFC').replace(/[\r\n\t]+/g, ' ').trim().replace(/ {2,}/g, ' ');
  };
  const onHeader = (record: string[]) => {
    header = record.map((h) => {
      const name = h.normalize('NFC').trim().toLowerCase();
      return FLEET_COLUMN_ALIASES[name] ?? name;
    });
    if (!header.includes('plate')) {
      // Say what the file has instead: a misnamed column is the usual cause (escaped: a cell may hold escape sequences).
      const found = record.map((h) => h.trim()).filter((h) => h !== '');
      const shown = found.slice(0, COLUMNS_NAMED_MAX).map(displayCell);
      const more = found.length > shown.length ? { en: `, and ${found.length - shown.length} more`, zh: ` 等 ${found.length} 欄` } : { en: '', zh: '' };
      throw new FleetCsvError(
        `The first row must be a header with a "plate" (or 車牌 / 車牌號碼) column, but it has no "plate" column. Columns found: ${shown.length > 0 ? shown.join(', ') : '(none)'}${more.en}.`,
        `第一行須為標題列，並包含「plate」欄（或「車牌」、「車牌號碼」），但找不到該欄。找到的欄位：${shown.length > 0 ? shown.join('、') : '（沒有）'}${more.zh}。`,
      );
    }
    // Shown escaped and cut short: a header cell may hold an escape sequence meant for the terminal.
    const unknown = header.filter((h) => h !== '' && !(FLEET_COLUMNS as readonly string[]).includes(h)).map(displayCell);
    if (unknown.length > 0) {
      warnings.push({ en: `Ignored column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, zh: `已略過欄位：${unknown.join('、')}` });
    }
  };
  // Rows are numbered by record, header = 1, as spreadsheets do (a quoted newline does not shift them).
  const onRow = (record: string[], row: number) => {
    if (record.every((cell) => cell.trim() === '')) {
      reject(row, '', 'Empty row.', '空白行。');
      return;
    }
    const written = record[col('plate')] ?? '';
    if (record.some((cell) => cell.length > CELL_MAX)) {
      reject(row, written, `A cell in this row is longer than ${CELL_MAX.toLocaleString('en-US')} characters.`, `此行有儲存格超過 ${CELL_MAX} 個字元。`);
      return;
    }
    // Spaces inside a plate are fine ("AB 1234"); a line break or tab inside the cell is not a plate.
    const problem = /[\r\n\t]/.test(written.trim()) ? 'symbols' : plateProblem(written);
    if (problem) {
      reject(row, written, PLATE_PROBLEM_TEXT[problem].en, PLATE_PROBLEM_TEXT[problem].zh);
      return;
    }
    const plate = normalisePlate(written);
    const first = firstRowOf.get(plate);
    if (first !== undefined) {
      reject(row, written, `Duplicate of row ${first}.`, `與第 ${first} 行重複。`);
      return;
    }
    const fields = { fleet: at(record, 'fleet'), companyEn: at(record, 'company_en'), companyZh: at(record, 'company_zh'), notes: at(record, 'notes') };
    // Company names are printed on the cards: the same rules as venue names (no controls, no markup, only
    // characters the poster font has, no right-to-left text). The fleet is not printed (only the manifest has
    // it): the same rules but the glyph ones.
    const problemOf = (k: 'fleet' | 'companyEn' | 'companyZh') => textProblem(fields[k], FIELD_MAX, { printed: k !== 'fleet' });
    const badField = (['fleet', 'companyEn', 'companyZh'] as const).find((k) => fields[k] !== '' && problemOf(k));
    // Notes are not printed but reach the manifest: no NUL or other control or invisible character there either.
    const notesProblem = () => ([...fields.notes].length > NOTES_MAX ? `too-long:${NOTES_MAX}` : hiddenCharacterProblem(fields.notes));
    const fieldProblem = badField ? problemOf(badField) : notesProblem();
    if (fieldProblem) {
      const column = badField ? { fleet: 'fleet', companyEn: 'company_en', companyZh: 'company_zh' }[badField] : 'notes';
      const issue = describeIssue(column, fieldProblem);
      reject(row, written, issue.en, issue.zh);
      return;
    }
    firstRowOf.set(plate, row);
    rows.add({ row, plate, ...fields });
  };
  const decoded = csvText(input);
  if ('refusal' in decoded) throw new FleetCsvError(decoded.refusal.en, decoded.refusal.zh);
  try {
    parse(decoded.text, {
      bom: true,
      relax_column_count: true,
      // A quote inside an unquoted field (=HYPERLINK("x") typed by hand) is kept as text, not an error.
      relax_quotes: true,
      skip_empty_lines: false,
      // Each record is handled here and dropped (returning null keeps it out of the parser's result).
      on_record: (record: string[]) => {
        recordCount++;
        if (header === null) onHeader(record);
        else onRow(record, recordCount);
        return null;
      },
    });
  } catch (error) {
    if (error instanceof FleetCsvError) throw error;
    throw new FleetCsvError(`The file is not valid CSV: ${(error as Error).message}`, '檔案不是有效的 CSV 格式。');
  }
  if (header === null) throw new FleetCsvError('The first row must be a header with a "plate" column.', '第一行須為標題列，並包含「plate」欄。');
  // Not "every row is valid": a file with only its header has nothing to print.
  if (recordCount === 1) throw new FleetCsvError('The file has no vehicle rows: it holds only the header.', '檔案沒有任何車輛資料行：只有標題列。');
  if (rejectedNotShown > 0) {
    const total = (rejected.length + rejectedNotShown).toLocaleString('en-US');
    warnings.push({ en: `${total} rows were rejected; the first ${REJECTED_SHOWN_MAX.toLocaleString('en-US')} are listed.`, zh: `共有 ${total} 行被拒絕；只列出首 ${REJECTED_SHOWN_MAX} 行。` });
  }
  return { rows: rows.finish(), rejected, rejectedNotShown, warnings, encoding: decoded.encoding };
}

/** What the reader thread sends back. */
export type ReaderMessage =
  | { type: 'read'; rows: FleetTableData; rejected: RejectedRow[]; rejectedNotShown: number; warnings: BatchWarning[]; encoding: CsvEncoding }
  | { type: 'invalid'; message: string; messageZh: string }
  | { type: 'error'; message: string };

/** The reader thread's messages: it starts with the file's bytes, is sent nothing and answers once. */
export type ReaderProtocol = ThreadProtocol<{ input: Uint8Array }, never, ReaderMessage>;

/**
 * {@link readFleetCsv} in a short-lived worker thread with a small heap (the built `batch-reader` thread in
 * `threadsDir`): the calling thread receives only the column arrays, rejected rows and warnings. Rejects with
 * a {@link FleetCsvError} for a file that cannot be read at all.
 */
export async function readFleetCsvInWorker(input: string | Uint8Array, threadsDir: string): Promise<FleetCsv> {
  // The thread gets its own copy of the bytes, moved rather than cloned: a cloned input leaves its serialised
  // copy behind in this thread's memory (measured: +5 MB at 18,000 rows, +10 MB at 36,000; moved: ≈ +4 MB
  // whatever the size). TextEncoder and the Uint8Array constructor always make a fresh, exact buffer.
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : new Uint8Array(input);
  let answer: ReaderMessage | null = null;
  const reader = startWorker<ReaderProtocol>('batch-reader', {
    threadsDir,
    init: { input: bytes },
    transfer: [bytes.buffer as ArrayBuffer],
    // Room for the column arrays and a large list of rejected rows; the young generation stays small.
    resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 },
    onMessage: (m) => {
      answer ??= m;
      // The thread's heap is freed when it has stopped: the answer is used once it has (below), before the
      // batch starts its own threads.
      void reader.stop();
    },
  });
  try {
    await reader.exited;
  } catch (error) {
    if (!answer) throw error;
  }
  const m = answer as ReaderMessage | null;
  if (!m) throw new Error('The fleet CSV reader stopped without an answer.');
  if (m.type === 'read') return { rows: new FleetTable(m.rows), rejected: m.rejected, rejectedNotShown: m.rejectedNotShown, warnings: m.warnings, encoding: m.encoding };
  if (m.type === 'invalid') throw new FleetCsvError(m.message, m.messageZh);
  throw new Error(`The fleet CSV could not be read: ${m.message}`);
}
