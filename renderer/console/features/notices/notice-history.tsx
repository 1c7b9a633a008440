/** A notice's revisions, newest first, each with its own acknowledgement (acknowledging one never covers the next). */
import type { NoticeDetail } from '../../../../shared/notices/notice-view';
import { BiText } from '../../../common/components/bi-text';
import { acknowledgedBy, NOTICES_TEXT as N } from '../../../common/i18n-notices';
import { hkInstant } from './notice-time';

/** The revision history table. */
export function NoticeHistory({ history }: { history: NoticeDetail['history'] }) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid="notice-history">
        <thead>
          <tr>
            <th scope="col">
              <BiText t={N.revision} />
            </th>
            <th scope="col">
              <BiText t={N.issued} />
            </th>
            <th scope="col">
              <BiText t={N.received} />
            </th>
            <th scope="col">
              <BiText t={N.acknowledgement} />
            </th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.revision} data-testid="history-row">
              <td>{h.revision}</td>
              <td>
                <BiText t={hkInstant(h.issuedAt)} stack />
              </td>
              <td>
                <BiText t={hkInstant(h.receivedAt)} stack />
              </td>
              <td data-testid="history-ack">
                {h.acknowledgement ? <BiText t={acknowledgedBy(h.acknowledgement.by, hkInstant(h.acknowledgement.at))} /> : <span className="muted"><BiText t={N.notAcknowledged} /></span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
