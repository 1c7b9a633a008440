/**
 * Turns off zod's JIT (it probes `new Function`, which the app's CSP forbids and reports as a violation).
 * The renderer imports shared/ modules that build zod schemas, so this must be the first import of main.tsx.
 */
import { config } from 'zod';

config({ jitless: true });

/** Marker so the import is kept. */
export const ZOD_JITLESS = true;
