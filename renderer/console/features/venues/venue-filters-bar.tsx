/** The search box and the status, type and district filters above the venue list. */
import { DISTRICT_NAMES, DISTRICTS, VENUE_TYPES, type District, type VenueType } from '../../../../shared/venue/catalogue';
import { BiText } from '../../../common/components/bi-text';
import { bi, T } from '../../../common/i18n';
import type { VenueFilters } from './use-venue-pages';

/** Controlled search and filter inputs. */
export function VenueFiltersBar({ value, onChange }: { value: VenueFilters; onChange: (next: VenueFilters) => void }) {
  return (
    <div className="filters" role="search">
      <div className="field field-grow">
        <label htmlFor="venue-search">
          <BiText t={T.search} />
        </label>
        <input
          id="venue-search"
          type="search"
          value={value.query}
          maxLength={200}
          autoComplete="off"
          placeholder={bi(T.searchPlaceholder)}
          aria-describedby="venue-search-hint"
          onChange={(e) => onChange({ ...value, query: e.target.value })}
        />
        <span id="venue-search-hint" className="visually-hidden">
          {bi(T.searchHint)}
        </span>
      </div>
      <div className="field">
        <label htmlFor="filter-status">
          <BiText t={T.status} />
        </label>
        <select
          id="filter-status"
          value={value.status}
          onChange={(e) => onChange({ ...value, status: e.target.value as VenueFilters['status'] })}
        >
          <option value="all">{bi(T.statusAll)}</option>
          <option value="active">{bi(T.statusActive)}</option>
          <option value="deactivated">{bi(T.statusDeactivated)}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-type">
          <BiText t={T.colType} />
        </label>
        <select id="filter-type" value={value.type} onChange={(e) => onChange({ ...value, type: e.target.value as VenueType | '' })}>
          <option value="">{bi(T.anyType)}</option>
          {VENUE_TYPES.map(([id, en, zh]) => (
            <option key={id} value={id}>
              {bi({ en, zh })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-district">
          <BiText t={T.colDistrict} />
        </label>
        <select
          id="filter-district"
          value={value.district}
          onChange={(e) => onChange({ ...value, district: e.target.value as District | '' })}
        >
          <option value="">{bi(T.anyDistrict)}</option>
          {DISTRICT_NAMES.map((d) => (
            <option key={d} value={d}>
              {bi({ en: d, zh: DISTRICTS[d] })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
