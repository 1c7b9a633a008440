/** A labelled form control with its hint, character count and bilingual error, wired for screen readers. */
import type { ReactNode } from 'react';
import type { FieldIssue } from '../../../shared/errors';
import { BiText } from './bi-text';
import type { Bi } from '../i18n';
import { T } from '../i18n';

/** Counts characters the way the backend does (code points, not UTF-16 units). */
export const charCount = (s: string): number => [...s.trim()].length;

/** The ids a control must reference so its label, hint and error are announced. */
export function fieldIds(name: string, hasHint: boolean, error: FieldIssue | undefined): { describedBy: string | undefined; invalid: boolean } {
  const ids = [hasHint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean);
  return { describedBy: ids.length > 0 ? ids.join(' ') : undefined, invalid: Boolean(error) };
}

/** Wraps one control: label above, control, then hint/count and error below. */
export function FormField({
  name,
  label,
  hint,
  error,
  count,
  children,
}: {
  name: string;
  label: Bi;
  hint?: Bi | undefined;
  error?: FieldIssue | undefined;
  count?: { value: string; max: number; always?: boolean } | undefined;
  children: ReactNode;
}) {
  const n = count ? charCount(count.value) : 0;
  const showCount = count && (count.always || n >= count.max * 0.8);
  const countClass = count && n > count.max ? 'count count-over' : count && n >= count.max * 0.9 ? 'count count-near' : 'count';
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={name}>
        <BiText t={label} />
      </label>
      {children}
      {(hint || showCount) && (
        <div className="field-meta">
          {hint && (
            <span id={`${name}-hint`} className="hint">
              <BiText t={hint} />
            </span>
          )}
          {showCount && count && (
            <span className={countClass} data-testid={`${name}-count`}>
              {n} / {count.max} <BiText t={T.characters} />
            </span>
          )}
        </div>
      )}
      {error && (
        <p id={`${name}-error`} className="field-error">
          <span aria-hidden="true" className="field-error-icon">
            !
          </span>
          <BiText t={error} />
        </p>
      )}
    </div>
  );
}
