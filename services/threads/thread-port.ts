/** The thread side of {@link startWorker}: the typed start data, messages in and messages out. */
import { parentPort, workerData, type TransferListItem } from 'node:worker_threads';
import type { ThreadProtocol } from './start-worker';

/** What a thread sees of the thread that started it. */
export interface ThreadPort<P extends ThreadProtocol<unknown, unknown, unknown>> {
  /** The data the thread was started with. */
  init: P['init'];
  /** Sends a message back; buffers named in `transfer` move rather than being copied. */
  post: (message: P['out'], transfer?: readonly TransferListItem[]) => void;
  /** Calls `handler` with each message the thread is sent. */
  onMessage: (handler: (message: P['in']) => void) => void;
  /** Closes the port: the thread ends by itself once it has nothing else to do. */
  close: () => void;
}

/** The port of the current worker thread. */
export function threadPort<P extends ThreadProtocol<unknown, unknown, unknown>>(): ThreadPort<P> {
  return {
    init: workerData as P['init'],
    post: (message, transfer) => parentPort?.postMessage(message, transfer ? [...transfer] : undefined),
    onMessage: (handler) => {
      parentPort?.on('message', (message: P['in']) => handler(message));
    },
    close: () => parentPort?.close(),
  };
}
