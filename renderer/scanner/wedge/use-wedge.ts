/**
 * Attaches the keyboard-wedge decoder to the window in the capture phase, before any field sees a key: a
 * scanner's burst never types into a focused field, and keys a person typed are given back to that field
 * (after the decoder's pause) as if typed there.
 */
import { useEffect, useRef } from 'react';
import { WedgeDecoder, type WedgeOptions, type WedgeScan } from './wedge-decoder';

/** Puts typed text into the focused text field at its caret, as typing would (React sees an input event). */
function giveBack(text: string): void {
  const el = document.activeElement;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) || el.readOnly || el.disabled) return;
  let start = el.value.length;
  let end = start;
  try {
    start = el.selectionStart ?? start;
    end = el.selectionEnd ?? start;
  } catch {
    // number fields have no selection: append
  }
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')?.set;
  setter?.call(el, el.value.slice(0, start) + text + el.value.slice(end));
  try {
    el.setSelectionRange(start + text.length, start + text.length);
  } catch {
    // number fields
  }
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Listens for wedge scans while mounted; `onScan` gets each finished scan. */
export function useWedge(options: WedgeOptions, onScan: (scan: WedgeScan) => void): void {
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  });
  const { maxGapMs, minLength } = options;
  const terminatorList = options.terminators.join(',');

  useEffect(() => {
    const decoder = new WedgeDecoder({ terminators: terminatorList.split(',') as WedgeOptions['terminators'], maxGapMs, minLength });
    const deliver = (outputs: ReturnType<WedgeDecoder['tick']>) => {
      for (const out of outputs) {
        if (out.kind === 'scan') onScanRef.current(out);
        else giveBack(out.text);
      }
    };
    const onKey = (ev: KeyboardEvent) => {
      if (ev.repeat || ev.isComposing) return;
      const step = decoder.key({
        code: ev.code,
        key: ev.key,
        shiftKey: ev.shiftKey,
        ctrlKey: ev.ctrlKey,
        altKey: ev.altKey,
        metaKey: ev.metaKey,
        capsLock: ev.getModifierState('CapsLock'),
        timeStamp: ev.timeStamp,
      });
      if (step.consumed) {
        ev.preventDefault();
        ev.stopPropagation();
      }
      deliver(step.outputs);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    const timer = window.setInterval(() => deliver(decoder.tick(performance.now())), 40);
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      window.clearInterval(timer);
    };
  }, [terminatorList, maxGapMs, minLength]);
}
