/**
 * Every IPC channel answers a Result for any input (issue 8 §6): a property test feeds each channel of the
 * contract arbitrary JSON, arbitrary values, and objects built from the channel's own keys with arbitrary
 * values (so the input gets past the top-level shape check), through the real dispatch and handlers.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERROR_CODES } from '../../../shared/errors';
import { CHANNELS, contract, type Channel } from '../../../shared/ipc/console-contract';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch, senderPolicyFor } from '../../../electron/main/ipc/dispatch';
import { folderPlatform } from '../../../services/platform/platform';
import { openTestServices, tempDir, venueInput } from '../../helpers/temp-services';

const APP_URL = 'file:///opt/Venue%20Console/resources/app/out/renderer/index.html';
const ctx = openTestServices();
const downloads = tempDir('vc-fuzz-downloads-');
const handlers = createHandlers({ ...ctx.services, platform: folderPlatform(downloads.dir) });
const trusted = senderPolicyFor(APP_URL);
afterAll(async () => {
  await ctx.services.batches.idle();
  ctx.cleanup();
  downloads.cleanup();
});

/** About 3,000 calls in all: 20 for a channel that takes no fields (any object is the same call), the rest shared. */
const TOTAL_RUNS = 3000;
const takesNoFields = (c: Channel) => Object.keys(shapeOf(contract[c].request as z.ZodType) ?? { x: 1 }).length === 0;
const runsFor = (c: Channel) =>
  takesNoFields(c) ? 20 : Math.ceil((TOTAL_RUNS - 20 * CHANNELS.filter(takesNoFields).length) / CHANNELS.filter((x) => !takesNoFields(x)).length);

/** Strings that have hurt before: NUL, lone surrogates, controls, huge, look-alikes. */
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.constantFrom('', '\u0000', 'a\u0000b', '\uD800', '"', '*', 'NEAR(', 'x OR y', '\u001b[31m', 'AB1234', 'taxi', 'Sha Tin', 'a'.repeat(5000)),
);

/** A value for a field: often of roughly the right kind, often not. */
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(null, undefined, 0, -1, 1.5, NaN, true, [], {}, '__proto__'),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }),
  fc.anything({ maxDepth: 2 }),
);

/** The object shape of a schema, if it has one (zod objects, also behind a refinement). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  const maybe = schema as unknown as { shape?: Record<string, z.ZodType> };
  return maybe.shape && typeof maybe.shape === 'object' ? maybe.shape : null;
}

/** Objects built from a schema's keys (recursively) with arbitrary values, keys sometimes left out. */
function fromSchema(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const shape = shapeOf(schema);
  if (!shape || depth > 3) return fieldValue;
  const keys = Object.keys(shape);
  if (keys.length === 0) return fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 8 }), fieldValue, { maxKeys: 3 }));
  const fields = Object.fromEntries(keys.map((k) => [k, fc.oneof(fromSchema(shape[k] as z.ZodType, depth + 1), fieldValue)]));
  return fc.record(fields, { requiredKeys: [] });
}

/** Any input at all for a channel. */
function inputFor(channel: Channel): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true }) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, {}, [], '', 0) },
    { weight: 4, arbitrary: fromSchema(contract[channel].request as z.ZodType) },
  );
}

describe('IPC dispatch under arbitrary input', () => {
  it('the updateVenue refinement does not throw on a missing or null venue', async () => {
    for (const venue of [undefined, null, 0, 'x', [], { ...venueInput(), district: undefined }]) {
      const result = await dispatch(handlers, 'updateVenue', { id: 'AAAAAAAAA', venue }, { senderUrl: APP_URL }, trusted);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
  });

  it('describes an unexpected handler error in both languages and sends its stack to the log, not the page', async () => {
    const logged: [string, unknown][] = [];
    const failing = {
      ...handlers,
      getSettings: () => {
        throw Object.assign(new Error("ENOSPC: no space left on device, write '/data/x'"), { code: 'ENOSPC' });
      },
    };
    const result = await dispatch(failing, 'getSettings', {}, { senderUrl: APP_URL }, trusted, (context, error) => {
      logged.push([context, error]);
      return '/data/venue-console.log';
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/disk is full.*\/data\/venue-console\.log/), messageZh: expect.stringContaining('磁碟已滿') } });
    expect(JSON.stringify(result)).not.toMatch(/ at |ENOSPC/);
    expect(logged.map(([c]) => c)).toEqual(['ipc getSettings']);
  });

  for (const channel of CHANNELS) {
    it(`${channel} always resolves to a Result, never a rejection or an internal error`, async () => {
      await fc.assert(
        fc.asyncProperty(inputFor(channel), async (input) => {
          let result: unknown;
          try {
            result = await dispatch(handlers, channel, input, { senderUrl: APP_URL }, trusted);
          } catch (error) {
            throw new Error(`dispatch rejected: ${String(error)}`);
          }
          const r = result as { ok: unknown; error?: { code: unknown; message: unknown } };
          expect(typeof r.ok).toBe('boolean');
          if (r.ok === false) {
            expect(ERROR_CODES).toContain(r.error?.code);
            expect(typeof r.error?.message).toBe('string');
            expect(r.error?.code, String(r.error?.message)).not.toBe('internal');
          }
        }),
        { numRuns: runsFor(channel), seed: 20261123 },
      );
    });
  }
});
