/** Step 3: the sticker template, the manifest option and the Generate button. */
import { BiText } from '../../../common/components/bi-text';
import { bi, T, type Bi } from '../../../common/i18n';
import { fillCount, formatCount } from './batch-format';

/** A sticker template the backend can lay out. */
export type Template = 'sheet' | 'card';

const TEMPLATES: { value: Template; label: Bi; hint: Bi }[] = [
  { value: 'sheet', label: T.templateSheet, hint: T.templateSheetHint },
  { value: 'card', label: T.templateCard, hint: T.templateCardHint },
];

/** The options form; `onGenerate` starts the batch. */
export function BatchOptions({
  valid,
  pages,
  template,
  manifest,
  starting,
  onTemplate,
  onManifest,
  onGenerate,
}: {
  valid: number;
  pages: Record<Template, number>;
  template: Template;
  manifest: boolean;
  starting: boolean;
  onTemplate: (t: Template) => void;
  onManifest: (on: boolean) => void;
  onGenerate: () => void;
}) {
  const label = valid === 1 ? T.generateOne : fillCount(T.generate, valid);
  return (
    <form
      className="form batch-options"
      onSubmit={(e) => {
        e.preventDefault();
        onGenerate();
      }}
    >
      <fieldset className="template-choice">
        <legend className="label-block">
          <BiText t={T.template} />
        </legend>
        <div className="template-options">
          {TEMPLATES.map((t) => (
            <label key={t.value} className={template === t.value ? 'template-option selected' : 'template-option'}>
              <input type="radio" name="template" value={t.value} checked={template === t.value} onChange={() => onTemplate(t.value)} aria-label={bi(t.label)} />
              <span className="template-text">
                <strong>
                  <BiText t={t.label} />
                </strong>
                <span className="small muted">
                  <BiText t={t.hint} stack />
                </span>
                <span className="small" data-testid={`pages-${t.value}`}>
                  {formatCount(pages[t.value])} <BiText t={pages[t.value] === 1 ? T.pageCountOne : T.pagesCount} />
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={manifest} onChange={(e) => onManifest(e.target.checked)} />
        <span>
          <strong>
            <BiText t={T.alsoManifest} />
          </strong>
          <span className="small muted">
            <BiText t={T.alsoManifestHint} stack />
          </span>
        </span>
      </label>
      <div className="button-row">
        <button type="submit" className="btn btn-primary btn-large" disabled={valid === 0 || starting}>
          <BiText t={starting ? T.starting : label} />
        </button>
        {valid === 0 && (
          <span className="muted small">
            <BiText t={T.nothingToGenerate} />
          </span>
        )}
      </div>
    </form>
  );
}
