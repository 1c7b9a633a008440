/** The venues a notice concerns and why (named by id, by taxi plate, by building in a district, by district). */
import { DISTRICTS } from '../../../../shared/venue/catalogue';
import type { NoticeDetail } from '../../../../shared/notices/notice-view';
import type { Bi } from '../../../../shared/messages/bi';
import { BiText } from '../../../common/components/bi-text';
import { formatNumber } from '../../../common/display';
import { T } from '../../../common/i18n';
import { byBuilding, byDistrict, byPlate, moreVenues, NOTICES_TEXT as N } from '../../../common/i18n-notices';
import { routeHref } from '../../router';

type Reason = NoticeDetail['venues'][number]['reason'];

/** Why a venue is concerned, in words. */
function reasonWords(reason: Reason): Bi {
  switch (reason.by) {
    case 'venue':
      return N.byVenue;
    case 'plate':
      return byPlate(reason.plate);
    case 'building':
      return byBuilding(reason.building, { en: reason.district, zh: DISTRICTS[reason.district] });
    case 'district':
      return byDistrict({ en: reason.district, zh: DISTRICTS[reason.district] });
  }
}

/** A table of the venues concerned, each linking to its venue page. */
export function NoticeVenues({ notice }: { notice: Pick<NoticeDetail, 'venues' | 'venueCount'> }) {
  const more = notice.venueCount - notice.venues.length;
  return (
    <>
      <div className="table-wrap">
        <table className="table" data-testid="notice-venues">
          <thead>
            <tr>
              <th scope="col">
                <BiText t={T.colId} />
              </th>
              <th scope="col">
                <BiText t={T.colName} />
              </th>
              <th scope="col">
                <BiText t={N.colWhy} />
              </th>
            </tr>
          </thead>
          <tbody>
            {notice.venues.map((v) => (
              <tr key={v.venueId}>
                <td className="mono">
                  <a href={routeHref({ page: 'venue', id: v.venueId })}>{v.venueId}</a>
                </td>
                <td>
                  <BiText t={{ en: v.nameEn, zh: v.nameZh }} stack />
                </td>
                <td>
                  <BiText t={reasonWords(v.reason)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <p className="muted">
          <BiText t={moreVenues(formatNumber(more))} />
        </p>
      )}
    </>
  );
}
