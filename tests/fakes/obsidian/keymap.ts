import type * as Obsidian from "obsidian";

type ModifierEvent = MouseEvent | TouchEvent | KeyboardEvent;
type RegisteredHandler = Obsidian.KeymapEventHandler & { func: Obsidian.KeymapEventListener };

/** Key handlers for a modal or view. `pressKey` stands in for the user pressing keys. */
export class Scope implements Obsidian.Scope {
  readonly #parent: Scope | undefined;
  readonly #handlers: RegisteredHandler[] = [];

  constructor(parent?: Obsidian.Scope) {
    this.#parent = parent as Scope | undefined;
  }

  register(modifiers: Obsidian.Modifier[] | null, key: string | null, func: Obsidian.KeymapEventListener): Obsidian.KeymapEventHandler {
    const handler = { scope: this, modifiers: modifiers === null ? null : [...modifiers].sort().join(","), key, func };
    this.#handlers.push(handler);
    return handler;
  }

  unregister(handler: Obsidian.KeymapEventHandler): void {
    const index = this.#handlers.indexOf(handler as RegisteredHandler);
    if (index >= 0) this.#handlers.splice(index, 1);
  }

  /**
   * Test helper: delivers a key press to the most recently registered matching handler (then the
   * parent scope), as Obsidian's keymap does. A handler returning `false` consumes the key.
   * Returns whether a handler ran.
   */
  pressKey(key: string, modifiers: Obsidian.Modifier[] = []): boolean {
    const wanted = [...modifiers].sort().join(",");
    const handler = [...this.#handlers].reverse().find((candidate) => {
      const keyMatches = candidate.key === null || candidate.key.toLowerCase() === key.toLowerCase();
      return keyMatches && (candidate.modifiers === null || candidate.modifiers === wanted);
    });
    if (!handler) return this.#parent?.pressKey(key, modifiers) ?? false;
    const event = new Event("keydown") as KeyboardEvent;
    handler.func(event, { modifiers: wanted, key, vkey: key });
    return true;
  }
}

export class Keymap implements Obsidian.Keymap {
  /** Fake-only: the scopes pushed and not popped, innermost last. */
  readonly scopes: Obsidian.Scope[] = [];

  pushScope(scope: Obsidian.Scope): void {
    this.scopes.push(scope);
  }

  popScope(scope: Obsidian.Scope): void {
    const index = this.scopes.lastIndexOf(scope);
    if (index >= 0) this.scopes.splice(index, 1);
  }

  /** "Mod" is Ctrl here: the fake's Platform is Linux. */
  static isModifier(evt: ModifierEvent, modifier: Obsidian.Modifier): boolean {
    const flags = evt as Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>>;
    const byModifier: Record<Obsidian.Modifier, boolean | undefined> = {
      Mod: flags.ctrlKey,
      Ctrl: flags.ctrlKey,
      Meta: flags.metaKey,
      Shift: flags.shiftKey,
      Alt: flags.altKey,
    };
    return byModifier[modifier] === true;
  }

  /** Obsidian: Mod → new tab, Mod+Alt → split, Mod+Alt+Shift → window, middle click → tab. */
  static isModEvent(evt?: Obsidian.UserEvent | null): Obsidian.PaneType | boolean {
    if (!evt) return false;
    if ((evt as MouseEvent).button === 1) return "tab";
    if (!Keymap.isModifier(evt, "Mod")) return false;
    if (!Keymap.isModifier(evt, "Alt")) return "tab";
    return Keymap.isModifier(evt, "Shift") ? "window" : "split";
  }
}
