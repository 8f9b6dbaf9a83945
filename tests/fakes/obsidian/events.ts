import type * as Obsidian from "obsidian";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Obsidian's own callback type is `(...data: any[])` in effect: each event passes its own arguments.
export type EventCallback = (...data: any[]) => unknown;

/** The record behind an EventRef; Obsidian's is opaque, so tests only ever hand it back. */
interface ListenerRef extends Obsidian.EventRef {
  readonly events: Events;
  readonly name: string;
  readonly callback: EventCallback;
  readonly ctx: unknown;
}

/**
 * What happens to an exception thrown by a listener. Obsidian catches it so the other listeners
 * and the code that triggered the event go on, then rethrows it from a timer so it still shows
 * in the console; the default here does the same, so vitest reports it as an unhandled error.
 */
let onListenerError: (error: unknown) => void = (error) => {
  setTimeout(() => {
    throw error;
  }, 0);
};

/** Reports an exception from a callback the fake called on the plugin's behalf (listeners, layout-ready callbacks). */
export function reportListenerError(error: unknown): void {
  onListenerError(error);
}

/** Replaces the listener-error policy (e.g. collect errors in a test); returns the previous one. */
export function setListenerErrorHandler(handler: (error: unknown) => void): (error: unknown) => void {
  const previous = onListenerError;
  onListenerError = handler;
  return previous;
}

export class Events implements Obsidian.Events {
  readonly #listeners = new Map<string, ListenerRef[]>();

  on(name: string, callback: EventCallback, ctx?: unknown): Obsidian.EventRef {
    const ref: ListenerRef = { events: this, name, callback, ctx };
    this.#listeners.set(name, [...(this.#listeners.get(name) ?? []), ref]);
    return ref;
  }

  off(name: string, callback: EventCallback): void {
    const remaining = (this.#listeners.get(name) ?? []).filter((ref) => ref.callback !== callback);
    this.#listeners.set(name, remaining);
  }

  offref(ref: Obsidian.EventRef): void {
    if (!isListenerRef(ref) || ref.events !== this) return;
    const remaining = (this.#listeners.get(ref.name) ?? []).filter((candidate) => candidate !== ref);
    this.#listeners.set(ref.name, remaining);
  }

  /** Calls the listeners registered when the event fires; one added meanwhile waits for the next event. */
  trigger(name: string, ...data: unknown[]): void {
    for (const ref of this.#listeners.get(name) ?? []) this.tryTrigger(ref, data);
  }

  tryTrigger(ref: Obsidian.EventRef, args: unknown[]): void {
    if (!isListenerRef(ref)) return;
    try {
      ref.callback.apply(ref.ctx, args);
    } catch (error) {
      reportListenerError(error);
    }
  }

  /** Test helper: how many listeners an event has (to check a plugin cleans up on unload). */
  listenerCount(name: string): number {
    return this.#listeners.get(name)?.length ?? 0;
  }
}

function isListenerRef(ref: Obsidian.EventRef): ref is ListenerRef {
  return typeof ref === "object" && ref !== null && "events" in ref && (ref as ListenerRef).events instanceof Events;
}
