/** The create / edit venue form: field errors from the backend in both languages, live duplicate warning, character counts. */
import { useRef, useState, type FormEvent } from 'react';
import type { AppError, FieldIssue } from '../../../../shared/errors';
import { DISTRICT_NAMES, DISTRICTS, VENUE_TYPES, type District, type VenueType } from '../../../../shared/venue/catalogue';
import { ADDRESS_MAX, NAME_EN_MAX, NAME_ZH_MAX, type Venue, type VenueInput } from '../../../../shared/venue/venue';
import { discardUnsavedInput, useLeaveGuard } from '../../../common/leave-guard';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { bi, T } from '../../../common/i18n';
import { navigate, routeHref } from '../../router';
import { fieldIds, FormField } from '../../../common/components/form-field';
import { useDuplicateCheck } from './use-duplicate-check';

type FieldName = keyof VenueInput;
type Draft = Record<FieldName, string>;

const FIELD_ORDER: FieldName[] = ['nameEn', 'nameZh', 'addressEn', 'addressZh', 'district', 'type', 'contactPhone', 'contactEmail'];

const EMPTY: Draft = { nameEn: '', nameZh: '', addressEn: '', addressZh: '', district: '', type: '', contactPhone: '', contactEmail: '' };

const toDraft = (v: Venue): Draft => ({
  nameEn: v.nameEn,
  nameZh: v.nameZh,
  addressEn: v.addressEn,
  addressZh: v.addressZh,
  district: v.district ?? '',
  type: v.type,
  contactPhone: v.contactPhone ?? '',
  contactEmail: v.contactEmail ?? '',
});

/** The form; `venue` given means edit mode. Navigates to the venue page once saved. */
export function VenueForm({ venue, onSaved }: { venue?: Venue; onSaved?: (v: Venue) => void }) {
  const [draft, setDraft] = useState<Draft>(() => (venue ? toDraft(venue) : EMPTY));
  const [saved, setSaved] = useState(false);
  // Leaving with unsaved input (Back, the sidebar, Cancel, closing the window) asks first.
  useLeaveGuard(!saved && JSON.stringify(draft) !== JSON.stringify(venue ? toDraft(venue) : EMPTY));
  const [errors, setErrors] = useState<Partial<Record<FieldName, FieldIssue>>>({});
  const [formError, setFormError] = useState<{ error: AppError; other: FieldIssue[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const duplicateId = useDuplicateCheck(draft, venue?.id);

  const set = (name: FieldName) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const input = {
      nameEn: draft.nameEn,
      nameZh: draft.nameZh,
      addressEn: draft.addressEn,
      addressZh: draft.addressZh,
      district: draft.district as District, // '' is refused by the backend with a field error
      type: draft.type as VenueType,
      contactPhone: draft.contactPhone.trim() || null,
      contactEmail: draft.contactEmail.trim() || null,
    };
    const result = venue ? await call('updateVenue', { id: venue.id, venue: input }) : await call('createVenue', input);
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setFormError(null);
      setSaved(true);
      discardUnsavedInput();
      onSaved?.(result.value);
      navigate({ page: 'venue', id: result.value.id });
      return;
    }
    const byField: Partial<Record<FieldName, FieldIssue>> = {};
    const other: FieldIssue[] = [];
    for (const issue of result.error.fields ?? []) {
      if ((FIELD_ORDER as string[]).includes(issue.field)) byField[issue.field as FieldName] = issue;
      else other.push(issue);
    }
    setErrors(byField);
    setFormError({ error: result.error, other });
    const firstBad = FIELD_ORDER.find((f) => byField[f]);
    if (firstBad) formRef.current?.querySelector<HTMLElement>(`#${firstBad}`)?.focus();
  };

  const control = (name: FieldName, hasHint = false) => {
    const { describedBy, invalid } = fieldIds(name, hasHint, errors[name]);
    return { id: name, name, value: draft[name], onChange: set(name), 'aria-invalid': invalid, 'aria-describedby': describedBy };
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={bi(venue ? T.editVenue : T.newVenue)}>
      {formError && <ErrorBanner error={formError.error} extraFields={formError.other} onDismiss={() => setFormError(null)} />}

      {duplicateId && (
        <div className="banner banner-warning" role="alert" data-testid="duplicate-warning">
          <div className="banner-body">
            <span lang="en">
              {T.duplicateWarning.en} <span className="mono">{duplicateId}</span>
            </span>{' '}
            <span lang="zh-HK">{T.duplicateWarning.zh}</span>{' '}
            <a href={routeHref({ page: 'venue', id: duplicateId })}>
              (<BiText t={T.open} />)
            </a>
          </div>
        </div>
      )}

      <div className="form-grid">
        <FormField name="nameEn" label={T.nameEn} error={errors.nameEn} count={{ value: draft.nameEn, max: NAME_EN_MAX, always: true }}>
          <input {...control('nameEn')} type="text" lang="en" autoComplete="off" />
        </FormField>
        <FormField name="nameZh" label={T.nameZh} error={errors.nameZh} count={{ value: draft.nameZh, max: NAME_ZH_MAX, always: true }}>
          <input {...control('nameZh')} type="text" lang="zh-HK" autoComplete="off" />
        </FormField>
        <FormField name="addressEn" label={T.addressEn} error={errors.addressEn} count={{ value: draft.addressEn, max: ADDRESS_MAX }}>
          <input {...control('addressEn')} type="text" lang="en" autoComplete="off" />
        </FormField>
        <FormField name="addressZh" label={T.addressZh} error={errors.addressZh} count={{ value: draft.addressZh, max: ADDRESS_MAX }}>
          <input {...control('addressZh')} type="text" lang="zh-HK" autoComplete="off" />
        </FormField>
        <FormField name="district" label={T.district} error={errors.district}>
          <select {...control('district')}>
            <option value="">{bi(T.choose)}</option>
            {DISTRICT_NAMES.map((d) => (
              <option key={d} value={d}>
                {bi({ en: d, zh: DISTRICTS[d] })}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="type" label={T.type} error={errors.type}>
          <select {...control('type')}>
            <option value="">{bi(T.choose)}</option>
            {VENUE_TYPES.map(([id, en, zh]) => (
              <option key={id} value={id}>
                {bi({ en, zh })}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="contactPhone" label={T.contactPhone} hint={T.phoneHint} error={errors.contactPhone}>
          <input {...control('contactPhone', true)} type="tel" inputMode="tel" autoComplete="off" />
        </FormField>
        <FormField name="contactEmail" label={T.contactEmail} error={errors.contactEmail}>
          <input {...control('contactEmail')} type="email" autoComplete="off" />
        </FormField>
      </div>

      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy}>
          <BiText t={busy ? T.saving : venue ? T.saveChanges : T.createVenue} />
        </button>
        <a className="btn btn-ghost" href={routeHref(venue ? { page: 'venue', id: venue.id } : { page: 'venues' })}>
          <BiText t={T.cancel} />
        </a>
      </div>
    </form>
  );
}
