/**
 * The batch writer thread: runs {@link writeStickers} off the app's main thread (its own small heap; the
 * encoder workers are its children). Cancel raises the batch's stop flag: the thread stops its encoders, says
 * `cancelled` and ends by itself.
 */
import { threadPort } from '../threads/thread-port';
import { EncodingStopped } from './encoder-pool';
import { writeStickers, type WriterProtocol } from './sticker-pdf';

const port = threadPort<WriterProtocol>();
let last = 0;
writeStickers(port.init, (done) => {
  const now = performance.now();
  if (now - last >= 100) {
    last = now;
    port.post({ type: 'progress', done });
  }
}).then(
  (notes) => port.post({ type: 'done', ...notes }),
  (error: unknown) => {
    if (error instanceof EncodingStopped) port.post({ type: 'cancelled' });
    else port.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  },
);
