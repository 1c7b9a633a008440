/**
 * Venue posters: a fresh code from the code issuer, laid out as a PDF (poster-pdf.ts) and written atomically
 * to a target that is checked first (never onto the data folder's own files).
 */
import type { IssuedCode, CodeIssuer } from '../codes/code-issuer';
import { checkOutputTarget } from '../files/output-target';
import type { SettingsStore } from '../settings/settings-store';
import type { VenueRepository } from '../venues/venue-repository';
import { writePosterPdf, type PaperSize } from './poster-pdf';

/** What posters need. */
export interface PosterServiceDeps {
  venues: Pick<VenueRepository, 'require'>;
  issuer: Pick<CodeIssuer, 'issue'>;
  settings: Pick<SettingsStore, 'get'>;
  /** Where the poster font is (resources/). */
  resourcesDir: string;
  /** The data folder, whose own files a poster may never overwrite. */
  dataDir: string;
}

/** What writing a poster did. */
export interface WrittenPoster {
  bytes: number;
  qrVersion: number;
  code: IssuedCode;
}

/** Writes venue posters. */
export class PosterService {
  constructor(private readonly deps: PosterServiceDeps) {}

  /** Writes a venue's poster PDF to `target` (atomically), refusing a target `checkOutputTarget` refuses. */
  async write(venueId: string, target: string, size: PaperSize): Promise<WrittenPoster> {
    const checked = checkOutputTarget(target, { dataDir: this.deps.dataDir }); // before a code is issued or a byte written
    const venue = this.deps.venues.require(venueId);
    const code = this.deps.issuer.issue(venue);
    const result = await writePosterPdf(
      checked,
      {
        venueId: venue.id,
        nameEn: venue.nameEn,
        nameZh: venue.nameZh,
        addressEn: venue.addressEn,
        addressZh: venue.addressZh,
        codeText: code.text,
        issuedOn: code.record.issuedOn,
        schemeName: this.deps.settings.get().schemeName,
      },
      size,
      { resourcesDir: this.deps.resourcesDir },
    );
    return { ...result, code };
  }
}
