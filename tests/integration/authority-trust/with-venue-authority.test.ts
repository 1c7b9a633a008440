/**
 * The whole trust chain with both command lines, in-process: `venue-authority` makes the root, certifies the
 * request `venue-console keys request` wrote, rotates keys and signs bundles; `venue-console` pins the exported
 * chain, imports the certificate and verifies its own codes with `verify --root --bundle`.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAuthorityCli } from '../../../cli/authority/main';
import { inProcessCli } from '../../helpers/in-process-cli';
import { tempDir } from '../../helpers/temp-services';

const NOW = Date.parse('2026-11-26T04:00:00Z');
const home = tempDir('vc-both-clis-');
const auth = join(home.dir, 'auth');
const path = (name: string) => join(home.dir, name);
const consoleCli = inProcessCli(join(home.dir, 'data'), { passphrase: 'console passphrase 2026', now: NOW });

/** The authority's clock: a minute passes between its commands (a rotation comes after the certificate it follows). */
let authorityNow = NOW - 60 * 60_000;

async function authority(argv: string[]) {
  authorityNow += 60_000;
  let stdout = '';
  let stderr = '';
  const code = await runAuthorityCli(['--dir', auth, ...argv], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { VENUE_AUTHORITY_PASSPHRASE: 'authority passphrase 2026' },
    stdinIsTTY: false,
    now: () => authorityNow,
  });
  expect(code, `venue-authority ${argv.join(' ')}: ${stderr}`).toBe(0);
  return stdout;
}

async function venueConsole(argv: string[], expected = 0) {
  const r = await consoleCli(argv);
  expect(r.code, `venue-console ${argv.join(' ')}: ${r.stderr}`).toBe(expected);
  return r.stdout;
}

afterAll(() => home.cleanup());

describe('venue-authority and venue-console together', () => {
  it('certifies the console key, follows a root rotation, and verifies the console’s codes', async () => {
    await authority(['init', '--name', 'Department of Health 衞生署']);
    await authority(['root', 'export', '--out', path('root-v1.json')]);
    await venueConsole(['keys', 'init']);
    await venueConsole(['settings', '--operator-name', 'Harbour Dining Group', '--scheme-name', 'Safe Visit 安心到訪']);
    await venueConsole(['authority', 'pin', '--root', path('root-v1.json')]);
    const venueId = JSON.parse(
      await venueConsole(['venue', 'add', '--name-en', 'Harbour Noodles', '--name-zh', '海港麵家', '--address-en', '8 Harbour Road, Wan Chai', '--address-zh', '灣仔港灣道8號', '--district', 'Wan Chai', '--type', 'restaurant']),
    ).id as string;
    const code = (await venueConsole(['code', venueId])).trim();

    await venueConsole(['keys', 'request', '--out', path('request.json'), '--contact', 'ops@harbour.example']);
    await authority(['certify', '--request', path('request.json'), '--out', path('cert.json'), '--types', 'restaurant']);
    // The authority moves on: a new operators key and a new root key; the console follows the exported chain.
    await authority(['rotate', '--role', 'operators']);
    await authority(['rotate', '--role', 'root']);
    await authority(['root', 'export', '--chain', '--out', path('chain.json')]);
    expect(JSON.parse(await venueConsole(['authority', 'pin', '--root', path('chain.json')]))).toMatchObject({ version: 3, added: [2, 3] });
    // The certificate was issued by the old operators key: still valid under the newest root.
    expect(JSON.parse(await venueConsole(['keys', 'certificate', '--import', path('cert.json')]))).toMatchObject({ added: true, venueTypes: ['restaurant'] });
    expect(JSON.parse(await venueConsole(['authority', 'show'])).keys[0].certificate).toMatchObject({ certifiedBy: 'Department of Health 衞生署', expired: false });

    await authority(['bundle', '--out', path('bundle.json')]);
    const ok = JSON.parse(await venueConsole(['verify', '--root', path('chain.json'), '--bundle', path('bundle.json'), code]));
    expect(ok).toMatchObject({ ok: true, operator: 'Harbour Dining Group', venue: { venueId } });
    // An old root alone is refused now that version 3 is pinned.
    const back = await consoleCli(['authority', 'pin', '--root', path('root-v1.json')]);
    expect(back.code).toBe(1);
    expect(back.stderr).toMatch(/rollback/);
  });
});
