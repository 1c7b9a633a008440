/** A modal confirm step (native <dialog>: focus is trapped, Escape cancels). */
import { useEffect, useRef } from 'react';
import type { Bi } from '../i18n';
import { T } from '../i18n';
import { BiParagraphs, BiText } from './bi-text';

/** Asks before a consequential action; renders nothing while closed. */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  danger = false,
  busy = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: Bi;
  body: Bi;
  confirmLabel: Bi;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <>
          <h2 id="confirm-title">
            <BiText t={title} stack />
          </h2>
          <div id="confirm-body" className="dialog-body">
            <BiParagraphs t={body} />
          </div>
          <div className="dialog-actions">
            <button type="button" className="btn btn-ghost" onClick={onCancel} autoFocus>
              <BiText t={T.cancel} />
            </button>
            <button type="button" className={danger ? 'btn btn-danger' : 'btn btn-primary'} onClick={onConfirm} disabled={busy}>
              <BiText t={confirmLabel} />
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
