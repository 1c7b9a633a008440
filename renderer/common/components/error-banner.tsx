/** A bilingual error banner for any failed call, with optional retry and dismiss buttons. */
import type { AppError, FieldIssue } from '../../../shared/errors';
import { errorText, retryHelps } from '../../../shared/messages/errors';
import { T } from '../i18n';
import { BiText } from './bi-text';

/**
 * Shows an {@link AppError} in both languages; field issues not tied to a visible field are listed too. "Try
 * again" shows only when `onRetry` is given and the error's code is one a retry can get past (`retryHelps`).
 */
export function ErrorBanner({
  error,
  onRetry,
  onDismiss,
  extraFields = [],
}: {
  error: AppError;
  onRetry?: () => void;
  onDismiss?: () => void;
  extraFields?: FieldIssue[];
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
        {onRetry && retryHelps(error.code) && (
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
