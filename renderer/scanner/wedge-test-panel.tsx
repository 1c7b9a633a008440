/** The scanner test screen: what the USB scanner sent, how fast, and whether the keyboard layout had to be remapped. */
import { BiText } from '../common/components/bi-text';
import { ST } from './scanner-text';
import type { WedgeScan } from './wedge/wedge-decoder';

/** Shows the last wedge scan's raw facts. */
export function WedgeTestPanel({ scan }: { scan: WedgeScan | null }) {
  return (
    <section className="card wedge-test" aria-labelledby="wedge-test-title">
      <h2 id="wedge-test-title">
        <BiText t={ST.wedgeTest} />
      </h2>
      <p>
        <BiText t={ST.wedgeTestHint} />
      </p>
      {scan && (
        <dl className="facts" data-testid="wedge-test">
          <dt>
            <BiText t={ST.received} />
          </dt>
          <dd className="mono wrap" data-testid="wedge-text">
            {scan.text} ({scan.text.length} <BiText t={ST.characters} />)
          </dd>
          <dt>
            <BiText t={ST.asTyped} />
          </dt>
          <dd className="mono wrap">{scan.asTyped}</dd>
          <dt>
            <BiText t={ST.msPerChar} />
          </dt>
          <dd className="mono" data-testid="wedge-speed">
            {scan.msPerChar}
          </dd>
          <dt>
            <BiText t={ST.remapped} />
          </dt>
          <dd data-testid="wedge-remapped">
            <BiText t={scan.remapped ? ST.yes : ST.no} />
          </dd>
        </dl>
      )}
    </section>
  );
}
