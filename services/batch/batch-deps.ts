/** Exactly what a fleet batch uses of the data folder it runs on (runBatch, BatchJobs): no container. */
import type { CodeIssuer } from '../codes/code-issuer';
import type { VenueRepository } from '../venues/venue-repository';

/** A batch's dependencies, composed by the caller (services/open-data-folder.ts for the app, the CLI and tests). */
export interface BatchDeps {
  /** The registry functions a batch plans and commits with. */
  venues: Pick<VenueRepository, 'taxisByPlate' | 'newId' | 'idTaken' | 'insertTaxi' | 'setStatus'>;
  /** Runs `work` in one immediate (write-locking) transaction of the registry's database. */
  transaction: (work: () => void) => void;
  /** Chooses the batch's key and date, and records each sticker's code. */
  issuer: Pick<CodeIssuer, 'batchSigning' | 'recordBatchCode'>;
  /** The scheme name printed on every sticker (operator settings). */
  schemeName: () => string;
  /** Where the sticker font is (resources/). */
  resourcesDir: string;
  /** The folder holding the built threads (out/main; services/threads/thread-entries.ts). */
  threadsDir: string;
  /** The data folder: a batch never writes onto its files. */
  dataDir: string;
  /** Writes an unexpected failure to the data folder's error log; returns the log's path (null if it could not). */
  errorLog: (context: string, error: unknown) => string | null;
}
