/**
 * What a window's IPC contract is: its name, its channels (request and response schemas, page → main) and its
 * events (payload schemas, main → page). Each window declares one with {@link defineContract}; dispatch,
 * registration, the preload's API and the page's client are all generic over it.
 */
import type { z } from 'zod';
import type { BridgeResult } from './bridge-result';
import type { OnMethod } from './window-names';

/** One channel: what the page sends and what main answers. */
export interface ChannelSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}

/** Declares a channel. */
export const channel = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelSpec<Req, Res> => ({ request, response });

/** A window's contract. */
export interface WindowContract {
  /** The window's name, also its IPC prefix and its app:// host: `console`, `scanner`. */
  window: string;
  channels: Record<string, ChannelSpec>;
  events: Record<string, z.ZodType>;
}

/** Declares a window's contract (an identity function that keeps the literal types). */
export function defineContract<const C extends WindowContract>(contract: C): C {
  return contract;
}

/** A channel name of a contract. */
export type ChannelOf<C extends WindowContract> = Extract<keyof C['channels'], string>;
/** What a page sends on a channel (before parsing: defaults may be left out). */
export type RequestInOf<C extends WindowContract, K extends ChannelOf<C>> = z.input<C['channels'][K]['request']>;
/** What a handler receives on a channel (after parsing). */
export type RequestOf<C extends WindowContract, K extends ChannelOf<C>> = z.output<C['channels'][K]['request']>;
/** What a channel answers with. */
export type ResponseOf<C extends WindowContract, K extends ChannelOf<C>> = z.output<C['channels'][K]['response']>;
/** An event name of a contract. */
export type EventOf<C extends WindowContract> = Extract<keyof C['events'], string>;
/** An event's payload. */
export type EventPayload<C extends WindowContract, E extends EventOf<C>> = z.output<C['events'][E]>;

/** The API a window's preload exposes: one method per channel, one `onX(callback) → unsubscribe` per event. */
export type WindowApi<C extends WindowContract> = {
  readonly [K in ChannelOf<C>]: (input: RequestInOf<C, K>) => Promise<BridgeResult<ResponseOf<C, K>>>;
} & {
  readonly [E in EventOf<C> as OnMethod<E>]: (callback: (payload: EventPayload<C, E>) => void) => () => void;
};
