/** Tells the operator, before saving, which of a venue's fields its poster would shorten to fit (issue 10). */
import { useEffect, useState } from 'react';
import { fieldLabel } from '../../../../shared/messages/field-labels';
import type { Bi } from '../../../../shared/messages/bi';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { StatusBanner } from '../../../common/components/status-banner';

/** Poster fields that are not venue form fields. */
const POSTER_ONLY: Readonly<Record<string, Bi>> = {
  paperRecordText: { en: 'the words for visitors without a smartphone (Settings)', zh: '給沒有智能手機訪客的說明（設定）' },
  contact: { en: 'the contact line', zh: '聯絡資料' },
};

/** A warning listing the poster's shortened fields at `size`; nothing when everything fits. `version` (the venue's updatedAt) re-checks after an edit. */
export function PosterFitWarning({ venueId, size, version }: { venueId: string; size: 'a4' | 'a3'; version: number }) {
  const [truncated, setTruncated] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void call('checkPosterFit', { id: venueId, size }).then((r) => {
      if (live) setTruncated(r.ok ? r.value.truncated : []);
    });
    return () => {
      live = false;
    };
  }, [venueId, size, version]);
  if (truncated.length === 0) return null;
  const labels = truncated.map((f) => POSTER_ONLY[f] ?? fieldLabel(f));
  const paper = size.toUpperCase();
  const t: Bi = {
    en: `Too long to print whole on the ${paper} poster, so shortened with "…": ${labels.map((l) => l.en).join(', ')}. Shorten the text to print it whole.`,
    zh: `${paper} 海報容納不下，以下內容已以「…」縮短：${labels.map((l) => l.zh).join('、')}。請縮短文字以完整列印。`,
  };
  return (
    <StatusBanner kind="warning">
      <span data-testid="poster-fit-warning">
        <BiText t={t} stack />
      </span>
    </StatusBanner>
  );
}
