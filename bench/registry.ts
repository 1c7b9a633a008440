/** Benchmarks of the venue registry at 100,000 venues, codes and posters. Medians in milliseconds. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DISTRICT_NAMES, VENUE_TYPE_IDS } from '../shared/venue/catalogue';
import type { VenueInput } from '../shared/venue/venue';
import { openDataFolder } from '../services/open-data-folder';
import { passphraseSealer } from '../services/keys/sealer';
import { encodeQr } from '../services/posters/qr-matrix';

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Runs `fn` `n` times and returns the median wall time in ms. */
export async function timeMedian(n: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const EN = ['Golden', 'Harbour', 'Lucky', 'Dragon', 'Jade', 'Ocean', 'Pearl', 'Lotus', 'Star', 'Phoenix', 'Garden', 'Peak', 'Bamboo', 'Silver', 'Happy'];
const KIND = ['Restaurant', 'Cafe', 'Bakery', 'Fitness', 'Karaoke', 'Salon', 'Clinic', 'Cinema', 'Mall', 'Bank', 'School', 'Market'];
const ZH = '金海福龍玉洋珠蓮星鳳園峰竹銀樂茶餐廳餅店健身美容診所戲院商場銀行學校街市大圍沙田旺角';

/** A deterministic pseudo-random venue number `i`. */
export function benchVenue(i: number): VenueInput {
  const pick = <T>(xs: readonly T[], k: number): T => xs[(i * 7919 + k * 104729) % xs.length] as T;
  const zh = Array.from({ length: 4 }, (_, k) => ZH[(i * 31 + k * 17) % ZH.length]).join('');
  return {
    nameEn: `${pick(EN, 1)} ${pick(EN, 2)} ${pick(KIND, 3)} ${i}`,
    nameZh: `${zh}${i}`,
    addressEn: `${(i % 300) + 1} ${pick(EN, 4)} Road`,
    addressZh: `${pick(['彌敦道', '皇后大道', '青山公路', '大埔道'], 5)}${(i % 300) + 1}號`,
    district: pick(DISTRICT_NAMES, 6),
    type: pick(VENUE_TYPE_IDS, 7),
    contactPhone: null,
    contactEmail: null,
  };
}

/** Inserts 100,000 venues, then times searches, a reopen, code signing and posters. */
export async function benchRegistry(resourcesDir: string, count = 100_000): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-'));
  const sealer = passphraseSealer('benchmark passphrase');
  const open = () => openDataFolder({ dataDir: dir, resourcesDir, sealer: () => sealer });
  const results: Record<string, number> = {};
  try {
    let s = open();
    s.keys.ensure();
    const t0 = performance.now();
    const batch = 1000;
    for (let start = 0; start < count; start += batch) {
      s.db.transaction(() => {
        for (let i = start; i < Math.min(count, start + batch); i++) s.venues.insertValid(benchVenue(i));
      })();
    }
    results[`insert_${count / 1000}k_venues_ms`] = performance.now() - t0;
    s.close();

    const t1 = performance.now();
    s = open();
    results[`open_${count / 1000}k_db_ms`] = performance.now() - t1;

    const q = (query: string, extra: { offset?: number } = {}) => () =>
      s.venues.search({ query, status: 'all', offset: extra.offset ?? 0, limit: 100 });
    const queries: Record<string, () => unknown> = {
      search_empty_first_page_ms: q(''),
      search_empty_page_at_50k_ms: q('', { offset: 50_000 }),
      search_english_word_ms: q('harbour'),
      search_english_rare_ms: q('Phoenix Bamboo Cinema 4242'),
      search_chinese_2_chars_ms: q('茶餐'),
      search_chinese_3_chars_ms: q('茶餐廳'),
      search_venue_id_ms: q(s.venues.search({ query: '', status: 'all', offset: 777, limit: 1 }).items[0]?.id ?? ''),
      search_district_ms: q('Sha Tin'),
      search_single_char_ms: q('龍'),
      search_no_match_ms: q('zzzzqqq'),
    };
    for (const [name, fn] of Object.entries(queries)) {
      fn();
      results[name] = await timeMedian(15, fn);
    }

    const venue = s.venues.search({ query: '', status: 'all', offset: 0, limit: 1 }).items[0];
    if (!venue) throw new Error('no venue');
    s.issuer.issue(venue);
    results.sign_code_ms = await timeMedian(200, () => s.issuer.issue(venue));
    const longVenue = s.venues.create({ ...benchVenue(count + 1), nameEn: 'E'.repeat(40), nameZh: '餐'.repeat(12) });
    results.qr_version_40en_12zh = encodeQr(s.issuer.issue(longVenue).text).version;
    const t2 = performance.now();
    await s.posters.write(venue.id, join(dir, 'cold.pdf'), 'a4');
    results.poster_a4_first_ms = performance.now() - t2;
    let k = 0;
    results.poster_a4_warm_ms = await timeMedian(20, () => s.posters.write(venue.id, join(dir, `p${k++}.pdf`), 'a4'));
    results.poster_a3_warm_ms = await timeMedian(10, () => s.posters.write(venue.id, join(dir, `q${k++}.pdf`), 'a3'));
    s.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
