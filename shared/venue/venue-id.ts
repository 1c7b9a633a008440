/**
 * Venue ids: 9 characters from an alphabet without look-alikes (no 0/O, 1/I/L), the last one a check
 * character so a mistyped id is caught before it reaches the database.
 */

/** The 31 characters a venue id may use. */
export const VENUE_ID_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** How many random characters precede the check character. */
export const VENUE_ID_BODY_LENGTH = 8;

const BASE = VENUE_ID_ALPHABET.length;

/** The check character for an id body (weighted sum mod 31; catches every single-character error and adjacent swap). */
export function venueIdCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const v = VENUE_ID_ALPHABET.indexOf(body[i] ?? '');
    if (v < 0) throw new RangeError(`not a venue id character: ${body[i]}`);
    sum += v * (i + 1);
  }
  return VENUE_ID_ALPHABET[sum % BASE] as string;
}

/** Character codes of the id being made (reused: an id costs one string, no intermediate ones). */
const idCodes: number[] = new Array<number>(VENUE_ID_BODY_LENGTH + 1).fill(0);

/** Makes a new venue id from a source of random bytes (crypto.getRandomValues or node:crypto). */
export function newVenueId(randomBytes: (n: number) => Uint8Array): string {
  let length = 0;
  let sum = 0;
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 31).
  while (length < VENUE_ID_BODY_LENGTH) {
    const bytes = randomBytes(16);
    for (let k = 0; k < bytes.length && length < VENUE_ID_BODY_LENGTH; k++) {
      const b = bytes[k] as number;
      if (b >= BASE * 8) continue;
      const v = b % BASE;
      idCodes[length] = VENUE_ID_ALPHABET.charCodeAt(v);
      sum += v * ++length; // the check character's weighted sum (see venueIdCheckChar)
    }
  }
  idCodes[length] = VENUE_ID_ALPHABET.charCodeAt(sum % BASE);
  return String.fromCharCode(...idCodes);
}

/** Accepts ids of 8–10 characters from the alphabet; ids of {@link VENUE_ID_BODY_LENGTH}+1 must carry a valid check character. */
export function isValidVenueId(id: string): boolean {
  if (!/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8,10}$/.test(id)) return false;
  if (id.length === VENUE_ID_BODY_LENGTH + 1) {
    return venueIdCheckChar(id.slice(0, -1)) === id.slice(-1);
  }
  return true;
}

/** Normalises typed input: upper case, spaces and dashes dropped. */
export function normaliseVenueId(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
