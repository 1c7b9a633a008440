/**
 * Starts one of the app's worker threads ({@link THREAD_ENTRIES}) with typed messages both ways, a bounded
 * heap, and one promise for its end: the single place that turns a thread's 'error' and 'exit' events into
 * an outcome, instead of a hand-written protocol per thread.
 */
import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';
import { threadPath, type ThreadName } from './thread-entries';

/** A thread's messages: the data it starts with, what it is sent, and what it sends back. */
export interface ThreadProtocol<Init = unknown, In = never, Out = never> {
  init: Init;
  in: In;
  out: Out;
}

/** How to start a thread. */
export interface StartWorkerOptions<P extends ThreadProtocol<unknown, unknown, unknown>> {
  /** The folder holding the built threads (out/main). */
  threadsDir: string;
  /** The data the thread reads as `workerData`. */
  init: P['init'];
  /** Buffers inside `init` that move to the thread instead of being copied (the sender's views become empty). */
  transfer?: readonly TransferListItem[];
  /** The thread's heap limits: every thread of the app has a bounded heap. */
  resourceLimits: ResourceLimits;
  /** Called with each message the thread sends. */
  onMessage: (message: P['out']) => void;
}

/** A running thread. */
export interface StartedWorker<P extends ThreadProtocol<unknown, unknown, unknown>> {
  /** Sends a message; buffers named in `transfer` move rather than being copied. */
  post: (message: P['in'], transfer?: readonly TransferListItem[]) => void;
  /** Stops the thread now; resolves once it has stopped. A thread stopped this way has ended normally. */
  stop: () => Promise<void>;
  /**
   * Waits up to `graceMs` for a thread that was asked to leave (a message, a raised stop flag) to end by itself,
   * then stops it; resolves once it has stopped, and a thread stopped either way has ended normally.
   */
  stopAfter: (graceMs: number) => Promise<void>;
  /**
   * Settles once the thread has stopped: resolves when it ended by itself (code 0) or through {@link stop};
   * rejects with its uncaught error (ERR_WORKER_OUT_OF_MEMORY past its heap limit, say) or with an error
   * naming the exit code. An unobserved rejection is not reported as unhandled: the caller decides.
   */
  exited: Promise<void>;
}

/** Starts the built thread `name` (see {@link THREAD_ENTRIES}). */
export function startWorker<P extends ThreadProtocol<unknown, unknown, unknown>>(name: ThreadName, options: StartWorkerOptions<P>): StartedWorker<P> {
  const worker = new Worker(threadPath(options.threadsDir, name), {
    workerData: options.init,
    ...(options.transfer ? { transferList: [...options.transfer] } : {}),
    resourceLimits: options.resourceLimits,
  });
  let stopping = false;
  let failure: Error | null = null;
  worker.on('message', (message: P['out']) => options.onMessage(message));
  worker.on('error', (error) => {
    failure ??= error;
  });
  const exited = new Promise<void>((resolve, reject) => {
    worker.once('exit', (code) => {
      if (failure) reject(failure);
      else if (code === 0 || stopping) resolve();
      else reject(new Error(`the ${name} thread stopped (code ${code})`));
    });
  });
  exited.catch(() => undefined);
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ? [...transfer] : undefined),
    stop: async () => {
      stopping = true;
      await worker.terminate();
    },
    stopAfter: async (graceMs) => {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(() => void worker.terminate().then(() => resolve()), graceMs);
      });
      await Promise.race([exited.catch(() => undefined), late]);
      clearTimeout(timer);
    },
    exited,
  };
}
