/**
 * `venue-console venue add` refuses a name the poster cannot print — an emoji, right-to-left text — naming the
 * character on stderr, exiting non-zero and registering nothing (issue 10 §1). Runs the CLI in-process.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-services';
import { inProcessCli } from '../../helpers/in-process-cli';

const home = tempDir('vc-unprintable-');
const data = join(home.dir, 'data');
afterAll(() => home.cleanup());

const cli = inProcessCli(data, { passphrase: 'unprintable 2026', now: Date.parse('2026-11-23T03:00:00Z') });

const venue = (nameEn: string, nameZh: string) => ['venue', 'add', '--name-en', nameEn, '--name-zh', nameZh, '--address-en', '1 Noodle Lane, Sha Tin', '--address-zh', '沙田麵街1號', '--district', 'Sha Tin', '--type', 'restaurant'];

describe('venue add with characters the poster cannot print', () => {
  it('refuses an emoji, naming it, and registers nothing', async () => {
    const r = await cli(venue('Noodle 🍜 House', '麵館'));
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--name-en');
    expect(r.stderr).toContain('🍜 (U+1F35C) cannot be printed on the poster');
    expect(r.stderr).toContain('「🍜」（U+1F35C）無法印在海報上');
    const list = await cli(['venue', 'list']);
    expect(JSON.parse(list.stdout)).toEqual([]);
  });

  it('refuses Arabic in the Chinese name as right-to-left text', async () => {
    const r = await cli(venue('Noodle House', 'مطعم'));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--name-zh');
    expect(r.stderr).toMatch(/right-to-left text cannot be printed yet/);
  });

  it('still registers a name with 𨋢, which the font has', async () => {
    const r = await cli(venue('Lift Lobby Cafe', '𨋢大堂茶座'));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ nameZh: '𨋢大堂茶座' });
  });
});
