/** IPC handlers for venue codes and posters. */
import { indexTrust, verifyCode } from '../../../shared/qr/verify';
import type { Handlers } from '../ipc/dispatch';
import type { Platform } from '../../../services/platform/platform';
import type { ConsoleServices } from '../../../services/open-console';
import { encodeQr, qrSvgPath } from '../../../services/posters/qr-matrix';

/** A file name safe on every desktop OS, from a venue's English name and id. */
export function posterFileName(nameEn: string, id: string, size: string): string {
  const base = nameEn.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'venue';
  return `${base}-${id}-${size.toUpperCase()}.pdf`;
}

/** Handlers for showing a venue's code, saving its poster and checking a code. */
export function codeHandlers(s: ConsoleServices, platform: Platform): Pick<Handlers, 'getVenueCode' | 'savePosterPdf' | 'verifyCode'> {
  return {
    getVenueCode: ({ id }) => {
      const code = s.issueCode(s.venues.require(id));
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
      const venue = s.venues.require(id);
      const path = await platform.chooseSavePath({
        title: 'Save poster as PDF',
        defaultName: posterFileName(venue.nameEn, venue.id, size),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!path) return { path: null, bytes: 0 };
      const { bytes } = await s.writePoster(id, path, size);
      return { path, bytes };
    },
    verifyCode: ({ text }) => verifyCode(text, indexTrust(s.keys.trustFile(s.settings.get().operatorName, s.venues.deactivatedIds()))),
  };
}
