/** The poster layout used by Print: rendered beside the app root and shown only by the print stylesheet. */
import { createPortal } from 'react-dom';
import type { Response } from '../../../../shared/ipc/console-contract';
import type { Venue } from '../../../../shared/venue/venue';
import { T } from '../../../common/i18n';
import { QrSvg } from './qr-svg';

/** Scheme name, "Scan to check in", the QR large, both names, venue id and issue date. */
export function PrintPoster({ venue, code, schemeName }: { venue: Venue; code: Response<'getVenueCode'>; schemeName: string }) {
  return createPortal(
    <article className="print-poster" aria-hidden="true" data-testid="print-poster">
      <p className="poster-scheme">{schemeName}</p>
      <p className="poster-cta">
        <span lang="en">{T.scanToCheckIn.en}</span>
        <span lang="zh-HK">{T.scanToCheckIn.zh}</span>
      </p>
      <QrSvg className="poster-qr" modules={code.modules} svgPath={code.svgPath} label={venue.nameEn} />
      <h1 className="poster-name-zh" lang="zh-HK">
        {venue.nameZh}
      </h1>
      <h2 className="poster-name-en" lang="en">
        {venue.nameEn}
      </h2>
      <p className="poster-address">
        <span lang="zh-HK">{venue.addressZh}</span>
        <span lang="en">{venue.addressEn}</span>
      </p>
      <p className="poster-meta">
        <span>
          {T.colId.en} {T.colId.zh}: <span className="mono">{venue.id}</span>
        </span>
        <span>
          {T.issuedOn.en} {T.issuedOn.zh}: {code.issuedOn}
        </span>
      </p>
      <p className="poster-note">
        <span lang="en">{T.noRenewal.en}</span> <span lang="zh-HK">{T.noRenewal.zh}</span>
      </p>
    </article>,
    document.body,
  );
}
