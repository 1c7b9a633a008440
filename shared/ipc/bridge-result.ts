/** What every bridge method resolves to: the response, or an error as a value (Electron keeps only an error's message). */
import type { Result } from '../errors';

/** A channel's answer as the page receives it: `resultSchema(response)`'s output (shared/errors.ts). */
export type BridgeResult<T> = Result<T>;
