/** The kiosk's PIN: setting it (desk settings) and giving it to leave a full-screen kiosk scanner. */
import { useState } from 'react';
import type { AppError } from '../../shared/errors';
import { BiText } from '../common/components/bi-text';
import { ErrorBanner } from '../common/components/error-banner';
import { pair as s } from '../common/text-pair';
import { call } from './bridge';

const K = {
  title: s('Kiosk PIN', '資訊亭密碼'),
  hint: s('4 to 8 digits. A full-screen kiosk scanner can be left only with it.', '4 至 8 位數字。全螢幕資訊亭掃描器須輸入此密碼才可離開。'),
  current: s('Current PIN', '現有密碼'),
  next: s('New PIN', '新密碼'),
  set: s('Set PIN', '設定密碼'),
  done: s('PIN saved', '密碼已儲存'),
  leave: s('Enter the kiosk PIN to leave', '請輸入資訊亭密碼以離開'),
  pin: s('PIN', '密碼'),
  wrong: s('Wrong PIN.', '密碼不正確。'),
  confirm: s('Leave the kiosk', '離開資訊亭'),
  cancel: s('Cancel', '取消'),
};

/** Sets or changes the PIN. */
export function KioskPinPanel({ pinSet, onSet }: { pinSet: boolean; onSet: () => void }) {
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);
  return (
    <form
      className="card kiosk-pin"
      aria-labelledby="kiosk-pin-title"
      onSubmit={(e) => {
        e.preventDefault();
        void call('setKioskPin', { pin, ...(pinSet ? { current } : {}) }).then((r) => {
          setError(r.ok ? null : r.error);
          setDone(r.ok);
          if (r.ok) {
            setPin('');
            setCurrent('');
            onSet();
          }
        });
      }}
    >
      <h2 id="kiosk-pin-title">
        <BiText t={K.title} />
      </h2>
      <p className="hint">
        <BiText t={K.hint} />
      </p>
      {pinSet && (
        <label className="field">
          <BiText t={K.current} />
          <input type="password" inputMode="numeric" autoComplete="off" value={current} onChange={(e) => setCurrent(e.target.value)} />
        </label>
      )}
      <label className="field">
        <BiText t={K.next} />
        <input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} data-testid="kiosk-new-pin" />
      </label>
      <div className="button-row">
        <button type="submit" className="btn">
          <BiText t={K.set} />
        </button>
        {done && (
          <span role="status">
            <BiText t={K.done} />
          </span>
        )}
      </div>
      {error && <ErrorBanner error={error} />}
    </form>
  );
}

/** Asks for the PIN and leaves the kiosk when it is right. */
export function KioskLeaveDialog({ onCancel }: { onCancel: () => void }) {
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<AppError | 'wrong' | null>(null);
  return (
    <div className="kiosk-leave" role="dialog" aria-modal="true" aria-labelledby="kiosk-leave-title">
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void call('closeScanner', { pin }).then((r) => {
            if (!r.ok) setProblem(r.error);
            else if (!r.value.closed) setProblem('wrong');
            setPin('');
          });
        }}
      >
        <h2 id="kiosk-leave-title">
          <BiText t={K.leave} />
        </h2>
        <label className="field">
          <BiText t={K.pin} />
          <input type="password" inputMode="numeric" autoComplete="off" autoFocus value={pin} onChange={(e) => setPin(e.target.value)} data-testid="kiosk-leave-pin" />
        </label>
        {problem === 'wrong' && (
          <p role="alert" className="field-error">
            <BiText t={K.wrong} />
          </p>
        )}
        {problem && problem !== 'wrong' && <ErrorBanner error={problem} />}
        <div className="button-row">
          <button type="submit" className="btn btn-primary">
            <BiText t={K.confirm} />
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            <BiText t={K.cancel} />
          </button>
        </div>
      </form>
    </div>
  );
}
