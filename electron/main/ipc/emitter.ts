/**
 * Events from main to a page, typed over the window's contract: the payload is validated with the event's zod
 * schema before it is sent, so a page only ever receives what its contract declares. The app sends through the
 * window's webContents; the UI harness delivers into the real page the same way.
 */
import type { EventOf, EventPayload, WindowContract } from '../../../shared/ipc/define-contract';

/** Sends one event to a page. */
export type EventSink = (event: string, payload: unknown) => void;

/** A window's typed event sender. */
export interface Emitter<C extends WindowContract> {
  emit: <E extends EventOf<C>>(event: E, payload: EventPayload<C, E>) => void;
}

/** Builds an emitter over a sink; an undeclared event or a payload its schema refuses throws (a bug in main). */
export function createEmitter<C extends WindowContract>(contract: C, sink: EventSink): Emitter<C> {
  return {
    emit: (event, payload) => {
      if (!Object.prototype.hasOwnProperty.call(contract.events, event)) throw new Error(`${contract.window} has no event ${event}`);
      const schema = contract.events[event] as C['events'][string];
      sink(event, schema.parse(payload));
    },
  };
}
