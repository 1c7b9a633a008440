/**
 * Schema step 5 (shipped in 2757ea7): every stored duplicate key recomputed so that look-alike letters and
 * invisible characters fold together. Frozen: it uses services/db/frozen/dup-key-fold-v2.ts, never the live
 * shared/venue/skeleton.ts.
 */
import { dupKeyV2 } from '../frozen/dup-key-fold-v2';
import type { Migration } from './migration';

/** Step 5. */
export const migration: Migration = {
  version: 5,
  name: 'duplicate keys fold look-alike letters and invisible characters',
  sql: '',
  // Recomputed with a frozen copy of the fold (TR39 skeleton, default-ignorables dropped). Taxis saved by a
  // batch keep their `taxi|<plate>` key.
  data: (db) => {
    const rows = db.prepare<[], [number, string, string, string, string, string]>('SELECT seq, name_en, name_zh, address_en, type, dup_key FROM venues').raw().all();
    const update = db.prepare('UPDATE venues SET dup_key = ? WHERE seq = ?');
    for (const [seq, nameEn, nameZh, addressEn, type, dupKey] of rows) {
      if (type === 'taxi' && dupKey === `taxi|${nameEn}`) continue;
      update.run(dupKeyV2(nameEn, nameZh, addressEn), seq);
    }
  },
};
