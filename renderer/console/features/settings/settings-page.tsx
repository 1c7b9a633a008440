/** Settings & keys: operator settings, the signing keys, key rotation, the trust file export and backups. */
import { call } from '../../bridge';
import type { ReactNode } from 'react';
import { BiText } from '../../../common/components/bi-text';
import { ErrorBanner } from '../../../common/components/error-banner';
import { Loading } from '../../../common/components/loading';
import { T } from '../../../common/i18n';
import { useCall } from '../../use-call';
import { AuthorityPanel } from './authority-panel';
import { BackupPanel } from './backup-panel';
import { DisplayPanel } from './display-panel';
import { KeyList } from './key-list';
import { SchemeMarkPanel } from './scheme-mark-panel';
import { SettingsForm } from './settings-form';

/** The Settings & keys page; `noticeFeed` is the notices feature's feed-source card, given by the shell. */
export function SettingsPage({ noticeFeed }: { noticeFeed?: ReactNode }) {
  const settings = useCall('getSettings', {});
  const keys = useCall('listKeys', {});
  const overview = useCall('getOverview', {}); // for the data folder, where the daily backups are
  // Refresh in place (no loading flash) so the rotation notice stays on screen.
  const refreshKeys = () =>
    void call('listKeys', {}).then((result) => {
      if (result.ok) keys.set(result.value);
      else keys.reload();
    });
  return (
    <section className="page" aria-labelledby="settings-title">
      <header className="page-header">
        <h1 id="settings-title">
          <BiText t={T.settings} />
        </h1>
      </header>
      <section className="card" aria-labelledby="operator-title">
        <h2 id="operator-title">
          <BiText t={T.settingsTitle} />
        </h2>
        {settings.data.state === 'loading' && <Loading />}
        {settings.data.state === 'error' && <ErrorBanner error={settings.data.error} onRetry={settings.reload} />}
        {settings.data.state === 'ok' && <SettingsForm initial={settings.data.value} />}
      </section>
      <section className="card" aria-labelledby="scheme-mark-title">
        <h2 id="scheme-mark-title">
          <BiText t={T.schemeMark} />
        </h2>
        <SchemeMarkPanel />
      </section>
      <section className="card" aria-labelledby="display-title">
        <h2 id="display-title">
          <BiText t={T.display} />
        </h2>
        <DisplayPanel />
      </section>
      <section className="card" aria-labelledby="keys-title">
        <h2 id="keys-title">
          <BiText t={T.keys} />
        </h2>
        {keys.data.state === 'loading' && <Loading />}
        {keys.data.state === 'error' && <ErrorBanner error={keys.data.error} onRetry={keys.reload} />}
        {keys.data.state === 'ok' && <KeyList keys={keys.data.value} onChanged={refreshKeys} />}
      </section>
      <section className="card" aria-labelledby="authority-title">
        <h2 id="authority-title">
          <BiText t={T.authTitle} />
        </h2>
        {/* Remounted when the active key changes (a rotation): the new key needs its own certificate. */}
        <AuthorityPanel key={keys.data.state === 'ok' ? (keys.data.value.find((k) => k.status === 'active')?.kid ?? 'no-key') : 'keys-loading'} />
      </section>
      {noticeFeed}
      <section className="card" aria-labelledby="backups-title">
        <h2 id="backups-title">
          <BiText t={T.backups} />
        </h2>
        <BackupPanel dataDir={overview.data.state === 'ok' ? overview.data.value.dataDir : null} />
      </section>
    </section>
  );
}
