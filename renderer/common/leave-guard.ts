/**
 * "You have unsaved changes": a form with input not yet saved registers itself here; the app shell asks before a
 * link leaves the page (Back, the sidebar, Cancel) and the window asks before it closes (`beforeunload`).
 */
import { useEffect } from 'react';

const dirty = new Set<symbol>();

/** True while any mounted form has unsaved input. */
export const hasUnsavedInput = (): boolean => dirty.size > 0;

/** Forgets every unsaved form (the operator chose to leave). */
export const discardUnsavedInput = (): void => dirty.clear();

const onBeforeUnload = (event: BeforeUnloadEvent) => {
  if (!hasUnsavedInput()) return;
  event.preventDefault();
  event.returnValue = ''; // Electron then asks main (will-prevent-unload), which shows the question
};

/** Marks the calling form as having unsaved input while `unsaved` is true. */
export function useLeaveGuard(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const key = Symbol('unsaved form');
    dirty.add(key);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      dirty.delete(key);
      if (!hasUnsavedInput()) window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [unsaved]);
}
