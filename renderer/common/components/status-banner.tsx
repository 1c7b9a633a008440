/** A neutral, success or warning banner: the page telling the operator how something went. */
import type { ReactNode } from 'react';

/**
 * Shows an outcome or a state in a banner (info and success as a polite status, a warning as an alert). Not to
 * be confused with the authority's notices, which are content, not page feedback.
 */
export function StatusBanner({ kind = 'info', children }: { kind?: 'info' | 'success' | 'warning'; children: ReactNode }) {
  return (
    <div className={`banner banner-${kind}`} role={kind === 'warning' ? 'alert' : 'status'}>
      <div className="banner-body">{children}</div>
    </div>
  );
}
