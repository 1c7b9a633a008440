/**
 * Health Code passes for front-desk tests, valid today (Hong Kong date of `now`) under a fresh test authority:
 * one of each colour, an expired one, one signed by the operators key, one by an unknown key, a garbled one.
 */
import { buildPassText, type PassRecord } from '../../shared/health-code/pass';
import { hkDayNumber, dayNumberToIsoDate } from '../../shared/time/hk';
import { makeKey, makeTestAuthority, type TestAuthority } from './test-authority';

/** The passes, by the verdict each should get. */
export interface DeskPasses {
  authority: TestAuthority;
  green: string;
  amber: string;
  red: string;
  expired: string;
  notGenuine: string;
  cannotVerify: string;
  cannotRead: string;
}

/** Makes the passes at `now` (epoch ms). */
export function deskPasses(now: number): DeskPasses {
  const authority = makeTestAuthority(now - 86_400_000);
  const health = authority.key('health-code');
  const today = dayNumberToIsoDate(hkDayNumber(now));
  const yesterday = dayNumberToIsoDate(hkDayNumber(now) - 1);
  const base: PassRecord = { passId: 'a1b2c3d4e5f60718', colour: 'green', validOn: today, initials: 'CTM', birthDayMonth: '07-03', issuedAt: Math.floor(now / 1000) - 3600, kid: health.kid };
  const stranger = makeKey();
  const operators = authority.key('operators');
  const green = buildPassText(base, health.sign);
  return {
    authority,
    green,
    amber: buildPassText({ ...base, passId: 'b1b2c3d4e5f60718', colour: 'amber', initials: 'WKL', birthDayMonth: '21-11' }, health.sign),
    red: buildPassText({ ...base, passId: 'c1b2c3d4e5f60718', colour: 'red', initials: 'LSY' }, health.sign),
    expired: buildPassText({ ...base, passId: 'd1b2c3d4e5f60718', validOn: yesterday, issuedAt: base.issuedAt - 86_400 }, health.sign),
    notGenuine: buildPassText({ ...base, passId: 'e1b2c3d4e5f60718', kid: operators.kid }, operators.sign),
    cannotVerify: buildPassText({ ...base, passId: 'f1b2c3d4e5f60718', kid: stranger.kid }, stranger.sign),
    cannotRead: green.slice(0, 120),
  };
}
