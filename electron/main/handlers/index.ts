/** The full handler map, typed over the IPC contract. */
import type { Handlers } from '../ipc/dispatch';
import type { Platform } from '../../../services/platform/platform';
import type { ConsoleServices } from '../../../services/open-console';
import { adminHandlers } from './admin';
import { batchHandlers } from './batch';
import { codeHandlers } from './codes';
import { keyHandlers } from './keys';
import { venueHandlers } from './venues';

/** Builds every handler over the given services and platform. */
export function createHandlers(services: ConsoleServices, platform: Platform): Handlers {
  return {
    ...adminHandlers(services, platform),
    ...venueHandlers(services),
    ...codeHandlers(services, platform),
    ...keyHandlers(services),
    ...batchHandlers(services, platform),
  };
}
