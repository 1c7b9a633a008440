/** The outcome of a "save a file" action: where it went, that the dialog was cancelled, or the error. */
import type { AppError } from '../../../shared/errors';
import { BiText } from './bi-text';
import { ErrorBanner } from './error-banner';
import { StatusBanner } from './status-banner';
import { T, type Bi } from '../i18n';

/** The states of a save action. */
export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; path: string }
  | { state: 'cancelled' }
  | { state: 'error'; error: AppError };

/** Shows a save action's outcome; nothing while idle or saving. */
export function SaveOutcome({ save, savedLabel, testId, onDismiss }: { save: SaveState; savedLabel: Bi; testId: string; onDismiss: () => void }) {
  if (save.state === 'saved') {
    return (
      <StatusBanner kind="success">
        <BiText t={savedLabel} />: <span className="mono break" data-testid={testId}>{save.path}</span>
      </StatusBanner>
    );
  }
  if (save.state === 'cancelled') {
    return (
      <StatusBanner>
        <BiText t={T.cancelled} />
      </StatusBanner>
    );
  }
  if (save.state === 'error') return <ErrorBanner error={save.error} onDismiss={onDismiss} />;
  return null;
}
