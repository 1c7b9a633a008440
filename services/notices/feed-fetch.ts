/**
 * Fetching the notices feed over HTTP: one conditional GET (If-None-Match with the stored ETag), a time
 * limit over the whole exchange (headers and body), a body size limit, and strict UTF-8. Any other outcome
 * than 200 with a whole body or 304 is a bilingual `network` failure; nothing is stored here.
 */
import { AppFailure } from '../../shared/errors';

/** The fetch this module uses (global fetch in the app; injectable in tests). */
export type FetchFn = (url: string, init: { headers: Record<string, string>; signal: AbortSignal; redirect: 'follow' | 'error' }) => Promise<Response>;

/** Options of one fetch. */
export interface FeedFetchOptions {
  url: string;
  etag: string | null;
  fetch: FetchFn;
  /** Milliseconds for the whole exchange (default 15,000). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (default 64 MiB). */
  maxBytes?: number;
  /** Aborts the fetch (a stopping job). */
  signal?: AbortSignal;
}

/** What came back: the body and its ETag, or "not modified". */
export type FeedFetch = { status: 200; text: string; etag: string | null } | { status: 304 };

/** Default time limit. */
export const FEED_TIMEOUT_MS = 15_000;
/** Default body size limit. */
export const FEED_MAX_BYTES = 64 * 1024 * 1024;

const TRUNCATED = { en: 'The connection closed before the whole feed arrived', zh: '通告資料未完整接收，連線已中斷' };
const NETWORK_WORDS: Record<string, { en: string; zh: string }> = {
  ECONNREFUSED: { en: 'The feed server refused the connection', zh: '通告資料伺服器拒絕連線' },
  ENOTFOUND: { en: "The feed server's name was not found (no network?)", zh: '找不到通告資料伺服器（未連接網絡？）' },
  EAI_AGAIN: { en: "The feed server's name could not be looked up (no network?)", zh: '無法查找通告資料伺服器（未連接網絡？）' },
  ECONNRESET: TRUNCATED,
  UND_ERR_SOCKET: TRUNCATED,
  terminated: TRUNCATED,
};

function networkFailure(en: string, zh: string): AppFailure {
  return new AppFailure({
    code: 'network',
    message: `${en} The last verified notices are kept.`,
    messageZh: `${zh}保留上次經核實的通告。`,
  });
}

async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw networkFailure(`The feed is larger than ${maxBytes} bytes.`, `通告資料超過 ${maxBytes} 位元組。`);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw networkFailure(`The feed is larger than ${maxBytes} bytes.`, `通告資料超過 ${maxBytes} 位元組。`);
    }
    chunks.push(value);
  }
  if (response.headers.has('content-length') && !response.headers.has('content-encoding') && total !== declared) {
    throw networkFailure(`The feed arrived incomplete (${total} of ${declared} bytes).`, `通告資料不完整（收到 ${declared} 位元組中的 ${total}）。`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Fetches the feed once; throws a bilingual `network` AppFailure for anything but 200 (whole body) or 304. */
export async function fetchFeed(options: FeedFetchOptions): Promise<FeedFetch> {
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.etag) headers['if-none-match'] = options.etag;
  try {
    const response = await options.fetch(options.url, { headers, signal: controller.signal, redirect: 'follow' });
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { status: 304 };
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      throw networkFailure(`The feed server answered HTTP ${response.status}.`, `通告資料伺服器回應 HTTP ${response.status}。`);
    }
    const bytes = await readBody(response, options.maxBytes ?? FEED_MAX_BYTES);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw networkFailure('The feed is not UTF-8 text.', '通告資料並非 UTF-8 文字。');
    }
    return { status: 200, text, etag: response.headers.get('etag') };
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    if (timedOut) throw networkFailure(`The feed server did not answer within ${Math.round(timeoutMs / 1000)} s.`, `通告資料伺服器在 ${Math.round(timeoutMs / 1000)} 秒內沒有回應。`);
    if (options.signal?.aborted) throw networkFailure('The fetch was stopped.', '下載已停止。');
    const code = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? (error as { code?: string }).code ?? error.message) : String(error);
    const words = NETWORK_WORDS[code];
    if (words) throw networkFailure(`${words.en} (${code}).`, `${words.zh}（${code}）。`);
    throw networkFailure(`The feed could not be fetched (${code}).`, `無法下載通告資料（${code}）。`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
