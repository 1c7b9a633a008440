/** "Try again" is offered only for errors a second attempt can get past (issue 10 §3). */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import { retryHelps } from '../../../shared/messages/errors';

describe('retryHelps', () => {
  it('offers a retry for passing troubles only', () => {
    expect(ERROR_CODES.filter(retryHelps)).toEqual(['conflict', 'db-locked', 'io', 'internal']);
  });
});
