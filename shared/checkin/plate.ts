/** Hong Kong vehicle registration marks (taxi plates): compared in upper case without spaces, shown as e.g. `AB 1234`. */

const STANDARD = /^([A-Z]{1,2})(\d{1,4})$/;
const VALID = /^[A-Z0-9]{1,8}$/;

/** The comparison form of a registration mark: upper case, all white space removed. */
export function normalisePlate(input: string): string {
  return input.toUpperCase().replace(/\s+/g, '');
}

/** Whether text is a plausible registration mark: 1–8 letters or digits once spaces are removed. */
export function isValidPlate(input: string): boolean {
  return VALID.test(normalisePlate(input));
}

/**
 * The display form: a standard mark (1–2 letters then 1–4 digits) as `AB 1234`; anything else
 * (a personalised mark) in upper case with runs of spaces collapsed, as typed.
 */
export function displayPlate(input: string): string {
  const compact = normalisePlate(input);
  const standard = STANDARD.exec(compact);
  if (standard) return `${standard[1]} ${standard[2]}`;
  return input.toUpperCase().trim().replace(/\s+/g, ' ');
}
