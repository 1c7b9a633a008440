/** Health Code assessment: Red, Amber or Green by the scheme's published rules, and the rule that decided it. */
import type { Visit } from '../checkin/visit';
import { formatHkIso } from '../checkin/iso-time';
import { hkDayNumber, hkDayStartMs } from '../time/hk';
import { normaliseBuilding, type Exposure } from '../exposure/exposure';
import { buildExposureIndex } from '../exposure/exposure-index';
import { forEachOverlap } from '../exposure/match';
import type { Person } from './person';
import { AMBER_LOOKBACK_MS, RED_LOOKBACK_MS, colourOf, withinPast, type HealthCodeColour, type HealthCodeRule } from './rules';

/** What the Health Code is decided from. `now` is optional here; callers fill it from their clock. */
export interface HealthCodeInput {
  now?: number;
  person: Person;
  visits: Visit[];
  highRisk: Exposure[];
}

/** Assessment options. */
export interface HealthCodeOptions {
  /** Widening of high-risk windows on each side; default 0 (published high-risk windows are used as they are). */
  toleranceMs?: number;
  /** The auto-leave period that closes open visits; default 4 hours. */
  autoLeaveMs?: number;
}

/** A Health Code. */
export interface HealthCode {
  colour: HealthCodeColour;
  rule: HealthCodeRule;
  /** 23:59:59 Hong Kong time of the Hong Kong day it was issued, as ISO with `+08:00`. */
  validUntil: string;
}

/** The last second a code issued at `now` is valid: 23:59:59 HK on the HK day containing `now`, as `…T23:59:59+08:00`. */
export function healthCodeValidUntil(now: number): string {
  return formatHkIso(hkDayStartMs(hkDayNumber(now) + 1) - 1000);
}

/** The first Red rule that applies to a person at `now`, or null. */
export function redRule(person: Person, now: number): HealthCodeRule | null {
  switch (person.status) {
    case 'confirmed':
      return 'red:confirmed';
    case 'probable':
      return 'red:probable';
    case 'close-contact':
      return 'red:close-contact';
    case 'household-contact-of-close-contact':
      return 'red:household-contact-of-close-contact';
    case 'none':
      break;
  }
  if (withinPast(person.dischargedAfterRecoveryAt, now, RED_LOOKBACK_MS)) return 'red:recently-discharged';
  if (person.underCompulsoryQuarantine === true) return 'red:compulsory-quarantine';
  if (withinPast(person.lastSymptomsAt, now, RED_LOOKBACK_MS)) return 'red:symptoms';
  return null;
}

/**
 * Whether a visit overlapped a high-risk venue or taxi window (widened by `toleranceMs`) by a positive length of
 * time, with part of that overlap inside the past 21 days: (now − 21 × 24 h, now].
 */
export function visitedHighRisk(visits: readonly Visit[], highRisk: readonly Exposure[], now: number, options: HealthCodeOptions = {}): boolean {
  const index = buildExposureIndex(highRisk);
  if (index.size === 0) return false;
  const since = now - AMBER_LOOKBACK_MS;
  let found = false;
  forEachOverlap(visits, index, { now, toleranceMs: options.toleranceMs ?? 0, autoLeaveMs: options.autoLeaveMs }, (_v, _e, start, end) => {
    if (Math.min(end, now) > Math.max(start, since)) found = true;
  });
  return found;
}

/** Whether a `building` entry names the person's residence and its window overlaps the past 21 days (now − 21 × 24 h, now]. */
export function residesInHighRisk(person: Person, highRisk: readonly Exposure[], now: number): boolean {
  if (person.residenceBuilding === undefined) return false;
  const home = normaliseBuilding(person.residenceBuilding);
  if (home === '') return false;
  const since = now - AMBER_LOOKBACK_MS;
  return highRisk.some(
    (e) => e.kind === 'building' && normaliseBuilding(e.building) === home && Math.min(e.until, now) > Math.max(e.from, since),
  );
}

/** Whether the person arrived less than 21 days ago other than from the Mainland or Macao under Return2hk or Come2hk. */
export function recentArrival(person: Person, now: number): boolean {
  if (person.arrivalScheme === 'return2hk' || person.arrivalScheme === 'come2hk') return false;
  return withinPast(person.arrivedAt, now, AMBER_LOOKBACK_MS);
}

/** The first Amber rule that applies, or null. */
export function amberRule(input: HealthCodeInput, now: number, options: HealthCodeOptions = {}): HealthCodeRule | null {
  if (visitedHighRisk(input.visits, input.highRisk, now, options)) return 'amber:high-risk-visit';
  if (residesInHighRisk(input.person, input.highRisk, now)) return 'amber:high-risk-residence';
  if (recentArrival(input.person, now)) return 'amber:arrival';
  return null;
}

/** Assesses a Health Code at `now` (used when `input.now` is absent). Red outranks Amber; everyone else is Green. */
export function assessHealthCode(input: HealthCodeInput, now: number, options: HealthCodeOptions = {}): HealthCode {
  const at = input.now ?? now;
  const rule = redRule(input.person, at) ?? amberRule(input, at, options) ?? 'green';
  return { colour: colourOf(rule), rule, validUntil: healthCodeValidUntil(at) };
}
