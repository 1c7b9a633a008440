/**
 * Issue 11 §3: the Authority panel in Settings over the real handlers — pin a root chain through the open
 * dialog, import a short certificate (the 30-day warning, in both languages), a renewal that clears it, a
 * refused certificate for another key, and a saved certificate request; axe, desktop and tablet screenshots.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { certificateRequestSchema, checkRequest, parseSignedDocument } from '../../shared/trust/certificate';
import { hkIsoDate } from '../../shared/time/hk';
import { nodeVerify } from '../../services/crypto/node-verify';
import { makeKey, makeTestAuthority } from '../helpers/test-authority';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './harness';

const DAY = 86_400_000;

test('pins a root, imports a certificate with the 30-day warning, refuses another key, saves a request', async ({ ui }) => {
  const { page, services } = ui;
  const now = Date.now();
  const authority = makeTestAuthority(now - 30 * DAY);
  authority.rotate('operators', now - 10 * DAY); // a chain: versions 1 and 2
  const key = services.keys.active();
  if (!key) throw new Error('no key');
  const subject = { kid: key.kid, publicKey: key.publicKey, operator: 'Harbour Dining Group' };
  const file = (name: string, value: unknown) => {
    const path = join(ui.downloadsDir, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };
  const short = authority.certify(subject, now - DAY, { validFrom: hkIsoDate(now - 5 * DAY), validUntil: hkIsoDate(now + 19 * DAY), types: ['restaurant', 'taxi'] });
  const renewal = authority.certify(subject, now - DAY, { validFrom: hkIsoDate(now - 5 * DAY), validUntil: hkIsoDate(now + 400 * DAY), types: ['restaurant', 'taxi'] });
  const stranger = makeKey();
  const theirs = authority.certify({ kid: stranger.kid, publicKey: stranger.publicKey, operator: 'Other Group' }, now - DAY, { validFrom: hkIsoDate(now), validUntil: hkIsoDate(now + 100 * DAY) });

  await ui.open('#/settings');
  const card = page.locator('.card', { has: page.getByRole('heading', { name: /^Authority/ }) });
  await expect(card.getByTestId('no-root')).toBeVisible();
  await expect(card.getByRole('button', { name: /Import certificate/ })).toBeDisabled();

  ui.answerOpenDialog(file('root.json', authority.roots));
  await card.getByRole('button', { name: /Pin root file/ }).click();
  await expect(card.getByTestId('root-authority')).toHaveText(authority.name);
  await expect(card.getByTestId('root-version')).toHaveText('2');
  expect(services.authorityTrust.pinnedRoot()?.signed.version).toBe(2);

  ui.answerOpenDialog(file('short-cert.json', short));
  await card.getByRole('button', { name: /Import certificate/ }).click();
  await expect(card.getByTestId('certificate-authority')).toHaveText(authority.name);
  await expect(card.getByTestId('certificate-valid-until')).toHaveText(hkIsoDate(now + 19 * DAY));
  await expect(card.getByTestId('certificate-types')).toContainText('Restaurant');
  await expect(card.getByTestId('certificate-types')).toContainText('的士');
  const warning = card.getByTestId('certificate-expires-soon');
  await expect(warning).toContainText('20 days left');
  await expect(warning).toContainText('尚餘 20 日');
  await expect(warning.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'settings-authority');

  await page.setViewportSize({ width: 1280, height: 800 });
  await card.scrollIntoViewIfNeeded();
  await ui.shot('settings-authority-desktop');
  await page.setViewportSize({ width: 768, height: 1024 });
  await card.scrollIntoViewIfNeeded();
  await ui.shot('settings-authority-tablet');
  await expectNoSeriousViolations(page, 'settings-authority-tablet');
  await page.setViewportSize({ width: 1280, height: 860 });

  ui.answerOpenDialog(file('their-cert.json', theirs));
  await card.getByRole('button', { name: /Import certificate/ }).click();
  const error = card.getByTestId('authority-error');
  await expect(error).toContainText("not one of this console's signing keys");
  await expect(error).toContainText('並非本管理台的簽署密鑰');

  ui.answerOpenDialog(file('renewal.json', renewal));
  await card.getByRole('button', { name: /Import certificate/ }).click();
  await expect(card.getByTestId('certificate-valid-until')).toHaveText(hkIsoDate(now + 400 * DAY));
  await expect(card.getByTestId('certificate-expires-soon')).toHaveCount(0);

  await card.getByLabel(/Contact for the authority/).fill('ops@harbour.example');
  await card.getByRole('button', { name: /Export certificate request/ }).click();
  const saved = card.getByTestId('request-path');
  await expect(saved).toContainText(`certificate-request-${key.kid}.json`);
  const request = parseSignedDocument(readFileSync(join(ui.downloadsDir, `certificate-request-${key.kid}.json`), 'utf8'), certificateRequestSchema);
  expect(request.ok).toBe(true);
  if (request.ok) {
    expect(request.doc.signed).toMatchObject({ contact: 'ops@harbour.example', operator: 'Harbour Dining Group', kid: key.kid });
    expect(checkRequest(request.doc, nodeVerify)).toEqual({ ok: true });
  }

  // A rotation: the new active key has no certificate yet, and the panel says so at once.
  await page.getByRole('button', { name: /Rotate key/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /Rotate key/ }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByTestId('no-certificate')).toBeVisible();
  await expect(card.getByTestId('root-version')).toHaveText('2');
  // The retired key's posters keep verifying while its certificate lasts: the panel says until when.
  const earlier = card.getByTestId(`earlier-key-${key.kid}`);
  await expect(earlier).toContainText('Retired');
  await expect(earlier).toContainText(`certificate valid until ${hkIsoDate(now + 400 * DAY)} (401 days left)`);
  await expect(earlier).toContainText(`證書有效至 ${hkIsoDate(now + 400 * DAY)}`);
  await card.getByTestId('earlier-keys').scrollIntoViewIfNeeded();
  await ui.shot('settings-authority-earlier-keys');
  await expectNoSeriousViolations(page, 'settings-authority-earlier-keys');
});
