import { describe, expect, it } from 'vitest';
import { assessHealthCode, healthCodeValidUntil, type HealthCodeInput } from '../../../shared/health-code/assess';
import { HEALTH_CODE_RULES, colourOf } from '../../../shared/health-code/rules';
import type { Person } from '../../../shared/health-code/person';
import type { Visit } from '../../../shared/checkin/visit';
import type { Exposure, VenueExposure } from '../../../shared/exposure/exposure';
import { DAY_MS, HOUR_MS } from '../../../shared/checkin/iso-time';
import { t, vid } from '../checkin/fixtures';

const NOW = t('2026-11-23T10:00:00+08:00');
const A = vid('ABCDEFGH');
const none: Person = { status: 'none' };
const input = (person: Partial<Person>, visits: Visit[] = [], highRisk: Exposure[] = []): HealthCodeInput => ({
  person: { ...none, ...person },
  visits,
  highRisk,
});
const rule = (i: HealthCodeInput) => assessHealthCode(i, NOW).rule;
const daysAgo = (d: number) => NOW - d * DAY_MS;

describe('Red rules', () => {
  it.each([
    ['confirmed', 'red:confirmed'],
    ['probable', 'red:probable'],
    ['close-contact', 'red:close-contact'],
    ['household-contact-of-close-contact', 'red:household-contact-of-close-contact'],
  ] as const)('status %s is red by %s', (status, expected) => {
    const code = assessHealthCode(input({ status }), NOW);
    expect(code).toEqual({ colour: 'red', rule: expected, validUntil: '2026-11-23T23:59:59+08:00' });
  });

  it('discharge after recovery: 13 days ago is red, exactly 14 days or 15 days ago is not', () => {
    expect(rule(input({ dischargedAfterRecoveryAt: daysAgo(13) }))).toBe('red:recently-discharged');
    expect(rule(input({ dischargedAfterRecoveryAt: daysAgo(14) + 1 }))).toBe('red:recently-discharged');
    expect(rule(input({ dischargedAfterRecoveryAt: daysAgo(14) }))).toBe('green');
    expect(rule(input({ dischargedAfterRecoveryAt: daysAgo(15) }))).toBe('green');
  });

  it('compulsory quarantine is red', () => {
    expect(rule(input({ underCompulsoryQuarantine: true }))).toBe('red:compulsory-quarantine');
    expect(rule(input({ underCompulsoryQuarantine: false }))).toBe('green');
  });

  it('symptoms: 13 days ago is red, 14 and 15 days ago are not', () => {
    expect(rule(input({ lastSymptomsAt: daysAgo(13) }))).toBe('red:symptoms');
    expect(rule(input({ lastSymptomsAt: daysAgo(14) }))).toBe('green');
    expect(rule(input({ lastSymptomsAt: daysAgo(15) }))).toBe('green');
  });

  it('Red outranks Amber', () => {
    const code = assessHealthCode(input({ lastSymptomsAt: daysAgo(1), arrivedAt: daysAgo(1) }), NOW);
    expect(code.colour).toBe('red');
    expect(code.rule).toBe('red:symptoms');
  });
});

