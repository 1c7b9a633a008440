/**
 * Checks an existing database file before SQLite opens it, by reading it only: SQLite writes to some damaged
 * files while refusing them (a 50-byte file became a 4,096-byte one) and takes an empty file for a new
 * database. See https://www.sqlite.org/fileformat.html §1.3 for the 100-byte header.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { DamageReason } from './db-failure';

/** The first 16 bytes of every SQLite 3 database. */
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

/** Whether a non-empty write-ahead log sits beside `file`: then the file alone may be shorter than the database. */
function hasWalContent(file: string): boolean {
  try {
    return statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** What is wrong with the existing file at `file` before any SQLite access, or null when it may be opened. */
export function checkDatabaseFile(file: string): DamageReason | null {
  if (!statSync(file).isFile()) return 'not-a-file'; // before opening it: a FIFO would block the read
  const fd = openSync(file, 'r');
  let size: number;
  const header = Buffer.alloc(HEADER_BYTES);
  let read: number;
  try {
    size = fstatSync(fd).size;
    if (size === 0) return 'empty';
    read = readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const magic = header.subarray(0, Math.min(read, MAGIC.length));
  if (!MAGIC.subarray(0, magic.length).equals(magic)) return 'not-sqlite';
  if (read < HEADER_BYTES) return 'truncated';

  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const powerOfTwo = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
  const versionsKnown = [1, 2].includes(header[18] ?? 0) && [1, 2].includes(header[19] ?? 0);
  const fixedFractions = header[21] === 64 && header[22] === 32 && header[23] === 32;
  if (!powerOfTwo || !versionsKnown || !fixedFractions || pageSize - (header[20] ?? 0) < 480) return 'bad-header';

  if (size < pageSize) return 'truncated';
  // With committed pages still in the -wal (after a crash), the file alone may legitimately be short.
  if (hasWalContent(file)) return null;
  if (size % pageSize !== 0) return 'truncated';
  const pagesInHeader = header.readUInt32BE(28);
  const sizeIsValid = pagesInHeader > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  if (sizeIsValid && size < pagesInHeader * pageSize) return 'truncated';
  return null;
}
