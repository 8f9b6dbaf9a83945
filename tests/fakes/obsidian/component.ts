import type * as Obsidian from "obsidian";

type DomTarget = Window | Document | HTMLElement;

/** The promise returned by each component's last `onload()`, for `whenLoaded`. */
const onloadResults = new WeakMap<Component, Promise<void>>();
/** Loaded components; kept outside the instances so `isLoaded` can read it. */
const loadedComponents = new WeakSet<Component>();

/**
 * Obsidian's lifecycle base class. State lives in #private fields so that a plugin's subclass
 * can use any member name without clashing with the fake's bookkeeping.
 */
export class Component implements Obsidian.Component {
  #children: Component[] = [];
  #cleanups: (() => unknown)[] = [];

  load(): void {
    if (loadedComponents.has(this)) return;
    loadedComponents.add(this);
    const result: unknown = this.onload();
    onloadResults.set(this, Promise.resolve(result).then(() => undefined));
    for (const child of [...this.#children]) child.load();
  }

  onload(): void {}

  /** Children first, then registered cleanups (last registered first), then `onunload`, as Obsidian does. */
  unload(): void {
    if (!loadedComponents.has(this)) return;
    loadedComponents.delete(this);
    while (this.#children.length > 0) this.#children.pop()?.unload();
    while (this.#cleanups.length > 0) this.#cleanups.pop()?.();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends Obsidian.Component>(component: T): T {
    const child = component as unknown as Component;
    this.#children.push(child);
    if (loadedComponents.has(this)) child.load();
    return component;
  }

  removeChild<T extends Obsidian.Component>(component: T): T {
    const index = this.#children.indexOf(component as unknown as Component);
    if (index >= 0) {
      this.#children.splice(index, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this.#cleanups.push(cb);
  }

  registerEvent(eventRef: Obsidian.EventRef): void {
    const ref = eventRef as { events?: Obsidian.Events };
    this.register(() => ref.events?.offref(eventRef));
  }

  registerDomEvent(
    el: DomTarget,
    type: string,
    callback: (this: HTMLElement, ev: Event) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    const listener = callback as EventListener;
    el.addEventListener(type, listener, options);
    this.register(() => el.removeEventListener(type, listener, options));
  }

  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }
}

/** Test helper: whether a component is loaded (Obsidian keeps this in a private `_loaded`). */
export function isLoaded(component: Obsidian.Component): boolean {
  return loadedComponents.has(component as unknown as Component);
}

/** Test helper: resolves when the component's (possibly async) `onload` has finished; rejects with its error. */
export function whenLoaded(component: Obsidian.Component): Promise<void> {
  return onloadResults.get(component as unknown as Component) ?? Promise.resolve();
}
