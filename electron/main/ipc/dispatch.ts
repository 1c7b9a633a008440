/**
 * The one entry point for IPC, generic over a window's contract: checks the sender, validates the input with
 * the contract's zod schema, runs the handler, and returns a Result value (Electron keeps only an error's
 * message, so errors travel as values). `ipcMain.handle` calls it in the app; tests and the Chromium UI
 * harness call it directly.
 */
import { AppFailure, err, ok, type Result } from '../../../shared/errors';
import { consoleContract } from '../../../shared/ipc/console-contract';
import type { ChannelOf, RequestOf, ResponseOf, WindowContract } from '../../../shared/ipc/define-contract';
import { fieldIssues } from '../../../shared/messages/validation';
import { fieldsError } from '../../../shared/messages/errors';
import { describeUnexpectedError } from '../../../services/errors/describe-error';

/** Who sent a message: the URL of the sending frame, its web contents, and whether it is the top frame. */
export interface DispatchContext {
  senderUrl: string;
  /** The sending webContents' id (absent only in harnesses that have a single page). */
  senderId?: number;
  /** False for a sub-frame; absent in harnesses that have a single top frame. */
  mainFrame?: boolean;
}

/** A handler per channel of a contract: leaving one out does not compile. */
export type HandlersFor<C extends WindowContract> = {
  [K in ChannelOf<C>]: (input: RequestOf<C, K>, ctx: DispatchContext) => ResponseOf<C, K> | Promise<ResponseOf<C, K>>;
};

/** The console window's handlers. */
export type Handlers = HandlersFor<typeof consoleContract>;

/** Decides whether a message comes from the window's own page. */
export type SenderPolicy = (ctx: DispatchContext) => boolean;

/** Whether `senderUrl` is the page `pageUrl` itself: same scheme, host and path, no query; the hash route may differ. */
export function isSamePage(senderUrl: string, pageUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(senderUrl);
  } catch {
    return false;
  }
  const own = new URL(pageUrl);
  return url.protocol === own.protocol && url.host === own.host && url.pathname === own.pathname && url.search === '';
}

/** Trusts the top frame of the page at `pageUrl` (single-page harnesses, where there is no webContents id). */
export function senderPolicyFor(pageUrl: string): SenderPolicy {
  return (ctx) => ctx.mainFrame !== false && isSamePage(ctx.senderUrl, pageUrl);
}

/**
 * Trusts one window only: its own webContents, its top frame, and its own page URL. Another window's page, a
 * sub-frame, or this window navigated elsewhere is refused.
 */
export function windowSenderPolicy(pageUrl: string, webContentsId: () => number | null): SenderPolicy {
  return (ctx) => ctx.senderId !== undefined && ctx.senderId === webContentsId() && ctx.mainFrame === true && isSamePage(ctx.senderUrl, pageUrl);
}

/** Writes an unexpected error's details (stack) somewhere safe; returns where, or null. */
export type ErrorLogger = (context: string, error: unknown) => string | null;

/**
 * Dispatches one IPC call. Never throws and never rejects, whatever the input: every failure is a Result.
 * An error that is not an AppFailure is described by {@link describeUnexpectedError}; its stack goes to
 * `logError` (the data folder's log in the app), never to the page.
 */
export async function dispatchFor<C extends WindowContract>(
  contract: C,
  handlers: HandlersFor<C>,
  channelName: string,
  rawInput: unknown,
  ctx: DispatchContext,
  isTrusted: SenderPolicy,
  logError?: ErrorLogger,
): Promise<Result<unknown>> {
  try {
    return await dispatchChecked(contract, handlers, channelName, rawInput, ctx, isTrusted);
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

/** Dispatches one call on the console window's contract (see {@link dispatchFor}). */
export function dispatch(
  handlers: Handlers,
  channelName: string,
  rawInput: unknown,
  ctx: DispatchContext,
  isTrusted: SenderPolicy,
  logError?: ErrorLogger,
): Promise<Result<unknown>> {
  return dispatchFor(consoleContract, handlers, channelName, rawInput, ctx, isTrusted, logError);
}

async function dispatchChecked<C extends WindowContract>(
  contract: C,
  handlers: HandlersFor<C>,
  channelName: string,
  rawInput: unknown,
  ctx: DispatchContext,
  isTrusted: SenderPolicy,
): Promise<Result<unknown>> {
  if (!isTrusted(ctx)) {
    return err({ code: 'validation', message: `Refused: ${ctx.senderUrl || 'unknown sender'} is not an app page.`, messageZh: '已拒絕：來源不是本程式的頁面。' });
  }
  if (!Object.prototype.hasOwnProperty.call(contract.channels, channelName)) {
    return err({ code: 'validation', message: `Unknown channel ${String(channelName)}.`, messageZh: '未知的通道。' });
  }
  const schema = contract.channels[channelName] as C['channels'][string];
  // safeParse can still throw (a refinement that reads a field of a non-object): the caller's catch answers then.
  const input = rawInput ?? {};
  const parsed = schema.request.safeParse(input);
  if (!parsed.success) {
    return err(fieldsError(fieldIssues(parsed.error, input)));
  }
  const handler = handlers[channelName as ChannelOf<C>] as (input: unknown, ctx: DispatchContext) => unknown;
  const value = await handler(parsed.data, ctx);
  return ok(schema.response.parse(value));
}
