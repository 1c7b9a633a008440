/** Step 2: what the file holds (valid, already registered, rejected, pages), its warnings and rejected rows. */
import type { Response } from '../../../../shared/ipc/console-contract';
import { BiText } from '../../../common/components/bi-text';
import { T, type Bi } from '../../../common/i18n';
import { formatCount } from './batch-format';
import { Warnings } from './batch-outcome';
import type { Template } from './batch-options';
import { RejectedRows } from './rejected-rows';

/** The preview the backend returns for a CSV. */
export type Preview = Response<'previewBatch'>;

/** How each encoding main may have read the file in is named on the page. */
const ENCODING_TEXT: Record<Preview['encoding'], Bi> = {
  'utf-8': T.encodingUtf8,
  'utf-8-bom': T.encodingUtf8Bom,
  'utf-16le': T.encodingUtf16le,
  'utf-16be': T.encodingUtf16be,
  'big5-hkscs': T.encodingBig5,
};

function Tile({ label, value, hint, tone, testId }: { label: Bi; value: number; hint?: Bi | undefined; tone?: 'bad' | undefined; testId: string }) {
  return (
    <div className={tone === 'bad' && value > 0 ? 'tile tile-bad' : 'tile'}>
      <span className="tile-value" data-testid={testId}>
        {formatCount(value)}
      </span>
      <span className="tile-label">
        <BiText t={label} stack />
      </span>
      {hint && (
        <span className="tile-hint small muted">
          <BiText t={hint} stack />
        </span>
      )}
    </div>
  );
}

/** The counts, warnings and rejected rows of a previewed CSV. */
export function BatchPreview({ preview, template }: { preview: Preview; template: Template }) {
  return (
    <div className="batch-preview">
      <div className="tiles" data-testid="preview-counts">
        <Tile label={T.validRows} value={preview.valid} testId="count-valid" />
        <Tile label={T.alreadyRegistered} value={preview.alreadyRegistered} hint={T.alreadyRegisteredHint} testId="count-registered" />
        <Tile label={T.rejectedRows} value={preview.rejected.length + preview.rejectedNotShown} tone="bad" testId="count-rejected" />
        <Tile label={T.pagesLabel} value={preview.pages[template]} hint={template === 'sheet' ? T.templateSheet : T.templateCard} testId="count-pages" />
      </div>
      <p className="small muted" data-testid="csv-encoding">
        <BiText t={{ en: `${T.readAs.en} ${ENCODING_TEXT[preview.encoding].en}`, zh: `${T.readAs.zh}${ENCODING_TEXT[preview.encoding].zh}` }} />
      </p>
      {preview.warnings.length > 0 && <Warnings warnings={preview.warnings} />}
      <RejectedRows rejected={preview.rejected} />
    </div>
  );
}
