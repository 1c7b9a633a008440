/**
 * The earlier keys in the Authority panel: after a rotation, posters and stickers signed by an earlier key keep
 * verifying on phones while that key's certificate is valid and the authority lists it; each earlier key says
 * until when (so its posters are reprinted in time), that it has ended, that it has no certificate, or that it
 * was revoked.
 */
import type { Response } from '../../../../shared/ipc/console-contract';
import { BiText } from '../../../common/components/bi-text';
import { T, type Bi } from '../../../common/i18n';
import { fillDays } from './authority-certificate';

type KeyView = Response<'getAuthorityTrust'>['keys'][number];

function standing(key: KeyView): { text: Bi; warn: boolean } {
  const c = key.certificate;
  if (key.status === 'revoked') return { text: T.authEarlierRevoked, warn: true };
  if (!c) return { text: T.authEarlierNoCertificate, warn: true };
  if (c.expired) return { text: fillDays(T.authEarlierEnded, c.validUntil, c.daysLeft), warn: true };
  return { text: fillDays(c.expiresSoon ? T.authEarlierEndsSoon : T.authEarlierValidUntil, c.validUntil, c.daysLeft), warn: c.expiresSoon };
}

/** The keys other than the active one, each with what its certificate means for the codes it signed; nothing when there are none. */
export function AuthorityEarlierKeys({ keys }: { keys: KeyView[] }) {
  const earlier = keys.filter((k) => k.status !== 'active');
  if (earlier.length === 0) return null;
  return (
    <div className="code-facts" data-testid="earlier-keys">
      <h3>
        <BiText t={T.authEarlierKeys} />
      </h3>
      <p className="muted small">
        <BiText t={T.authEarlierKeysHint} stack />
      </p>
      <ul className="earlier-keys">
        {earlier.map((key) => {
          const { text, warn } = standing(key);
          return (
            <li key={key.kid} data-testid={`earlier-key-${key.kid}`}>
              <code>{key.kid}</code> <BiText t={key.status === 'revoked' ? T.keyRevoked : T.keyRetired} />
              {' — '}
              <span className={warn ? 'count-near' : undefined}>
                <BiText t={text} />
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
