/** After a key is revoked: the venues whose posters it signed, each linked to its page, where a new poster is issued. */
import type { Response } from '../../../../shared/ipc/console-contract';
import { BiText } from '../../../common/components/bi-text';
import { formatNumber } from '../../../common/display';
import { T, type Bi } from '../../../common/i18n';
import { routeHref } from '../../router';

/** The venues a key signed codes for, as `revokeKey` and `listKeyVenues` answer. */
export type KeyVenues = Response<'listKeyVenues'>;

/** Puts a count into a `{n}` placeholder in both languages. */
const withCount = (t: Bi, n: number): Bi => {
  const text = formatNumber(n);
  return { en: t.en.replace('{n}', text), zh: t.zh.replace('{n}', text) };
};

/** Offers to re-issue the posters signed by a revoked key: a count, how to do it, and a link per venue. */
export function ReissueOffer({ kid, data, onClose }: { kid: string; data: KeyVenues; onClose: () => void }) {
  const headingId = `reissue-${kid}`;
  const more = data.total - data.venues.length;
  return (
    <section className="banner banner-warning reissue-offer" aria-labelledby={headingId} data-testid="reissue-offer">
      <div className="banner-body">
        <h3 id={headingId} className="reissue-title">
          {data.total === 0 ? <BiText t={T.reissueNone} /> : <BiText t={withCount(data.total === 1 ? T.reissueCount : T.reissueCountMany, data.total)} stack />}
        </h3>
        <p className="small">
          <span className="mono">{kid}</span>
          {data.total > 0 && data.pending !== data.total && (
            <>
              {' · '}
              <BiText t={withCount(T.reissuePending, data.pending)} />
            </>
          )}
        </p>
        {!data.complete && (
          <p className="small">
            <BiText t={T.reissueIncomplete} stack />
          </p>
        )}
        {data.total > 0 && (
          <>
            <p className="small">
              <BiText t={T.reissueHow} stack />{' '}
              <a href={routeHref({ page: 'batch' })}>
                <BiText t={T.batch} />
              </a>
            </p>
            <ul className="reissue-list">
              {data.venues.map((v) => (
                <li key={v.id}>
                  <a href={routeHref({ page: 'venue', id: v.id })}>
                    <span lang="en">{v.nameEn}</span> <span lang="zh-HK">{v.nameZh}</span>
                  </a>{' '}
                  <span className="mono muted small">{v.id}</span>{' '}
                  {v.status === 'deactivated' ? (
                    <span className="badge badge-deactivated">
                      <BiText t={T.statusDeactivated} />
                    </span>
                  ) : (
                    v.reissuedOn !== null && (
                      <span className="badge badge-active">
                        <BiText t={T.reissueDone} /> {v.reissuedOn}
                      </span>
                    )
                  )}
                </li>
              ))}
            </ul>
            {more > 0 && (
              <p className="small">
                <BiText t={withCount(T.reissueMore, more)} />
              </p>
            )}
          </>
        )}
      </div>
      <div className="banner-actions">
        <button type="button" className="btn btn-small btn-ghost" onClick={onClose}>
          <BiText t={T.dismiss} />
        </button>
      </div>
    </section>
  );
}
