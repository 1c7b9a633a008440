/** A loading indicator that announces itself to screen readers. */
import { T } from '../i18n';
import { BiText } from './bi-text';

/** "Loading… 載入中…" with a spinner. */
export function Loading() {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <BiText t={T.loading} />
    </p>
  );
}
