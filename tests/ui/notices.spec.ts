/**
 * Issue 11 §5 in the browser: the authority's notices through the real notices service — a pinned root, real
 * venues and a signed feed made by the test authority. The list's order and the unread badge, a notice's
 * windows in Hong Kong time, acknowledging (per revision), a correction, a withdrawal, the filters, the
 * `navigate` and `notices-changed` events, a refused (tampered) import, axe, and screenshots.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSeriousViolations } from './axe';
import { expect, test, venueInput, type Ui } from './harness';
import { makeTestAuthority, testNotice, type TestAuthority } from '../helpers/test-authority';
import type { Notice } from '../../shared/notices/notice';

const NOW = Date.now();

test.use({ viewport: { width: 1280, height: 800 } });

/** A pinned root, two venues and a first feed of four notices (three for venue A, one for venue B's district). */
function seed(ui: Ui) {
  const auth = makeTestAuthority(NOW - 3_600_000);
  ui.services.authorityTrust.pin(JSON.stringify(auth.root));
  const a = ui.services.venues.create(venueInput({ nameEn: 'Harbour View Café', nameZh: '海景咖啡室', district: 'Wan Chai' }));
  const b = ui.services.venues.create(venueInput({ nameEn: 'Golden Noodle House', nameZh: '金麵館', district: 'Sham Shui Po', addressEn: '8 Pei Ho Street' }));
  const exposure = testNotice({ id: 'exp-1', targets: [{ venueId: a.id }] });
  const testing = testNotice({
    id: 'ct-1',
    kind: 'compulsory-testing',
    severity: 'advisory',
    targets: [{ district: 'Sham Shui Po' }],
    windows: [
      { from: '2026-11-22T00:00:00+08:00', until: '2026-11-23T00:00:00+08:00' },
      { from: '2026-11-23T22:00:00+08:00', until: '2026-11-24T02:00:00+08:00' },
    ],
    title: { en: 'Compulsory testing for staff in Sham Shui Po', zh: '深水埗員工須接受強制檢測' },
    issuedAt: '2026-11-22T08:00:00+08:00',
  });
  const rule = testNotice({
    id: 'rule-1',
    kind: 'rule-change',
    severity: 'advisory',
    targets: [{ venueId: a.id }],
    windows: [],
    effectiveFrom: '2026-11-25T00:00:00+08:00',
    title: { en: 'Dine-in hours change', zh: '堂食時間更改' },
    actions: [],
    issuedAt: '2026-11-24T12:00:00+08:00',
  });
  const info = testNotice({ id: 'info-1', kind: 'info', severity: 'info', targets: [{ venueId: a.id }], windows: [], title: { en: 'Updated poster guidance', zh: '海報指引已更新' }, issuedAt: '2026-11-25T10:00:00+08:00' });
  const ingest = (notices: Notice[], withdrawn: Parameters<TestAuthority['feed']>[2] = []) => {
    const result = ui.services.notices.ingest(JSON.stringify(auth.feed(NOW - 60_000, notices, withdrawn)), 'test');
    return result;
  };
  ingest([exposure, testing, rule, info]);
  return { auth, a, b, exposure, testing, rule, info, ingest };
}

/** What main sends when the notices change (the app wires the service's onChange to this event). */
const announce = (ui: Ui) => ui.emit('notices-changed', { unread: ui.services.notices.unreadCount() });

