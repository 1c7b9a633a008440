/** One labelled value inside a `<dl className="facts">`: label (both languages) above the value. */
import type { ReactNode } from 'react';
import type { Bi } from '../i18n';
import { BiText } from './bi-text';

/** A dt/dd pair wrapped in a div (valid in a dl) so pairs can flow in a grid. */
export function Fact({ label, children, className, testId }: { label: Bi; children: ReactNode; className?: string; testId?: string }) {
  return (
    <div className="fact">
      <dt>
        <BiText t={label} />
      </dt>
      <dd className={className} data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
