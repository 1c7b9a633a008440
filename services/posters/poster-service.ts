/**
 * Venue posters: a fresh code from the code issuer, laid out as a PDF (poster-pdf.ts) and written atomically
 * to a target that is checked first (never onto the data folder's own files). `fitReport` says, before
 * saving, which of the venue's fields the poster would cut short.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IssuedCode, CodeIssuer } from '../codes/code-issuer';
import { checkOutputTarget } from '../files/output-target';
import type { SettingsStore } from '../settings/settings-store';
import type { VenueRepository } from '../venues/venue-repository';
import type { Venue } from '../../shared/venue/venue';
import { posterFit, renderPosterPdf, writePosterPdf, type PaperSize, type PosterContent, type PosterField } from './poster-pdf';
import type { Box } from './poster-layout';

/** What posters need. */
export interface PosterServiceDeps {
  venues: Pick<VenueRepository, 'require'>;
  issuer: Pick<CodeIssuer, 'issue' | 'preview'>;
  settings: Pick<SettingsStore, 'get'> & Partial<Pick<SettingsStore, 'schemeMark'>>;
  /** Where the poster font is (resources/). */
  resourcesDir: string;
  /** The data folder, whose own files a poster may never overwrite. */
  dataDir: string;
}

/** What writing a poster did; `truncated` lists the fields cut short to fit. */
export interface WrittenPoster {
  bytes: number;
  qrVersion: number;
  code: IssuedCode;
  truncated: PosterField[];
}

/** The poster's contact line: the venue's phone and email, else the operator's name. */
export function contactLine(venue: Pick<Venue, 'contactPhone' | 'contactEmail'>, operatorName: string): string {
  const ways = [venue.contactPhone, venue.contactEmail].filter((w): w is string => Boolean(w));
  return ways.length > 0 ? `Enquiries 查詢: ${ways.join('  ·  ')}` : `Operated by 營運者: ${operatorName}`;
}

/** Writes venue posters. */
export class PosterService {
  constructor(private readonly deps: PosterServiceDeps) {}

  private content(venue: Venue, codeText: string, issuedOn: string): PosterContent {
    const settings = this.deps.settings.get();
    return {
      venueId: venue.id,
      nameEn: venue.nameEn,
      nameZh: venue.nameZh,
      addressEn: venue.addressEn,
      addressZh: venue.addressZh,
      codeText,
      issuedOn,
      schemeName: settings.schemeName,
      paperRecordText: settings.paperRecordText,
      contact: contactLine(venue, settings.operatorName),
      schemeMark: this.deps.settings.schemeMark?.() ?? null,
    };
  }

  /** Which fields a venue's poster at `size` would cut short, and where its QR goes; issues no code. */
  fitReport(venueId: string, size: PaperSize): { truncated: PosterField[]; qr: Box } {
    const venue = this.deps.venues.require(venueId);
    return posterFit(this.content(venue, '', '2000-01-01'), size, { resourcesDir: this.deps.resourcesDir });
  }

  /** Writes a venue's poster PDF to `target` (atomically), refusing a target `checkOutputTarget` refuses. */
  async write(venueId: string, target: string, size: PaperSize): Promise<WrittenPoster> {
    const checked = checkOutputTarget(target, { dataDir: this.deps.dataDir }); // before a code is issued or a byte written
    const venue = this.deps.venues.require(venueId);
    const code = this.deps.issuer.issue(venue);
    const result = await writePosterPdf(checked, this.content(venue, code.text, code.record.issuedOn), size, { resourcesDir: this.deps.resourcesDir });
    return { ...result, code };
  }

  /**
   * The poster {@link write} would save, drawn by the same code, as PDF bytes in memory: the venue page's
   * preview. Its code is signed but not recorded as issued (the preview is never handed out).
   */
  async render(venueId: string, size: PaperSize): Promise<Uint8Array> {
    const venue = this.deps.venues.require(venueId);
    const code = this.deps.issuer.preview(venue);
    return renderPosterPdf(this.content(venue, code.text, code.record.issuedOn), size, { resourcesDir: this.deps.resourcesDir });
  }

  /**
   * Prints the poster {@link write} saves: writes it (through the same checked, atomic write) to a fresh temp
   * folder under the system's temp folder — never the data folder —, hands the file to `printPdf`, and deletes
   * it afterwards, printed or not. Answers what `printPdf` answered.
   */
  async print(venueId: string, size: PaperSize, printPdf: (path: string) => Promise<boolean>, fileName = 'poster.pdf'): Promise<{ printed: boolean; truncated: PosterField[] }> {
    const folder = mkdtempSync(join(tmpdir(), 'venue-poster-'));
    try {
      const { truncated } = await this.write(venueId, join(folder, fileName), size);
      return { printed: await printPdf(join(folder, fileName)), truncated };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}
