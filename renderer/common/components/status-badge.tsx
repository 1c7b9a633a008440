/** A coloured badge for a venue's or key's status. */
import type { Bi } from '../i18n';
import { T } from '../i18n';
import { BiText } from './bi-text';

const LABELS: Record<string, Bi> = {
  active: T.statusActive,
  deactivated: T.statusDeactivated,
  retired: T.keyRetired,
  revoked: T.keyRevoked,
};

/** Shows a status in both languages (active in green, others muted or red). */
export function StatusBadge({ status }: { status: 'active' | 'deactivated' | 'retired' | 'revoked' }) {
  return (
    <span className={`badge badge-${status}`}>
      <BiText t={LABELS[status] ?? { en: status, zh: status }} />
    </span>
  );
}
