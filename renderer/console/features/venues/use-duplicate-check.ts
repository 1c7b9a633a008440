/** Asks the backend, debounced, whether another venue already has the same names and address. */
import { useEffect, useRef, useState } from 'react';
import { call } from '../../bridge';
import { useDebounced } from '../../../common/use-debounced';

interface DuplicateProbe {
  nameEn: string;
  nameZh: string;
  addressEn: string;
}

/** The id of an existing venue with the same names and address, or null. Ignores answers for older input. */
export function useDuplicateCheck(probe: DuplicateProbe, exceptId?: string): string | null {
  const key = JSON.stringify([probe.nameEn.trim(), probe.nameZh.trim(), probe.addressEn.trim(), exceptId ?? '']);
  const debouncedKey = useDebounced(key, 300);
  const [answer, setAnswer] = useState<{ key: string; existingId: string | null }>({ key: '', existingId: null });
  const latest = useRef('');

  useEffect(() => {
    const [nameEn = '', nameZh = '', addressEn = '', except = ''] = JSON.parse(debouncedKey) as string[];
    latest.current = debouncedKey;
    if (!nameEn || !nameZh || !addressEn) return;
    void call('findDuplicate', {
      nameEn: nameEn.slice(0, 400),
      nameZh: nameZh.slice(0, 400),
      addressEn: addressEn.slice(0, 800),
      ...(except ? { exceptId: except } : {}),
    }).then((result) => {
      if (latest.current !== debouncedKey) return; // the input has changed since: stale answer
      setAnswer({ key: debouncedKey, existingId: result.ok ? result.value.existingId : null });
    });
  }, [debouncedKey]);

  return answer.key === key ? answer.existingId : null;
}
