/**
 * The manifest a fleet gets with its stickers: one line per vehicle (plate, venue id, code text, and the fleet,
 * company and notes columns), safe to open in a spreadsheet — a cell that starts with = + - @ (or a tab or carriage
 * return) is prefixed with an apostrophe so it is shown as text, never run as a formula.
 */

/** One manifest line. */
export interface ManifestLine {
  plate: string;
  venueId: string;
  code: string;
  fleet: string;
  companyEn: string;
  companyZh: string;
  notes: string;
  status: 'created' | 'reused';
}

/** Neutralises a cell a spreadsheet would treat as a formula, and quotes it when needed (RFC 4180). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The header line. */
export const MANIFEST_HEADER = 'plate,venue_id,code,fleet,company_en,company_zh,notes,status\r\n';

/** One CSV line (CRLF-terminated) for a manifest entry. */
export function manifestLine(m: ManifestLine): string {
  return `${[m.plate, m.venueId, m.code, m.fleet, m.companyEn, m.companyZh, m.notes, m.status].map(csvCell).join(',')}\r\n`;
}
