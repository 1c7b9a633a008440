/** Edits the operator name, scheme name and the posters' paper-record words, with field errors in both languages. */
import { useState, type FormEvent } from 'react';
import type { AppError, FieldIssue } from '../../../../shared/errors';
import type { Response } from '../../../../shared/ipc/console-contract';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { StatusBanner } from '../../../common/components/status-banner';
import { T, type Bi } from '../../../common/i18n';
import { fieldIds, FormField } from '../../../common/components/form-field';
import { useLeaveGuard } from '../../../common/leave-guard';

type Settings = Response<'getSettings'>;

/** Replaces a raw field id in a backend message with the field's label (the shared label table covers venue fields only). */
const relabel = (f: FieldIssue, label: Bi): FieldIssue => ({ field: f.field, en: f.en.split(f.field).join(label.en), zh: f.zh.split(f.field).join(label.zh) });
type Field = keyof Settings;

/** The posters' words for visitors without a smartphone (a poster field, so its label lives here). */
const PAPER_RECORD_LABEL: Bi = { en: 'Poster: visitors without a smartphone', zh: '海報：沒有智能手機的訪客' };
const PAPER_RECORD_HINT: Bi = { en: 'Printed beside the QR code, in both languages.', zh: '以中英文印在二維碼旁。' };
const LABELS: Record<Field, Bi> = { operatorName: T.operatorName, schemeName: T.schemeName, paperRecordText: PAPER_RECORD_LABEL };

/** The operator settings form. */
export function SettingsForm({ initial }: { initial: Settings }) {
  const [draft, setDraft] = useState<Settings>(initial);
  const [stored, setStored] = useState<Settings>(initial);
  useLeaveGuard(JSON.stringify(draft) !== JSON.stringify(stored)); // leaving with unsaved input asks first
  const [errors, setErrors] = useState<Partial<Record<Field, FieldIssue>>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setSaved(false);
    const result = await call('updateSettings', draft);
    setBusy(false);
    if (result.ok) {
      setDraft(result.value);
      setStored(result.value);
      setErrors({});
      setError(null);
      setSaved(true);
      return;
    }
    const byField: Partial<Record<Field, FieldIssue>> = {};
    for (const f of result.error.fields ?? []) {
      if (f.field in LABELS) byField[f.field as Field] = relabel(f, LABELS[f.field as Field]);
    }
    setErrors(byField);
    setError(result.error);
  };

  const control = (name: Field, hasHint = false) => {
    const { describedBy, invalid } = fieldIds(name, hasHint, errors[name]);
    return {
      id: name,
      name,
      value: draft[name],
      onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value })),
      'aria-invalid': invalid,
      'aria-describedby': describedBy,
    };
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {saved && (
        <StatusBanner kind="success">
          <BiText t={T.settingsSaved} />
        </StatusBanner>
      )}
      <div className="form-grid">
        <FormField name="operatorName" label={T.operatorName} error={errors.operatorName} count={{ value: draft.operatorName, max: 120 }}>
          <input {...control('operatorName')} type="text" autoComplete="organization" />
        </FormField>
        <FormField name="schemeName" label={T.schemeName} error={errors.schemeName} count={{ value: draft.schemeName, max: 60 }}>
          <input {...control('schemeName')} type="text" autoComplete="off" />
        </FormField>
        <FormField name="paperRecordText" label={PAPER_RECORD_LABEL} hint={PAPER_RECORD_HINT} error={errors.paperRecordText} count={{ value: draft.paperRecordText, max: 300 }}>
          <textarea {...control('paperRecordText', true)} rows={3} autoComplete="off" />
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          <BiText t={busy ? T.saving : T.save} />
        </button>
      </div>
    </form>
  );
}
