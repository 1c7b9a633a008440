/**
 * The one entry point for IPC: checks the sender, validates the input with the contract's zod schema,
 * runs the handler, and returns a Result value (Electron keeps only an error's message, so errors travel
 * as values). `ipcMain.handle` calls it in the app; tests and the Chromium UI harness call it directly.
 */
import { AppFailure, err, ok, type Result } from '../../../shared/errors';
import { contract, type Channel, type Request, type Response } from '../../../shared/ipc/console-contract';
import { fieldIssues } from '../../../shared/venue/venue';
import { describeUnexpectedError } from '../../../services/errors/describe-error';

/** Who sent a message: the URL of the sending frame. */
export interface DispatchContext {
  senderUrl: string;
}

/** A handler per channel, typed over the contract: leaving one out does not compile. */
export type Handlers = {
  [C in Channel]: (input: Request<C>, ctx: DispatchContext) => Response<C> | Promise<Response<C>>;
};

/** Decides whether a sender URL is one of the app's own pages. */
export type SenderPolicy = (senderUrl: string) => boolean;

/**
 * Trusts only the renderer's own page: for `file:` URLs the very same file (host and path; the hash route may
 * differ), otherwise the same origin (the Vite dev server).
 */
export function senderPolicyFor(rendererUrl: string): SenderPolicy {
  const own = new URL(rendererUrl);
  return (senderUrl) => {
    let url: URL;
    try {
      url = new URL(senderUrl);
    } catch {
      return false;
    }
    if (own.protocol === 'file:') return url.protocol === 'file:' && url.host === own.host && url.pathname === own.pathname && url.search === '';
    return url.origin === own.origin;
  };
}

function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Writes an unexpected error's details (stack) somewhere safe; returns where, or null. */
export type ErrorLogger = (context: string, error: unknown) => string | null;

/**
 * Dispatches one IPC call. Never throws and never rejects, whatever the input: every failure is a Result.
 * An error that is not an AppFailure is described by {@link describeUnexpectedError}; its stack goes to
 * `logError` (the data folder's log in the app), never to the page.
 */
export async function dispatch(
  handlers: Handlers,
  channelName: string,
  rawInput: unknown,
  ctx: DispatchContext,
  isTrusted: SenderPolicy,
  logError?: ErrorLogger,
): Promise<Result<unknown>> {
  try {
    return await dispatchChecked(handlers, channelName, rawInput, ctx, isTrusted);
  } catch (error) {
    if (error instanceof AppFailure) return err(error.appError);
    let logPath: string | null = null;
    try {
      logPath = logError ? logError(`ipc ${String(channelName)}`, error) : null;
      if (!logError) console.error(`[ipc] ${String(channelName)} failed:`, error);
    } catch {
      // reporting must not fail the report
    }
    return err(describeUnexpectedError(error, logPath));
  }
}

async function dispatchChecked(handlers: Handlers, channelName: string, rawInput: unknown, ctx: DispatchContext, isTrusted: SenderPolicy): Promise<Result<unknown>> {
  if (!isTrusted(ctx.senderUrl)) {
    return err({ code: 'validation', message: `Refused: ${ctx.senderUrl || 'unknown sender'} is not an app page.`, messageZh: '已拒絕：來源不是本程式的頁面。' });
  }
  if (!isChannel(channelName)) {
    return err({ code: 'validation', message: `Unknown channel ${String(channelName)}.`, messageZh: '未知的通道。' });
  }
  const schema = contract[channelName];
  // safeParse can still throw (a refinement that reads a field of a non-object): the caller's catch answers then.
  const parsed = schema.request.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return err({ code: 'validation', message: 'Some fields need attention.', messageZh: '部分欄位需要修正。', fields: fieldIssues(parsed.error) });
  }
  const handler = handlers[channelName] as (input: unknown, ctx: DispatchContext) => unknown;
  const value = await handler(parsed.data, ctx);
  return ok(schema.response.parse(value));
}