describe('Amber rules', () => {
  const visitEnding = (daysBeforeNow: number): Visit => ({
    kind: 'venue',
    venueId: A,
    checkIn: daysAgo(daysBeforeNow) - 2 * HOUR_MS,
    checkOut: daysAgo(daysBeforeNow),
  });
  const highRiskAround = (v: Visit): VenueExposure => ({ kind: 'venue', venueId: A, from: v.checkIn - HOUR_MS, until: (v.checkOut as number) + HOUR_MS });

  it('a visit overlapping a high-risk window 20 days ago is amber; 22 days ago is not', () => {
    const v20 = visitEnding(20);
    expect(rule(input({}, [v20], [highRiskAround(v20)]))).toBe('amber:high-risk-visit');
    const v22 = visitEnding(22);
    expect(rule(input({}, [v22], [highRiskAround(v22)]))).toBe('green');
  });

  it('a visit that only touches a high-risk window, or is at another venue, is not amber', () => {
    const v = visitEnding(3);
    const touching: Exposure = { kind: 'venue', venueId: A, from: v.checkOut as number, until: (v.checkOut as number) + HOUR_MS };
    expect(rule(input({}, [v], [touching]))).toBe('green');
    const elsewhere: Exposure = { ...highRiskAround(v), venueId: vid('JKMNPQRS') };
    expect(rule(input({}, [v], [elsewhere]))).toBe('green');
    // a tolerance, when asked for, widens the window
    expect(assessHealthCode(input({}, [v], [touching]), NOW, { toleranceMs: 1 }).rule).toBe('amber:high-risk-visit');
  });

  it('taxi rides count, with plates compared ignoring case and spaces', () => {
    const ride: Visit = { kind: 'taxi', plate: 'AB 1234', checkIn: daysAgo(2), checkOut: daysAgo(2) + HOUR_MS };
    const hr: Exposure = { kind: 'taxi', plate: 'ab1234', from: daysAgo(2), until: daysAgo(2) + 10 * 60_000 };
    expect(rule(input({}, [ride], [hr]))).toBe('amber:high-risk-visit');
  });

  it('residence in a high-risk building within 21 days is amber (case and spaces ignored)', () => {
    const building = (from: number, until: number): Exposure => ({ kind: 'building', building: 'BLOCK  a, Sunshine Court', from, until });
    const person = { residenceBuilding: 'Block A, sunshine court' };
    expect(rule(input(person, [], [building(daysAgo(25), daysAgo(20))]))).toBe('amber:high-risk-residence');
    expect(rule(input(person, [], [building(daysAgo(25), daysAgo(22))]))).toBe('green');
    expect(rule(input(person, [], [building(daysAgo(25), daysAgo(21))]))).toBe('green');
    expect(rule(input({ residenceBuilding: 'Block B, Sunshine Court' }, [], [building(daysAgo(2), daysAgo(1))]))).toBe('green');
  });

  it('arrival 20 days ago is amber, 21 and 22 days ago are not', () => {
    expect(rule(input({ arrivedAt: daysAgo(20) }))).toBe('amber:arrival');
    expect(rule(input({ arrivedAt: daysAgo(21) }))).toBe('green');
    expect(rule(input({ arrivedAt: daysAgo(22) }))).toBe('green');
  });

  it('arrivals under Return2hk or Come2hk are not amber; other arrivals are, quarantine completed or not', () => {
    expect(rule(input({ arrivedAt: daysAgo(5), arrivalScheme: 'return2hk' }))).toBe('green');
    expect(rule(input({ arrivedAt: daysAgo(5), arrivalScheme: 'come2hk' }))).toBe('green');
    expect(rule(input({ arrivedAt: daysAgo(5), arrivalScheme: null }))).toBe('amber:arrival');
  });
});

describe('validity and rule ids', () => {
  it('is valid until 23:59:59 on the Hong Kong day it is issued, not the UTC day', () => {
    // 23:30 HK on the 23rd is 15:30Z: still the 23rd in Hong Kong
    expect(healthCodeValidUntil(t('2026-11-23T15:30:00Z'))).toBe('2026-11-23T23:59:59+08:00');
    // 00:30 HK on the 24th is 16:30Z on the 23rd UTC: already the 24th in Hong Kong
    expect(healthCodeValidUntil(t('2026-11-23T16:30:00Z'))).toBe('2026-11-24T23:59:59+08:00');
    expect(assessHealthCode({ ...input({}), now: t('2026-11-23T16:30:00Z') }, NOW).validUntil).toBe('2026-11-24T23:59:59+08:00');
  });

  it('everyone else is green, and every rule id has its colour', () => {
    expect(assessHealthCode(input({}), NOW)).toEqual({ colour: 'green', rule: 'green', validUntil: '2026-11-23T23:59:59+08:00' });
    expect(HEALTH_CODE_RULES.map(colourOf)).toEqual(['red', 'red', 'red', 'red', 'red', 'red', 'red', 'amber', 'amber', 'amber', 'green']);
  });
});
