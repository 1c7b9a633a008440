/** The facts about a person that decide their Health Code colour. Times are epoch ms. */

/** A person's case status as recorded by the health authority. */
export const CASE_STATUSES = ['none', 'confirmed', 'probable', 'close-contact', 'household-contact-of-close-contact'] as const;

/** One of {@link CASE_STATUSES}. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The schemes under which arrivals from the Mainland or Macao are not Amber. */
export const ARRIVAL_SCHEMES = ['return2hk', 'come2hk'] as const;

/** One of {@link ARRIVAL_SCHEMES}. */
export type ArrivalScheme = (typeof ARRIVAL_SCHEMES)[number];

/** A person's health facts. Absent optional fields mean "does not apply". */
export interface Person {
  status: CaseStatus;
  /** When they were discharged from hospital after recovery. */
  dischargedAfterRecoveryAt?: number;
  underCompulsoryQuarantine?: boolean;
  /** When they last had symptoms. */
  lastSymptomsAt?: number;
  /** When they arrived in Hong Kong (whether or not they then completed or were exempted from quarantine). */
  arrivedAt?: number;
  /** The scheme they arrived under, if any. */
  arrivalScheme?: ArrivalScheme | null;
  /** Their residential building, compared with high-risk `building` entries ignoring case and spaces. */
  residenceBuilding?: string;
}
