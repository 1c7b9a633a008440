/** IPC handlers for venue codes and posters. */
import { fail } from '../../../shared/errors';
import { verifyCodeWithTrustFile } from '../../../shared/qr/verify';
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
  posters: Pick<PosterService, 'write' | 'fitReport' | 'render' | 'print'>;
  trust: Pick<TrustFileService, 'index'>;
  platform: Pick<Platform, 'chooseSavePath' | 'openPath' | 'showInFolder' | 'printPdf'>;
}

type CodeChannels = 'getVenueCode' | 'savePosterPdf' | 'checkPosterFit' | 'getPosterPreview' | 'printPoster' | 'openSavedPoster' | 'verifyCode';

/**
 * Handlers for showing a venue's code, previewing, saving and printing its poster, and checking a code. One map
 * per window: it remembers the poster this window saved last, the only file "Open" and "Show in folder" reach.
 */
export function codeHandlers(d: CodeHandlerDeps): Pick<Handlers, CodeChannels> {
  let lastSaved: string | null = null;
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
      lastSaved = path;
      return { path, bytes, truncated };
    },
    checkPosterFit: ({ id, size }) => ({ truncated: d.posters.fitReport(id, size).truncated }),
    getPosterPreview: async ({ id, size }) => ({ pdfBase64: Buffer.from(await d.posters.render(id, size)).toString('base64') }),
    printPoster: async ({ id, size }) => {
      const venue = d.venues.require(id);
      return d.posters.print(id, size, d.platform.printPdf, posterFileName(venue.nameEn, venue.id, size));
    },
    openSavedPoster: async ({ how }) => {
      if (!lastSaved) fail('conflict', 'No poster has been saved in this window yet.', '此視窗尚未儲存海報。');
      // Never hand the desktop a file it would run rather than show (a name typed as "x.exe" in the dialog).
      if (how === 'open' && !/\.pdf$/i.test(lastSaved)) fail('conflict', 'Only PDF files are opened from here.', '這裏只會開啟 PDF 檔案。');
      return { opened: await (how === 'open' ? d.platform.openPath(lastSaved) : d.platform.showInFolder(lastSaved)) };
    },
    verifyCode: ({ text }) => verifyCodeWithTrustFile(text, d.trust.index()),
  };
}
