/** The signing keys table with Rotate key (behind a confirm), Revoke per key (behind a reason), and Export trust file. */
import { useState } from 'react';
import { hkIsoDate } from '../../../../shared/time/hk';
import type { AppError } from '../../../../shared/errors';
import type { Response } from '../../../../shared/ipc/console-contract';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { ConfirmDialog } from '../../../common/components/confirm-dialog';
import { ErrorBanner } from '../../../common/components/error-banner';
import { StatusBanner } from '../../../common/components/status-banner';
import { StatusBadge } from '../../../common/components/status-badge';
import { bi, T } from '../../../common/i18n';
import { ReissueOffer, type KeyVenues } from './reissue-offer';
import { RevokeKeyDialog } from './revoke-key-dialog';

type KeyInfo = Response<'listKeys'>[number];

/** Lists keys; `onChanged` reloads the list after a rotation or revocation. */
export function KeyList({ keys, onChanged }: { keys: KeyInfo[]; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [rotated, setRotated] = useState<string | null>(null);
  const [exported, setExported] = useState<{ path: string | null; keys: number } | null>(null);
  const [revoking, setRevoking] = useState<KeyInfo | null>(null);
  const [revokeError, setRevokeError] = useState<AppError | null>(null);
  const [offer, setOffer] = useState<{ kid: string; data: KeyVenues; justRevoked: boolean } | null>(null);

  const revoke = async (reason: string) => {
    if (!revoking) return;
    setBusy(true);
    const result = await call('revokeKey', { kid: revoking.kid, reason });
    setBusy(false);
    if (!result.ok) return setRevokeError(result.error);
    const { revoked, replacement, ...data } = result.value;
    setRevoking(null);
    setRevokeError(null);
    setError(null);
    setRotated(replacement?.kid ?? null);
    setOffer({ kid: revoked.kid, data, justRevoked: true });
    onChanged();
  };

  const showVenues = async (kid: string) => {
    const result = await call('listKeyVenues', { kid });
    if (!result.ok) return setError(result.error);
    setOffer({ kid, data: result.value, justRevoked: false });
  };

  const rotate = async () => {
    setBusy(true);
    const result = await call('rotateKey', {});
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setRotated(result.value.kid);
    onChanged();
  };

  const exportTrust = async () => {
    setBusy(true);
    const result = await call('exportTrust', {});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setExported(result.value);
  };

  return (
    <>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {keys.length === 0 ? (
        <p className="muted">
          <BiText t={T.noKeys} />
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="key-table">
            <thead>
              <tr>
                <th scope="col"><BiText t={T.kid} stack /></th>
                <th scope="col"><BiText t={T.status} stack /></th>
                <th scope="col"><BiText t={T.validFrom} stack /></th>
                <th scope="col"><BiText t={T.validUntil} stack /></th>
                <th scope="col"><BiText t={T.protection} stack /></th>
                <th scope="col"><BiText t={T.keyActions} stack /></th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.kid}>
                  <td className="mono">{k.kid}</td>
                  <td>
                    <StatusBadge status={k.status} />
                    {k.revokedAt !== null && (
                      <div className="muted small">
                        {hkIsoDate(k.revokedAt)}: <span className="break">{k.revocationReason}</span>
                      </div>
                    )}
                  </td>
                  <td className="key-date">{k.validFrom}</td>
                  <td className="key-date">{k.validUntil ?? '—'}</td>
                  <td>{k.protection}</td>
                  <td>
                    {k.status === 'revoked' ? (
                      <button type="button" className="btn btn-small" onClick={() => void showVenues(k.kid)} aria-label={`${bi(T.reissueShow)} ${k.kid}`}>
                        <BiText t={T.reissueShow} />
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="btn btn-small btn-danger-outline"
                        onClick={() => {
                          setRevokeError(null);
                          setRevoking(k);
                        }}
                        disabled={busy}
                        aria-label={`${bi(T.revoke)} ${k.kid}`}
                      >
                        <BiText t={T.revoke} />
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rotated && (
        <StatusBanner kind="success">
          <BiText t={T.rotated} /> <span className="mono">{rotated}</span>
        </StatusBanner>
      )}
      {offer && (
        <>
          {offer.justRevoked && (
            <StatusBanner kind="success">
              <BiText t={T.revokedKeyLabel} /> <span className="mono">{offer.kid}</span>. <BiText t={T.revokeExportHint} />
            </StatusBanner>
          )}
          <ReissueOffer kid={offer.kid} data={offer.data} onClose={() => setOffer(null)} />
        </>
      )}
      <div className="button-row">
        <button type="button" className="btn" onClick={() => setConfirming(true)} disabled={busy}>
          <BiText t={T.rotateKey} />
        </button>
        <button type="button" className="btn btn-primary" onClick={exportTrust} disabled={busy}>
          <BiText t={T.exportTrust} />
        </button>
      </div>
      <p className="muted small">
        <BiText t={T.exportTrustHint} stack />
      </p>
      {exported &&
        (exported.path ? (
          <StatusBanner kind="success">
            <BiText t={T.exported} />: <span className="mono break" data-testid="trust-path">{exported.path}</span> ({exported.keys}{' '}
            <BiText t={T.keysInFile} />)
          </StatusBanner>
        ) : (
          <StatusBanner>
            <BiText t={T.cancelled} />
          </StatusBanner>
        ))}
      <ConfirmDialog
        open={confirming}
        title={T.rotateTitle}
        body={T.rotateBody}
        confirmLabel={T.rotateKey}
        busy={busy}
        onConfirm={rotate}
        onCancel={() => setConfirming(false)}
      />
      <RevokeKeyDialog target={revoking} busy={busy} error={revokeError} onConfirm={(reason) => void revoke(reason)} onCancel={() => setRevoking(null)} />
    </>
  );
}
