/** Runs one bridge call when a page opens (and again on reload), tracking loading and error states. */
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../shared/errors';
import type { Channel, RequestIn, Response } from '../../shared/ipc/console-contract';
import { call } from './bridge';

/** The state of a loaded value. */
export type Loaded<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; error: AppError };

/** Calls `channel` with `input` (compared by JSON) and returns its state plus a reload function and a setter. */
export function useCall<C extends Channel>(
  channel: C,
  input: RequestIn<C>,
): { data: Loaded<Response<C>>; reload: () => void; set: (value: Response<C>) => void } {
  const inputKey = JSON.stringify(input);
  const [tick, setTick] = useState(0);
  const [data, setData] = useState<{ key: string; loaded: Loaded<Response<C>> }>({ key: '', loaded: { state: 'loading' } });
  const key = `${channel}:${inputKey}:${tick}`;

  useEffect(() => {
    let live = true;
    void call(channel, JSON.parse(inputKey) as RequestIn<C>).then((result) => {
      if (!live) return;
      setData({ key, loaded: result.ok ? { state: 'ok', value: result.value } : { state: 'error', error: result.error } });
    });
    return () => {
      live = false;
    };
  }, [channel, inputKey, key]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const set = useCallback((value: Response<C>) => setData({ key, loaded: { state: 'ok', value } }), [key]);
  return { data: data.key === key ? data.loaded : { state: 'loading' }, reload, set };
}
