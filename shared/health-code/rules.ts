/** The Health Code rule ids (stable strings that name the rule that decided a colour) and the look-back periods. */
import { DAY_MS } from '../checkin/iso-time';

/** Rule ids in the order they are checked: the first that applies decides. Red outranks Amber outranks Green. */
export const HEALTH_CODE_RULES = [
  'red:confirmed',
  'red:probable',
  'red:close-contact',
  'red:household-contact-of-close-contact',
  'red:recently-discharged',
  'red:compulsory-quarantine',
  'red:symptoms',
  'amber:high-risk-visit',
  'amber:high-risk-residence',
  'amber:arrival',
  'green',
] as const;

/** One of {@link HEALTH_CODE_RULES}. */
export type HealthCodeRule = (typeof HEALTH_CODE_RULES)[number];

/** A Health Code colour. */
export type HealthCodeColour = 'red' | 'amber' | 'green';

/** The colour a rule gives. */
export function colourOf(rule: HealthCodeRule): HealthCodeColour {
  return rule === 'green' ? 'green' : rule.startsWith('red:') ? 'red' : 'amber';
}

/** "In the past 14 days" for discharge and symptoms: less than 14 × 24 h before now (exactly 14 days ago is outside). */
export const RED_LOOKBACK_MS = 14 * DAY_MS;

/** "In the past 21 days" for high-risk visits, residence and arrival: less than 21 × 24 h before now. */
export const AMBER_LOOKBACK_MS = 21 * DAY_MS;

/**
 * Whether an instant lies in the past `lookbackMs` before `now`: `now − t < lookbackMs`. An instant after `now`
 * also counts (it is not older than the period), so a clock that is slightly behind never hides a rule.
 */
export function withinPast(t: number | undefined, now: number, lookbackMs: number): boolean {
  return t !== undefined && now - t < lookbackMs;
}
