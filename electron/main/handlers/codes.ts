/** IPC handlers for venue codes and posters. */
import { verifyCode } from '../../../shared/qr/verify';
import type { Handlers } from '../ipc/dispatch';
import type { Platform } from '../../../services/platform/platform';
import type { CodeIssuer } from '../../../services/codes/code-issuer';
import type { PosterService } from '../../../services/posters/poster-service';
import { encodeQr, qrSvgPath } from '../../../services/posters/qr-matrix';
import type { TrustFileService } from '../../../services/trust/trust-file-service';
import type { VenueRepository } from '../../../services/venues/venue-repository';

/** A file name safe on every desktop OS, from a venue's English name and id. */
export function posterFileName(nameEn: string, id: string, size: string): string {
  const base = nameEn.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'venue';
  return `${base}-${id}-${size.toUpperCase()}.pdf`;
}

/** What the code handlers use. */
export interface CodeHandlerDeps {
  venues: Pick<VenueRepository, 'require'>;
  issuer: Pick<CodeIssuer, 'issue'>;
  posters: Pick<PosterService, 'write' | 'fitReport'>;
  trust: Pick<TrustFileService, 'index'>;
  platform: Pick<Platform, 'chooseSavePath'>;
}

/** Handlers for showing a venue's code, saving its poster and checking a code. */
export function codeHandlers(d: CodeHandlerDeps): Pick<Handlers, 'getVenueCode' | 'savePosterPdf' | 'checkPosterFit' | 'verifyCode'> {
  return {
    getVenueCode: ({ id }) => {
      const code = d.issuer.issue(d.venues.require(id));
      const matrix = encodeQr(code.text);
      return {
        text: code.text,
        qrVersion: matrix.version,
        modules: matrix.size,
        svgPath: qrSvgPath(matrix),
        issuedOn: code.record.issuedOn,
        kid: code.record.kid,
      };
    },
    savePosterPdf: async ({ id, size }) => {
      const venue = d.venues.require(id);
      const path = await d.platform.chooseSavePath({
        title: 'Save poster as PDF',
        defaultName: posterFileName(venue.nameEn, venue.id, size),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!path) return { path: null, bytes: 0, truncated: [] };
      const { bytes, truncated } = await d.posters.write(id, path, size);
      return { path, bytes, truncated };
    },
    checkPosterFit: ({ id, size }) => ({ truncated: d.posters.fitReport(id, size).truncated }),
    verifyCode: ({ text }) => verifyCode(text, d.trust.index()),
  };
}