const rowIds = (ui: Ui) => ui.page.getByTestId('notice-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));

test('the list, a notice in HK time, acknowledging per revision, a correction and a withdrawal', async ({ ui }) => {
  const { page, services } = ui;
  const s = seed(ui);
  await ui.open('#/notices');

  // Most severe first, then newest: the service's order; the badge counts the four new notices.
  await expect(page.getByTestId('notice-row')).toHaveCount(4);
  expect(await rowIds(ui)).toEqual(services.notices.list().map((n) => n.id));
  expect(await rowIds(ui)).toEqual(['exp-1', 'rule-1', 'ct-1', 'info-1']);
  const badge = page.getByTestId('unread-badge');
  await expect(badge).toHaveText('4');
  await expect(page.getByRole('link', { name: /Notices.*4 unread/ })).toBeVisible();
  const first = page.getByTestId('notice-row').first();
  await expect(first.getByTestId('severity')).toHaveText(/Action required.*須採取行動/);
  await expect(first).toContainText('Exposure');
  await expect(first).toContainText(s.a.id);
  await expect(page.getByTestId('feed-status')).toContainText('Up to date — last verified update');
  await expect(page.getByTestId('feed-status')).toContainText('已是最新');
  await ui.shot('notices-list-desktop');

  // The detail: the window in Hong Kong time with its full date; the venue and why.
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/#\/notices\/exp-1$/);
  await expect(page.getByTestId('notice-windows')).toContainText('Fri 20 Nov 2026 19:00 – 21:00 HKT');
  await expect(page.getByTestId('notice-windows')).toContainText('2026年11月20日（星期五）19:00 至 21:00（香港時間）');
  await expect(page.getByTestId('notice-venues')).toContainText(s.a.id);
  await expect(page.getByTestId('notice-venues')).toContainText('Named by its venue ID');
  await expect(page.getByTestId('notice-actions')).toContainText('Clean and disinfect the premises.');
  await expect(page.getByTestId('notice-state')).toHaveText(/New/);
  await ui.shot('notices-detail-desktop');

  // Acknowledge: who (the Settings operator name) and when; the badge goes down.
  await page.getByRole('button', { name: /Acknowledge/ }).click();
  await expect(page.getByTestId('acknowledgement')).toContainText('Acknowledged by Harbour Dining Group');
  await expect(page.getByTestId('notice-state')).toHaveText(/Acknowledged/);
  await expect(badge).toHaveText('3');
  await expect(page.getByTestId('history-ack').first()).toContainText('Harbour Dining Group');

  // A corrected revision 2: "Corrected", new again, the badge back up; revision 1 keeps its acknowledgement.
  const exposure2 = { ...s.exposure, revision: 2, windows: [{ from: '2026-11-20T18:00:00+08:00', until: '2026-11-20T22:30:00+08:00' }] };
  s.ingest([exposure2, s.testing, s.rule, s.info]);
  await announce(ui);
  await expect(badge).toHaveText('4');
  await expect(page.getByTestId('notice-state')).toHaveText(/New/);
  await expect(page.getByTestId('corrected').first()).toBeVisible();
  await expect(page.getByTestId('notice-windows')).toContainText('Fri 20 Nov 2026 18:00 – 22:30 HKT');
  await expect(page.getByText('This notice was corrected: acknowledge the new revision.')).toBeVisible();
  await expect(page.getByTestId('history-row')).toHaveCount(2);
  await expect(page.getByTestId('history-ack').nth(0)).toContainText('Not acknowledged');
  await expect(page.getByTestId('history-ack').nth(1)).toContainText('Acknowledged by Harbour Dining Group');
  await ui.shot('notices-detail-corrected-desktop');
  await page.getByTestId('notice-history').scrollIntoViewIfNeeded();
  await ui.shot('notices-detail-history-desktop');
  await page.getByRole('link', { name: /Back to notices/ }).click();
  const corrected = page.locator('[data-testid="notice-row"][data-id="exp-1"]');
  await expect(corrected.getByTestId('corrected')).toHaveText(/Corrected.*已更正/);
  await expect(corrected.getByTestId('notice-state')).toHaveText(/New/);

  // A withdrawal: gone from the current list, struck through with its reason under "withdrawn" and "all".
  s.ingest([exposure2, s.testing, s.rule], [{ id: 'info-1', revision: 1, reason: { en: 'Issued in error', zh: '誤發' } }]);
  await announce(ui);
  await expect(page.getByTestId('notice-row')).toHaveCount(3);
  await expect(badge).toHaveText('3');
  await page.getByLabel(/^State/).selectOption('withdrawn');
  await expect(page.getByTestId('notice-row')).toHaveCount(1);
  const withdrawn = page.getByTestId('notice-row').first();
  await expect(withdrawn.locator('s')).toContainText('Updated poster guidance');
  await expect(withdrawn.getByTestId('withdrawn-reason')).toContainText('Issued in error');
  await expect(withdrawn.getByTestId('withdrawn-reason')).toContainText('誤發');
  await page.getByLabel(/^State/).selectOption('all');
  await expect(page.getByTestId('notice-row')).toHaveCount(4);
  await expect(page.locator('[data-testid="notice-row"][data-id="info-1"] s')).toBeVisible();
  await ui.shot('notices-list-all-desktop');
});

test('filters by venue, kind and state', async ({ ui }) => {
  const { page } = ui;
  const s = seed(ui);
  ui.services.notices.acknowledge('rule-1', 1);
  await ui.open('#/notices');
  await expect(page.getByTestId('notice-row')).toHaveCount(4);
  await page.getByLabel(/^Venue/).selectOption(s.b.id);
  expect(await rowIds(ui)).toEqual(['ct-1']);
  await page.getByLabel(/^Venue/).selectOption('');
  await page.getByLabel(/^Kind/).selectOption('info');
  expect(await rowIds(ui)).toEqual(['info-1']);
  await page.getByLabel(/^Kind/).selectOption('');
  await page.getByLabel(/^State/).selectOption('acknowledged');
  await expect(page.getByTestId('notice-row')).toHaveCount(1);
  expect(await rowIds(ui)).toEqual(['rule-1']);
  await page.getByLabel(/^State/).selectOption('new');
  await expect(page.getByTestId('notice-row')).toHaveCount(3);
  await page.getByLabel(/^Kind/).selectOption('closure');
  await expect(page.getByTestId('no-notices')).toContainText('No notice matches these filters.');
  await page.getByRole('button', { name: /Clear filters/ }).click();
  await expect(page.getByTestId('notice-row')).toHaveCount(4);
});

test('navigate and notices-changed events; the overview card; a refused import keeps the list', async ({ ui }) => {
  const { page } = ui;
  const s = seed(ui);
  await ui.open('#/');
  const card = page.getByTestId('notices-card');
  await expect(card.getByTestId('notices-card-unread')).toHaveText('4');
  await expect(card.getByTestId('most-urgent')).toContainText('A confirmed case visited your venue');
  await ui.shot('notices-overview-card-desktop');

  // A clicked desktop notification: main sends `navigate`.
  await ui.emit('navigate', { hash: '#/notices/ct-1' });
  await expect(page).toHaveURL(/#\/notices\/ct-1$/);
  // A whole day ends at 24:00 (half-open: the next midnight is not in it); a window over midnight names both dates.
  await expect(page.getByTestId('notice-windows')).toContainText('Sun 22 Nov 2026 00:00 – 24:00 HKT');
  await expect(page.getByTestId('notice-windows')).toContainText('Mon 23 Nov 2026 22:00 – Tue 24 Nov 2026 02:00 HKT');
  await expect(page.getByTestId('notice-windows')).toContainText('2026年11月23日（星期一）22:00 至 2026年11月24日（星期二）02:00（香港時間）');
  await expect(page.getByTestId('notice-venues')).toContainText('The whole district: Sham Shui Po');
  await expect(page.getByTestId('notice-venues')).toContainText(s.b.id);

  await ui.emit('notices-changed', { unread: 7 });
  await expect(page.getByTestId('unread-badge')).toHaveText('7');

  // A tampered file: refused with its bilingual reason; the list is unchanged.
  await page.getByRole('link', { name: /Back to notices/ }).click();
  await expect(page.getByTestId('notice-row')).toHaveCount(4);
  const feed = s.auth.feed(NOW, [{ ...s.exposure, revision: 3 }]);
  const tampered = join(ui.downloadsDir, 'tampered-feed.json');
  writeFileSync(tampered, JSON.stringify({ ...feed, signed: { ...feed.signed, notices: [{ ...s.exposure, revision: 3, title: { en: 'Forged', zh: '偽造' } }] } }));
  ui.answerOpenDialog(tampered);
  await page.getByRole('button', { name: /Import from file/ }).click();
  const refusal = page.getByTestId('feed-outcome').getByRole('alert');
  await expect(refusal).toContainText('bad signature');
  await expect(refusal).toContainText('簽署無效');
  await expect(page.getByTestId('feed-error')).toContainText('簽署無效');
  await expect(page.getByTestId('notice-row')).toHaveCount(4);
  await expect(page.getByTestId('notice-row').first()).toContainText('A confirmed case visited your venue');
  await refusal.scrollIntoViewIfNeeded();
  await ui.shot('notices-import-refused-desktop');
  ui.answerOpenDialog(null);
  await page.getByRole('button', { name: /Import from file/ }).click();
  await expect(page.getByTestId('feed-outcome')).toContainText('Cancelled: nothing was imported.');
  await expectNoSeriousViolations(page, 'notices-list-refused-import');
});

test('no root pinned, the feed panel in Settings, axe, and tablet screenshots', async ({ ui }) => {
  const { page } = ui;
  await ui.open('#/notices');
  await expect(page.getByTestId('feed-status')).toContainText('No authority root pinned');
  await expect(page.getByTestId('no-notices')).toContainText('No notice concerns your venues.');
  await expect(page.getByTestId('unread-badge')).toHaveCount(0);
  await ui.open('#/settings');
  await page.getByLabel(/Feed URL/).fill('https://notices.example.hk/feed.json');
  await page.getByLabel(/Check every/).fill('15');
  await page.getByRole('button', { name: /^Save 儲存$/ }).last().click();
  await expect(page.getByText('Feed source saved.')).toBeVisible();
  expect(ui.services.notices.status()).toMatchObject({ url: 'https://notices.example.hk/feed.json', pollMinutes: 15 });
  await expectNoSeriousViolations(page, 'settings-notice-feed');
  await page.getByLabel(/Feed URL/).scrollIntoViewIfNeeded();
  await ui.shot('notices-settings-feed-desktop');

  seed(ui);
  await page.setViewportSize({ width: 768, height: 1024 });
  await ui.open('#/notices');
  await expect(page.getByTestId('notice-row')).toHaveCount(4);
  await expect(page.getByTestId('unread-badge')).toHaveText('4');
  await expectNoSeriousViolations(page, 'notices-list');
  await ui.shot('notices-list-tablet');
  await page.getByTestId('notice-row').first().getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Acknowledge/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'notices-detail');
  await ui.shot('notices-detail-tablet');
  await page.getByTestId('notice-history').scrollIntoViewIfNeeded();
  await ui.shot('notices-detail-history-tablet');
  await ui.open('#/');
  await expect(page.getByTestId('notices-card-unread')).toHaveText('4');
  await ui.shot('notices-overview-card-tablet');
});

test('an expired feed reads "Out of date since" its expiry, never "Up to date"', async ({ ui }) => {
  const { page } = ui;
  const auth = makeTestAuthority(NOW - 3 * 86_400_000);
  ui.services.authorityTrust.pin(JSON.stringify(auth.root));
  const venue = ui.services.venues.create(venueInput());
  const issued = Date.parse('2026-11-24T10:00:00+08:00');
  ui.services.notices.ingest(JSON.stringify(auth.feed(issued, [testNotice({ id: 'old-1', targets: [{ venueId: venue.id }] })], [], { hours: 2 })), 'test');
  await ui.open('#/notices');
  await expect(page.getByTestId('feed-status')).toHaveAttribute('data-state', 'out-of-date');
  await expect(page.getByTestId('feed-status')).toContainText('Out of date since Tue 24 Nov 2026 12:00 HKT');
  await expect(page.getByTestId('feed-status')).toContainText('自 2026年11月24日（星期二）12:00（香港時間） 起已過時');
  await expect(page.getByTestId('feed-status')).not.toContainText('Up to date');
  await expect(page.getByTestId('notice-row')).toHaveCount(1);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page, 'dark-notices-list-out-of-date');
  await page.getByTestId('notice-row').getByRole('link').click();
  await expect(page.getByRole('button', { name: /Acknowledge/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'dark-notice-detail');
  await ui.shot('notices-detail-dark-desktop');
});
