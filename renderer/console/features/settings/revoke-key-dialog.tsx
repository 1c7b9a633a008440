/**
 * The confirm step before revoking a signing key: a modal alert dialog (native <dialog>: focus stays inside,
 * Escape cancels, focus returns to the button that opened it) that explains the consequence in both
 * languages and will not proceed without a reason.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AppError, FieldIssue } from '../../../../shared/errors';
import type { Response } from '../../../../shared/ipc/console-contract';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { T } from '../../../common/i18n';
import { fieldIds, FormField } from '../../../common/components/form-field';

type KeyInfo = Response<'listKeys'>[number];

/** Longest reason the console stores (the backend checks it too). */
const REASON_MAX = 300;

/** Asks for a reason and confirmation; `target` null means closed. `error` is the last failed attempt. */
export function RevokeKeyDialog({
  target,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  target: KeyInfo | null;
  busy: boolean;
  error: AppError | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const ids = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const open = target !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      setReason('');
      setMissing(false);
      dialog.showModal();
    }
    if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [open]);

  const serverIssue = error?.fields?.find((f) => f.field === 'reason');
  const issue: FieldIssue | undefined = missing ? { field: 'reason', ...T.revokeReasonRequired } : serverIssue;
  const otherError = error && !serverIssue ? error : null;
  const { describedBy, invalid } = fieldIds('revoke-reason', true, issue);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      document.getElementById('revoke-reason')?.focus();
      return;
    }
    setMissing(false);
    onConfirm(reason);
  };

  const isActive = target?.status === 'active';
  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-body`}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {target && (
        <form onSubmit={submit} noValidate>
          <h2 id={`${ids}-title`}>
            <BiText t={T.revokeTitle} stack />
          </h2>
          <p className="mono">{target.kid}</p>
          <div id={`${ids}-body`} className="dialog-body">
            <p lang="en">{T.revokeBody.en}</p>
            <p lang="zh-HK">{T.revokeBody.zh}</p>
            {isActive && (
              <>
                <p lang="en">
                  <strong>{T.revokeActiveBody.en}</strong>
                </p>
                <p lang="zh-HK">
                  <strong>{T.revokeActiveBody.zh}</strong>
                </p>
              </>
            )}
          </div>
          {otherError && <ErrorBanner error={otherError} />}
          <div className="dialog-field">
            <FormField name="revoke-reason" label={T.revokeReason} hint={T.revokeReasonHint} error={issue} count={{ value: reason, max: REASON_MAX }}>
              <input
                id="revoke-reason"
                name="reason"
                type="text"
                value={reason}
                maxLength={REASON_MAX * 2}
                autoComplete="off"
                autoFocus
                required
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(e) => {
                  setReason(e.target.value);
                  if (e.target.value.trim() !== '') setMissing(false);
                }}
              />
            </FormField>
          </div>
          <div className="dialog-actions">
            <button type="button" className="btn btn-ghost" onClick={onCancel} disabled={busy}>
              <BiText t={T.cancel} />
            </button>
            <button type="submit" className="btn btn-danger" disabled={busy}>
              <BiText t={isActive ? T.revokeAndRotate : T.revokeKey} />
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
