/** What a fleet CSV must look like, in both languages: the columns, the plate rules and an example. */
import { BiText } from '../../../common/components/bi-text';
import { bi, T, type Bi } from '../../../common/i18n';

const COLUMNS: { name: string; meaning: Bi; required?: boolean }[] = [
  { name: 'plate', meaning: T.colPlate, required: true },
  { name: 'fleet', meaning: T.colFleet },
  { name: 'company_en', meaning: T.colCompanyEn },
  { name: 'company_zh', meaning: T.colCompanyZh },
  { name: 'notes', meaning: T.colNotes },
];

const EXAMPLE = 'plate,fleet,company_en,company_zh\nAB 1234,Kowloon 1,Star Taxi Co,星星的士公司\nxy 88,Kowloon 1,Star Taxi Co,星星的士公司';

/** The format explanation shown beside the file chooser (`titled={false}` inside a details/summary that names it). */
export function CsvFormatHelp({ titled = true }: { titled?: boolean }) {
  return (
    <section className="format-help" aria-label={bi(T.formatTitle)} data-testid="format-help">
      {titled && (
        <h3>
          <BiText t={T.formatTitle} />
        </h3>
      )}
      <p className="small">
        <BiText t={T.formatIntro} stack />
      </p>
      <table className="table table-compact">
        <thead>
          <tr>
            <th scope="col">
              <BiText t={T.colColumn} />
            </th>
            <th scope="col">
              <BiText t={T.colMeaning} />
            </th>
          </tr>
        </thead>
        <tbody>
          {COLUMNS.map((c) => (
            <tr key={c.name}>
              <td>
                <code className="mono">{c.name}</code>
                {c.required ? (
                  <span className="badge badge-required">
                    <BiText t={T.required} />
                  </span>
                ) : (
                  <span className="muted small format-optional">
                    <BiText t={T.optionalHint} />
                  </span>
                )}
              </td>
              <td>
                <BiText t={c.meaning} stack />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">
        <BiText t={T.formatPlates} stack />
      </p>
      <p className="small">
        <BiText t={T.formatOther} stack />
      </p>
      <p className="small label-block">
        <BiText t={T.example} />
      </p>
      <pre className="csv-example mono">{EXAMPLE}</pre>
    </section>
  );
}
