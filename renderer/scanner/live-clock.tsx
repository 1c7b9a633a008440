/** A clock that ticks every second in Hong Kong time: on every verdict, so a photo or screenshot of one cannot pass for a live one. */
import { useEffect, useState } from 'react';
import { HK_OFFSET_MS } from '../../shared/time/hk';

/** `HH:mm:ss` Hong Kong time. */
export function hkClockText(ms: number): string {
  return new Date(ms + HK_OFFSET_MS).toISOString().slice(11, 19);
}

/** The live clock (with the date) and a bar that moves continuously. */
export function LiveClock({ label }: { label: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  const date = new Date(now + HK_OFFSET_MS).toISOString().slice(0, 10);
  return (
    <div className="live-clock" aria-label={label}>
      <span className="live-clock-time mono" data-testid="live-clock">
        {hkClockText(now)}
      </span>
      <span className="live-clock-date mono">{date} HKT</span>
      <span className="live-sweep" aria-hidden="true" />
    </div>
  );
}
