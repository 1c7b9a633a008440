/**
 * `venue-console settings`: a folder used only from the command line can name its operator and scheme (the
 * console asks on first run; there is no real-scheme default), with the Settings page's rules.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../helpers/pdf-tools';
import { tempDir } from '../../helpers/temp-services';
import { inProcessCli } from '../../helpers/in-process-cli';

const home = tempDir('vc-settings-cli-');
const data = join(home.dir, 'data');
afterAll(() => home.cleanup());

const cli = inProcessCli(data, { passphrase: 'settings 2026 passphrase', now: Date.parse('2026-11-26T03:00:00Z') });

describe('settings from the command line', () => {
  it('starts with no names, refuses unprintable ones in both languages, and prints the saved scheme on posters', async () => {
    const empty = await cli(['settings']);
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({ operatorName: '', schemeName: '' });

    const bad = await cli(['settings', '--operator-name', 'Harbour 🍜 Group', '--scheme-name', 'Harbour Check-in 海港登記']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('🍜');
    expect(bad.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.parse((await cli(['settings'])).stdout)).toMatchObject({ operatorName: '', schemeName: '' });

    const good = await cli(['settings', '--operator-name', 'Harbour Dining Group', '--scheme-name', 'Harbour Check-in 海港登記']);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ operatorName: 'Harbour Dining Group', schemeName: 'Harbour Check-in 海港登記' });

    expect((await cli(['keys', 'init'])).code).toBe(0);
    const added = await cli(['venue', 'add', '--name-en', 'Tai Wai Tea Restaurant', '--name-zh', '大圍茶餐廳', '--address-en', 'G/F, 12 Tai Wai Road', '--address-zh', '大圍道12號地下', '--district', 'Sha Tin', '--type', 'restaurant']);
    const { id } = JSON.parse(added.stdout) as { id: string };
    const out = join(home.dir, 'poster.pdf');
    expect((await cli(['poster', id, '--out', out])).code).toBe(0);
    expect(pdfText(out)).toContain('Harbour Check-in');
  });
});
