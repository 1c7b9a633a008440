/** The QR of an active venue with its code text, and the poster: its live preview, Save PDF (then Open, Show in folder) and Print — the same PDF. */
import { SaveOutcome, type SaveState } from '../../../common/components/save-outcome';
import { useState } from 'react';
import type { Response } from '../../../../shared/ipc/console-contract';
import type { Venue } from '../../../../shared/venue/venue';
import { call } from '../../bridge';
import { BiText } from '../../../common/components/bi-text';
import { Fact } from '../../../common/components/fact';
import { bi, T } from '../../../common/i18n';
import { PosterFitWarning } from './poster-fit-warning';
import { PosterPreview } from './poster-preview';
import { QrSvg } from './qr-svg';

type PaperSize = 'a4' | 'a3';

/** QR, issue date, version, key, code text with Copy, and the poster controls. */
export function VenueCodePanel({ venue, code }: { venue: Venue; code: Response<'getVenueCode'> }) {
  const [size, setSize] = useState<PaperSize>('a4');
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [print, setPrint] = useState<SaveState>({ state: 'idle' });
  const [openFailed, setOpenFailed] = useState(false);

  const copyText = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code.text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const savePdf = async () => {
    if (save.state === 'saving') return;
    setSave({ state: 'saving' });
    const result = await call('savePosterPdf', { id: venue.id, size });
    if (!result.ok) setSave({ state: 'error', error: result.error });
    else if (result.value.path === null) setSave({ state: 'cancelled' });
    else setSave({ state: 'saved', path: result.value.path });
    setOpenFailed(false);
  };

  // Print prints the very PDF Save writes (main writes it to a temp file and hands it to the print dialog).
  const printPdf = async () => {
    if (print.state === 'saving') return;
    setPrint({ state: 'saving' });
    const result = await call('printPoster', { id: venue.id, size });
    if (!result.ok) setPrint({ state: 'error', error: result.error });
    else setPrint(result.value.printed ? { state: 'idle' } : { state: 'cancelled' });
  };

  // Only the file this window saved last: main remembers it, the page never names a path.
  const openSaved = async (how: 'open' | 'folder') => {
    const result = await call('openSavedPoster', { how });
    setOpenFailed(!result.ok || !result.value.opened);
  };

  return (
    <div className="code-panel">
      <figure className="qr-figure">
        <QrSvg modules={code.modules} svgPath={code.svgPath} label={`${bi(T.qrCode)}: ${venue.nameEn} ${venue.nameZh}`} testId="venue-qr" />
      </figure>
      <div className="code-facts">
        <fieldset className="poster-controls">
          <legend>
            <BiText t={T.poster} />
          </legend>
          <div className="radio-row" role="radiogroup" aria-label={bi(T.paperSize)}>
            <span className="radio-label">
              <BiText t={T.paperSize} />
            </span>
            {(['a4', 'a3'] as const).map((p) => (
              <label key={p} className="radio">
                <input type="radio" name="paper" value={p} checked={size === p} onChange={() => setSize(p)} />
                {p.toUpperCase()}
              </label>
            ))}
          </div>
          <div className="button-row">
            <button type="button" className="btn btn-primary" onClick={savePdf} aria-disabled={save.state === 'saving'}>
              <BiText t={save.state === 'saving' ? T.saving : T.savePdf} />
            </button>
            <button type="button" className="btn" onClick={printPdf} aria-disabled={print.state === 'saving'}>
              <BiText t={print.state === 'saving' ? T.printing : T.print} />
            </button>
          </div>
          <SaveOutcome save={save} savedLabel={T.savedTo} testId="saved-path" onDismiss={() => setSave({ state: 'idle' })} />
          {save.state === 'saved' && (
            <div className="button-row">
              <button type="button" className="btn btn-small" onClick={() => void openSaved('open')}>
                <BiText t={T.openSaved} />
              </button>
              <button type="button" className="btn btn-small" onClick={() => void openSaved('folder')}>
                <BiText t={T.showInFolder} />
              </button>
            </div>
          )}
          {openFailed && (
            <p className="small" role="status">
              <BiText t={T.openFailed} />
            </p>
          )}
          {print.state === 'error' && <SaveOutcome save={print} savedLabel={T.print} testId="print-error" onDismiss={() => setPrint({ state: 'idle' })} />}
          {print.state === 'cancelled' && (
            <p className="small" role="status" data-testid="print-outcome">
              <BiText t={T.printFailed} />
            </p>
          )}
          <PosterFitWarning venueId={venue.id} size={size} version={venue.updatedAt} />
          <PosterPreview venueId={venue.id} size={size} version={venue.updatedAt} label={`${venue.nameEn} ${venue.nameZh}`} />
        </fieldset>
        <dl className="facts facts-compact">
          <Fact label={T.issuedOn} testId="issued-on">
            {code.issuedOn}
          </Fact>
          <Fact label={T.qrVersion}>
            {code.qrVersion} ({code.modules}×{code.modules})
          </Fact>
          <Fact label={T.signingKey} className="mono">
            {code.kid}
          </Fact>
        </dl>
        <p className="muted small">
          <BiText t={T.noRenewal} stack />
        </p>
      </div>
      <div className="code-bottom">
        <label htmlFor="code-text" className="label-block">
          <BiText t={T.codeText} />
        </label>
        <div className="code-text-row">
          <output id="code-text" className="code-text mono" data-testid="code-text" tabIndex={0}>
            {code.text}
          </output>
          <button type="button" className="btn btn-small" onClick={copyText}>
            <BiText t={T.copy} />
          </button>
        </div>
        {copy !== 'idle' && (
          <p className="small" role="status">
            <BiText t={copy === 'copied' ? T.copied : T.copyFailed} />
          </p>
        )}
      </div>
    </div>
  );
}
