/**
 * A flag one thread raises and every other thread of a job reads, without a message: a SharedArrayBuffer of one
 * 32-bit word. Threads busy in a loop read it between items and leave by themselves, so no thread is ever
 * terminated in the middle of native work (a `worker.terminate()` landing inside a synchronous `deflateSync`
 * aborts the whole process: Node's "CompressionStream::Close … close before init").
 */

/** A stop flag and the buffer that shares it. */
export interface StopFlag {
  /** Shared with the threads (in their start data). */
  readonly buffer: SharedArrayBuffer;
  raise: () => void;
  raised: () => boolean;
}

/** The flag over `buffer` (a thread's view of the flag it was given). */
export function stopFlagOf(buffer: SharedArrayBuffer): StopFlag {
  const word = new Int32Array(buffer, 0, 1);
  return {
    buffer,
    raise: () => void Atomics.store(word, 0, 1),
    raised: () => Atomics.load(word, 0) === 1,
  };
}

/** A new flag, not raised. */
export function newStopFlag(): StopFlag {
  return stopFlagOf(new SharedArrayBuffer(4));
}
