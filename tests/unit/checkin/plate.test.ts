import { describe, expect, it } from 'vitest';
import { displayPlate, isValidPlate, normalisePlate } from '../../../shared/checkin/plate';
import { placeKey } from '../../../shared/checkin/visit';

describe('registration marks', () => {
  it('normalise to upper case without spaces for comparison', () => {
    expect(normalisePlate(' ab 1234 ')).toBe('AB1234');
    expect(placeKey({ kind: 'taxi', plate: 'ab1234' })).toBe(placeKey({ kind: 'taxi', plate: 'AB  1234' }));
    expect(placeKey({ kind: 'taxi', plate: 'AB 1234' })).not.toBe(placeKey({ kind: 'taxi', plate: 'AB 1235' }));
  });

  it('display standard marks as "AB 1234" and keep personalised marks as typed', () => {
    expect(displayPlate('ab1234')).toBe('AB 1234');
    expect(displayPlate('A B 12')).toBe('AB 12');
    expect(displayPlate('my  cab')).toBe('MY CAB');
  });

  it('accept 1–8 letters or digits only', () => {
    expect(isValidPlate('AB 1234')).toBe(true);
    expect(isValidPlate('')).toBe(false);
    expect(isValidPlate('AB-1234')).toBe(false);
    expect(isValidPlate('ABCDE12345')).toBe(false);
  });

  it('venue keys differ from taxi keys and forgive venue id case', () => {
    expect(placeKey({ kind: 'venue', venueId: 'ab2345678' })).toBe(placeKey({ kind: 'venue', venueId: 'AB2345678' }));
    expect(placeKey({ kind: 'venue', venueId: 'AB12' })).not.toBe(placeKey({ kind: 'taxi', plate: 'AB12' }));
  });
});
