/** A bilingual error banner for any failed call, with optional retry and dismiss buttons. */
import type { ReactNode } from 'react';
import type { AppError } from '../../../shared/errors';
import { errorText, T } from '../i18n';
import { BiText } from './bi-text';

/** Shows an {@link AppError} in both languages; field issues not tied to a visible field are listed too. */
export function ErrorBanner({
  error,
  onRetry,
  onDismiss,
  extraFields = [],
}: {
  error: AppError;
  onRetry?: () => void;
  onDismiss?: () => void;
  extraFields?: { field: string; en: string; zh: string }[];
}) {
  return (
    <div className="banner banner-error" role="alert">
      <div className="banner-body">
        <BiText t={errorText(error)} stack />
        {extraFields.length > 0 && (
          <ul className="banner-fields">
            {extraFields.map((f) => (
              <li key={f.field}>
                <BiText t={f} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="banner-actions">
        {onRetry && (
          <button type="button" className="btn btn-small" onClick={onRetry}>
            <BiText t={T.retry} />
          </button>
        )}
        {onDismiss && (
          <button type="button" className="btn btn-small btn-ghost" onClick={onDismiss}>
            <BiText t={T.dismiss} />
          </button>
        )}
      </div>
    </div>
  );
}

/** A neutral or success notice. */
export function Notice({ kind = 'info', children }: { kind?: 'info' | 'success' | 'warning'; children: ReactNode }) {
  return (
    <div className={`banner banner-${kind}`} role={kind === 'warning' ? 'alert' : 'status'}>
      <div className="banner-body">{children}</div>
    </div>
  );
}
