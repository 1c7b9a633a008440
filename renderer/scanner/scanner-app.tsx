/**
 * The front-desk scanner page: which venue this desk serves, the live verdict screen (decided in main, never
 * here), today's counts, the USB keyboard-wedge capture, a scanner test screen and the desk's settings.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../shared/errors';
import { DEFAULT_DESK_SETTINGS, type DeskSettings } from '../../shared/health-code/scan-result';
import { emptyCounts, type VerdictCounts } from '../../shared/health-code/desk-verdict';
import { DEFAULT_DISPLAY, type Display } from '../../shared/display/display-settings';
import type { ScannerContext } from '../../shared/ipc/scanner-contract';
import { BiText } from '../common/components/bi-text';
import { applyDisplay, bothLanguages, DisplayContext, useSystemDark } from '../common/display';
import { ErrorBanner } from '../common/components/error-banner';
import { Loading } from '../common/components/loading';
import { call, onEvent } from './bridge';
import { CameraPanel } from './camera/camera-panel';
import { useCamera } from './camera/use-camera';
import { DeskCounter } from './desk-counter';
import { DeskSettingsPanel } from './desk-settings-panel';
import { ST } from './scanner-text';
import { playVerdict } from './verdict-sound';
import { VerdictScreen, type ShownScan } from './verdict-screen';
import { WedgeTestPanel } from './wedge-test-panel';
import { KioskLeaveDialog, KioskPinPanel } from './kiosk';
import { useWedge } from './wedge/use-wedge';
import type { WedgeScan } from './wedge/wedge-decoder';

/** How long a verdict (and the holder's facts) stays on screen. */
export const VERDICT_MS = 5_000;
/** How long the camera ignores the code it has just given a verdict on (it is still in front of the lens). */
export const SAME_CODE_PAUSE_MS = 3_000;

/** The whole scanner page. */
export function ScannerApp() {
  const [context, setContext] = useState<ScannerContext | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [today, setToday] = useState<VerdictCounts>(emptyCounts);
  const [rootPinned, setRootPinned] = useState(true);
  const [kioskPinSet, setKioskPinSet] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [settings, setSettings] = useState<DeskSettings>(DEFAULT_DESK_SETTINGS);
  const [display, setDisplay] = useState<Display>(DEFAULT_DISPLAY);
  const systemDark = useSystemDark();
  const [shown, setShown] = useState<ShownScan | null>(null);
  const [lastWedge, setLastWedge] = useState<WedgeScan | null>(null);
  const [cameraOn, setCameraOn] = useState(true);
  const lastCamera = useRef<{ text: string; at: number } | null>(null);
  const resetTimer = useRef<number | null>(null);
  const settingsRef = useRef(settings);
  useEffect(() => {
    settingsRef.current = settings;
  }, [settings]);

  const loadStatus = useCallback(() => {
    void call('getDeskStatus', {}).then((r) => {
      if (!r.ok) return;
      setToday(r.value.today);
      setRootPinned(r.value.rootPinned);
      setSettings(r.value.settings);
      setKioskPinSet(r.value.kioskPinSet);
      setDisplay(r.value.display);
    });
  }, []);

  useEffect(() => {
    let live = true;
    void call('getScannerContext', {}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setContext(result.value);
        loadStatus();
      } else setError(result.error);
    });
    const off = onEvent('context-changed', (next) => {
      setError(null);
      setShown(null);
      setContext(next);
      loadStatus();
    });
    return () => {
      live = false;
      off();
    };
  }, [loadStatus]);

  const clear = useCallback(() => {
    if (resetTimer.current !== null) window.clearTimeout(resetTimer.current);
    resetTimer.current = null;
    setShown(null);
  }, []);

  const check = useCallback(
    (text: string, source: 'camera' | 'wedge') => {
      void call('scanPass', { text, source }).then((r) => {
        if (!r.ok) {
          setError(r.error);
          return;
        }
        setError(null);
        setShown(r.value);
        setToday(r.value.today);
        playVerdict(r.value.verdict, settingsRef.current.volume, settingsRef.current.muted);
        if (resetTimer.current !== null) window.clearTimeout(resetTimer.current);
        resetTimer.current = window.setTimeout(() => setShown(null), VERDICT_MS);
      });
    },
    [],
  );

  const camera = useCamera(cameraOn && context !== null, (text) => {
    const now = performance.now();
    const last = lastCamera.current;
    if (last && last.text === text && now - last.at < SAME_CODE_PAUSE_MS) return;
    lastCamera.current = { text, at: now };
    check(text, 'camera');
  });

  useWedge({ terminators: settings.terminators, maxGapMs: settings.maxGapMs, minLength: 8 }, (scan) => {
    setLastWedge(scan);
    if (context) check(scan.text, 'wedge');
  });

  const saveSettings = async (next: DeskSettings) => {
    const r = await call('updateDeskSettings', next);
    if (r.ok) setSettings(r.value);
    else setError(r.error);
    return r.ok;
  };

  // The console's language order and theme, applied during render (as the console does); the verdict screen
  // is read by visitors, so it keeps both languages whatever the staff chose.
  applyDisplay(display, systemDark, ST.title);
  const staff = { display, setDisplay };
  const visitors = { display: bothLanguages(display), setDisplay };
  return (
    <DisplayContext.Provider value={staff}>
      <main className="scanner-shell" aria-labelledby="scanner-title">
        <header className="scanner-head">
          <h1 id="scanner-title">
            <BiText t={ST.title} />
          </h1>
          {context && (
            <p className="scanner-venue">
              <span className="eyebrow">
                <BiText t={ST.checking} />
              </span>{' '}
              <span lang="en">{context.venue.nameEn}</span> <span lang="zh-HK">{context.venue.nameZh}</span>{' '}
              <span className="mono" data-testid="scanner-venue-id">
                {context.venue.id}
              </span>
            </p>
          )}
        </header>
        {error && <ErrorBanner error={error} />}
        {!context && !error && <Loading />}
        {context && !rootPinned && (
          <p className="status-banner status-warning" role="status" data-testid="no-root">
            <BiText t={ST.noRoot} />
          </p>
        )}
        {context && (
          <>
            <section className="scanner-ready card" aria-live="polite">
              <p className="scanner-ready-word">
                <BiText t={ST.ready} stack />
              </p>
              <p>
                <BiText t={ST.readyHint} />
              </p>
            </section>
            <DeskCounter today={today} />
            <div className="scanner-panels">
              <CameraPanel camera={camera} enabled={cameraOn} onEnabled={setCameraOn} />
              <WedgeTestPanel scan={lastWedge} />
              <DeskSettingsPanel key={JSON.stringify(settings)} settings={settings} onSave={saveSettings} />
              <KioskPinPanel pinSet={kioskPinSet} onSet={loadStatus} />
            </div>
          </>
        )}
        <div className="button-row">
          <button type="button" className="btn" onClick={() => (context?.kiosk && kioskPinSet ? setLeaving(true) : void call('closeScanner', {}))}>
            <BiText t={ST.close} />
          </button>
        </div>
        {shown && (
          <DisplayContext.Provider value={visitors}>
            <VerdictScreen scan={shown} onDone={clear} />
          </DisplayContext.Provider>
        )}
        {leaving && <KioskLeaveDialog onCancel={() => setLeaving(false)} />}
      </main>
    </DisplayContext.Provider>
  );
}
