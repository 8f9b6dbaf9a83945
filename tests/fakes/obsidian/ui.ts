/**
 * Obsidian's UI building blocks: setting controls, Setting, Modal, SuggestModal,
 * FuzzySuggestModal and Notice. They build real elements when a DOM exists (the browser harness)
 * and stand-in elements otherwise, so the same plugin code can be driven and inspected in Node.
 * Controls react to DOM events ("input", "change", "click") exactly as in Obsidian, so a test or
 * a browser can drive them the same way; `enterValue` and `clickButton` do it for tests.
 */
import type * as Obsidian from "obsidian";
import type { App } from "./app";
import type { ConformsTo } from "./conformance";
import { createDiv, hasRealDom, textOf } from "./dom";
import { reportListenerError } from "./events";
import { Scope } from "./keymap";
import { prepareFuzzySearch, setIcon, setTooltip } from "./utilities";

type ChangeCallback<T> = ((value: T) => unknown) | null;

export abstract class BaseComponent implements Obsidian.BaseComponent {
  disabled = false;

  then(cb: (component: this) => unknown): this {
    cb(this);
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

/** Generic classes are checked against Obsidian in conformance.ts, on concrete instantiations. */
export abstract class ValueComponent<T> extends BaseComponent {
  registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
    listeners[key] = (value?: T) => {
      if (value !== undefined) this.setValue(value);
      return this.getValue();
    };
    return this;
  }

  abstract getValue(): T;

  abstract setValue(value: T): this;
}

/** Text inputs: `onChange` fires on the element's "input" event, not on `setValue`, as in Obsidian. */
export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
  inputEl: T;
  #callback: ChangeCallback<string> = null;

  constructor(inputEl: T) {
    super();
    this.inputEl = inputEl;
    inputEl.addEventListener("input", () => this.onChanged());
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.inputEl.disabled = disabled;
    return this;
  }

  getValue(): string {
    return this.inputEl.value;
  }

  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }

  setPlaceholder(placeholder: string): this {
    this.inputEl.placeholder = placeholder;
    return this;
  }

  onChanged(): void {
    this.#callback?.(this.getValue());
  }

  onChange(callback: (value: string) => unknown): this {
    this.#callback = callback;
    return this;
  }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("input", { type: "text", attr: { spellcheck: "false" } }));
  }
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("textarea"));
  }
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
  clearButtonEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    const wrapper = containerEl.createDiv({ cls: "search-input-container" });
    super(wrapper.createEl("input", { type: "search" }));
    this.clearButtonEl = wrapper.createDiv({ cls: "search-input-clear-button" });
    this.clearButtonEl.addEventListener("click", () => {
      this.setValue("");
      this.onChanged();
    });
  }
}

export class ButtonComponent
  extends BaseComponent
  implements
    ConformsTo<
      Obsidian.ButtonComponent,
      "buttonEl" | "setDisabled" | "setCta" | "removeCta" | "setWarning" | "setTooltip" | "setButtonText" | "setIcon" | "setClass" | "onClick"
    , ButtonComponent>
{
  buttonEl: HTMLButtonElement;
  #callback: ((evt: MouseEvent) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = containerEl.createEl("button");
    // A disabled <button> gets no clicks in a browser; the stand-in needs telling.
    this.buttonEl.addEventListener("click", (event) => {
      if (!this.disabled) this.#callback?.(event as MouseEvent);
    });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.buttonEl.disabled = disabled;
    this.buttonEl.toggleClass("is-disabled", disabled);
    return this;
  }

  setCta(): this {
    this.buttonEl.addClass("mod-cta");
    return this;
  }

  removeCta(): this {
    this.buttonEl.removeClass("mod-cta");
    return this;
  }

  setWarning(): this {
    this.buttonEl.addClass("mod-warning");
    return this;
  }

  setDestructive(): this {
    return this.setWarning();
  }

  removeDestructive(): this {
    this.buttonEl.removeClass("mod-warning");
    return this;
  }

  setTooltip(tooltip: string, options?: Obsidian.TooltipOptions): this {
    setTooltip(this.buttonEl, tooltip, options);
    return this;
  }

  setButtonText(name: string): this {
    this.buttonEl.setText(name);
    return this;
  }

  setIcon(icon: Obsidian.IconName): this {
    setIcon(this.buttonEl, icon);
    return this;
  }

  setClass(cls: string): this {
    this.buttonEl.addClass(cls);
    return this;
  }

  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.#callback = callback;
    return this;
  }
}

export class ExtraButtonComponent extends BaseComponent implements ConformsTo<Obsidian.ExtraButtonComponent, "extraSettingsEl" | "setDisabled" | "setTooltip" | "setIcon" | "onClick", ExtraButtonComponent> {
  extraSettingsEl: HTMLElement;
  #callback: (() => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = containerEl.createDiv({ cls: "clickable-icon extra-setting-button" });
    this.extraSettingsEl.addEventListener("click", () => {
      if (!this.disabled) this.#callback?.();
    });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.extraSettingsEl.toggleClass("is-disabled", disabled);
    return this;
  }

  setTooltip(tooltip: string, options?: Obsidian.TooltipOptions): this {
    setTooltip(this.extraSettingsEl, tooltip, options);
    return this;
  }

  setIcon(icon: Obsidian.IconName): this {
    setIcon(this.extraSettingsEl, icon);
    return this;
  }

  onClick(callback: () => unknown): this {
    this.#callback = callback;
    return this;
  }
}

/** A click on `toggleEl` flips it. Like Obsidian, `setValue` with a new value also calls `onChange`. */
export class ToggleComponent
  extends ValueComponent<boolean>
  implements ConformsTo<Obsidian.ToggleComponent, "toggleEl" | "setDisabled" | "getValue" | "setValue" | "setTooltip" | "onClick" | "onChange", ToggleComponent>
{
  toggleEl: HTMLElement;
  #on = false;
  #callback: ChangeCallback<boolean> = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
    this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
    this.toggleEl.addEventListener("click", () => this.onClick());
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.toggleEl.toggleClass("is-disabled", disabled);
    return this;
  }

  getValue(): boolean {
    return this.#on;
  }

  setValue(on: boolean): this {
    const changed = this.#on !== on;
    this.#on = on;
    this.toggleEl.toggleClass("is-enabled", on);
    const checkbox = this.toggleEl.find("input");
    if (checkbox) (checkbox as HTMLInputElement).checked = on;
    if (changed) this.#callback?.(on);
    return this;
  }

  setTooltip(tooltip: string, options?: Obsidian.TooltipOptions): this {
    setTooltip(this.toggleEl, tooltip, options);
    return this;
  }

  onClick(): void {
    if (!this.disabled) this.setValue(!this.#on);
  }

  onChange(callback: (value: boolean) => unknown): this {
    this.#callback = callback;
    return this;
  }
}

/** `onChange` fires on the select's "change" event. */
export class DropdownComponent
  extends ValueComponent<string>
  implements ConformsTo<Obsidian.DropdownComponent, "selectEl" | "setDisabled" | "addOption" | "addOptions" | "getValue" | "setValue" | "onChange", DropdownComponent>
{
  selectEl: HTMLSelectElement;
  #callback: ChangeCallback<string> = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
    this.selectEl.addEventListener("change", () => this.#callback?.(this.getValue()));
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.selectEl.disabled = disabled;
    return this;
  }

  addOption(value: string, display: string): this {
    const isFirst = this.selectEl.find("option") === null;
    this.selectEl.createEl("option", { value, text: display });
    // A real <select> starts on its first option; the stand-in needs to be told.
    if (isFirst) this.selectEl.value = value;
    return this;
  }

  addOptions(options: Record<string, string>): this {
    for (const [value, display] of Object.entries(options)) this.addOption(value, display);
    return this;
  }

  getValue(): string {
    return this.selectEl.value;
  }

  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }

  onChange(callback: (value: string) => unknown): this {
    this.#callback = callback;
    return this;
  }
}

/** `onChange` fires on "change", or on every "input" after `setInstant(true)`. */
export class SliderComponent
  extends ValueComponent<number>
  implements
    ConformsTo<
      Obsidian.SliderComponent,
      "sliderEl" | "setDisabled" | "setInstant" | "setLimits" | "getValue" | "setValue" | "getValuePretty" | "setDisplayFormat" | "setDynamicTooltip" | "onChange"
    , SliderComponent>
{
  sliderEl: HTMLInputElement;
  #instant = false;
  #format: (value: number) => string = String;
  #callback: ChangeCallback<number> = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider" });
    this.sliderEl.addEventListener("input", () => this.#instant && this.#callback?.(this.getValue()));
    this.sliderEl.addEventListener("change", () => !this.#instant && this.#callback?.(this.getValue()));
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.sliderEl.disabled = disabled;
    return this;
  }

  setInstant(instant: boolean): this {
    this.#instant = instant;
    return this;
  }

  setLimits(min: number | null, max: number | null, step: number | "any"): this {
    this.sliderEl.setAttrs({ min: min === null ? null : String(min), max: max === null ? null : String(max), step: String(step) });
    return this;
  }

  getValue(): number {
    return Number(this.sliderEl.value);
  }

  setValue(value: number): this {
    this.sliderEl.value = String(value);
    return this;
  }

  getValuePretty(): string {
    return this.#format(this.getValue());
  }

  setDisplayFormat(format: (value: number) => string): this {
    this.#format = format;
    return this;
  }

  setDynamicTooltip(): this {
    return this;
  }

  onChange(callback: (value: number) => unknown): this {
    this.#callback = callback;
    return this;
  }
}

/** Each Setting by its `settingEl`, so `findSetting` can get from the DOM back to the object. */
const settingsByElement = new WeakMap<HTMLElement, Setting>();

export class Setting
  implements
    ConformsTo<
      Obsidian.Setting,
      | "settingEl"
      | "infoEl"
      | "nameEl"
      | "descEl"
      | "controlEl"
      | "errorEl"
      | "setName"
      | "setDesc"
      | "setClass"
      | "setTooltip"
      | "setHeading"
      | "setDisabled"
      | "setErrorMessage"
      | "addButton"
      | "addExtraButton"
      | "addToggle"
      | "addText"
      | "addSearch"
      | "addTextArea"
      | "addDropdown"
      | "addSlider"
      | "addComponent"
      | "then"
      | "clear"
    , Setting>
{
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];
  errorEl: HTMLElement | null = null;

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: "setting-item" });
    this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
    this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
    this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
    this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
    settingsByElement.set(this.settingEl, this);
  }

  /** Fake-only: the name as plain text. */
  get name(): string {
    return this.nameEl.getText();
  }

  setName(name: string | DocumentFragment): this {
    this.nameEl.setText(name);
    return this;
  }

  setDesc(desc: string | DocumentFragment): this {
    this.descEl.setText(desc);
    return this;
  }

  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }

  setTooltip(tooltip: string, options?: Obsidian.TooltipOptions): this {
    setTooltip(this.nameEl, tooltip, options);
    return this;
  }

  setHeading(): this {
    this.settingEl.addClass("setting-item-heading");
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.settingEl.toggleClass("is-disabled", disabled);
    for (const component of this.components) component.setDisabled(disabled);
    return this;
  }

  setErrorMessage(message: string | null): this {
    this.errorEl?.detach();
    this.errorEl = message === null ? null : this.infoEl.createDiv({ cls: "setting-item-error", text: message });
    return this;
  }

  addButton(cb: (component: ButtonComponent) => unknown): this {
    return this.#add(new ButtonComponent(this.controlEl), cb);
  }

  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    return this.#add(new ExtraButtonComponent(this.controlEl), cb);
  }

  addToggle(cb: (component: ToggleComponent) => unknown): this {
    return this.#add(new ToggleComponent(this.controlEl), cb);
  }

  addText(cb: (component: TextComponent) => unknown): this {
    return this.#add(new TextComponent(this.controlEl), cb);
  }

  addSearch(cb: (component: SearchComponent) => unknown): this {
    return this.#add(new SearchComponent(this.controlEl), cb);
  }

  addTextArea(cb: (component: TextAreaComponent) => unknown): this {
    return this.#add(new TextAreaComponent(this.controlEl), cb);
  }

  addDropdown(cb: (component: DropdownComponent) => unknown): this {
    return this.#add(new DropdownComponent(this.controlEl), cb);
  }

  addSlider(cb: (component: SliderComponent) => unknown): this {
    return this.#add(new SliderComponent(this.controlEl), cb);
  }

  addComponent<T extends Obsidian.BaseComponent>(cb: (el: HTMLElement) => T): this {
    this.components.push(cb(this.controlEl) as unknown as BaseComponent);
    return this;
  }

  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }

  clear(): this {
    this.controlEl.empty();
    this.components = [];
    return this;
  }

  #add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }
}

/** Test helper: the Settings rendered inside an element, in order. */
export function settingsIn(containerEl: HTMLElement): Setting[] {
  return containerEl.findAll(".setting-item").flatMap((el) => settingsByElement.get(el) ?? []);
}

/** Test helper: the Setting with this name inside an element; throws listing the names it saw. */
export function findSetting(containerEl: HTMLElement, name: string): Setting {
  const settings = settingsIn(containerEl);
  const found = settings.find((setting) => setting.name === name);
  if (!found) throw new Error(`No setting named "${name}"; found: ${settings.map((setting) => `"${setting.name}"`).join(", ")}`);
  return found;
}

type Enterable = Obsidian.BaseComponent | BaseComponent;

/**
 * Test helper: does what a user does to set a control's value, so its `onChange` runs as in
 * Obsidian: types into a text field ("input"), picks a dropdown option or moves a slider
 * ("change"/"input"), clicks a toggle if it is not already in that state.
 */
export function enterValue(component: Enterable, value: string | number | boolean): void {
  if (component instanceof ToggleComponent) {
    if (component.getValue() !== value) component.toggleEl.click();
  } else if (component instanceof AbstractTextComponent) {
    component.inputEl.value = String(value);
    component.inputEl.dispatchEvent(new Event("input"));
  } else if (component instanceof DropdownComponent) {
    component.selectEl.value = String(value);
    component.selectEl.dispatchEvent(new Event("change"));
  } else if (component instanceof SliderComponent) {
    component.sliderEl.value = String(value);
    component.sliderEl.dispatchEvent(new Event("input"));
    component.sliderEl.dispatchEvent(new Event("change"));
  } else {
    throw new Error(`enterValue: ${component.constructor.name} takes no value`);
  }
}

/** Test helper: clicks a button (does nothing if it is disabled, like a browser). */
export function clickButton(component: Obsidian.BaseComponent | BaseComponent): void {
  if (component instanceof ButtonComponent) component.buttonEl.click();
  else if (component instanceof ExtraButtonComponent) component.extraSettingsEl.click();
  else throw new Error(`clickButton: ${component.constructor.name} is not a button`);
}

// ---- modals ----

export class Modal
  implements
    ConformsTo<
      Obsidian.Modal,
      | "app"
      | "scope"
      | "containerEl"
      | "modalEl"
      | "titleEl"
      | "contentEl"
      | "shouldRestoreSelection"
      | "open"
      | "close"
      | "onOpen"
      | "onClose"
      | "setTitle"
      | "setContent"
      | "setCloseCallback"
    , Modal>
{
  app: App;
  scope: Scope;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = false;
  #isOpen = false;
  #closeCallback: (() => unknown) | null = null;

  constructor(app: App) {
    this.app = app;
    this.scope = new Scope(app.scope);
    this.containerEl = createDiv({ cls: "modal-container" });
    this.modalEl = this.containerEl.createDiv({ cls: "modal" });
    this.modalEl.createDiv({ cls: "modal-close-button" }).addEventListener("click", () => this.close());
    this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
    this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
    this.scope.register([], "Escape", () => {
      this.close();
      return false;
    });
  }

  /** Shows the modal (listed in `app.openModals`) and runs `onOpen`. */
  open(): void {
    if (this.#isOpen) return;
    this.#isOpen = true;
    if (hasRealDom()) document.body.appendChild(this.containerEl);
    this.app.keymap.pushScope(this.scope);
    this.app.openModals.push(this);
    Promise.resolve(this.onOpen()).catch(reportListenerError);
  }

  close(): void {
    if (!this.#isOpen) return;
    this.#isOpen = false;
    this.containerEl.detach();
    this.app.keymap.popScope(this.scope);
    this.app.openModals.splice(this.app.openModals.indexOf(this), 1);
    this.onClose();
    this.#closeCallback?.();
  }

  onOpen(): Promise<void> | void {}

  onClose(): void {}

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }

  setCloseCallback(callback: () => unknown): this {
    this.#closeCallback = callback;
    return this;
  }

  /** Fake-only: whether the modal is showing. */
  get isOpen(): boolean {
    return this.#isOpen;
  }
}

/** The suggestions each open SuggestModal shows, and the update that produced them. */
const suggestionState = new WeakMap<object, { items: unknown[]; update: Promise<void> }>();

/**
 * Typing in `inputEl` recomputes the suggestions, rendered one `.suggestion-item` each; clicking
 * one chooses it. As in Obsidian, choosing closes the modal first, then calls `onChooseSuggestion`.
 */
export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;

  constructor(app: App) {
    super(app);
    this.modalEl.addClass("prompt");
    this.inputEl = this.modalEl.createDiv({ cls: "prompt-input-container" }).createEl("input", { cls: "prompt-input", type: "text" });
    this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
    this.inputEl.addEventListener("input", () => void this.#updateSuggestions());
    this.scope.register([], "Enter", (evt) => {
      this.selectActiveSuggestion(evt);
      return false;
    });
  }

  override open(): void {
    super.open();
    void this.#updateSuggestions();
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(instructions: Obsidian.Instruction[]): void {
    this.modalEl.find(".prompt-instructions")?.detach();
    const list = this.modalEl.createDiv({ cls: "prompt-instructions" });
    for (const { command, purpose } of instructions) {
      list.createDiv({ cls: "prompt-instruction" }, (el) => {
        el.createSpan({ cls: "prompt-instruction-command", text: command });
        el.createSpan({ text: purpose });
      });
    }
  }

  onNoSuggestion(): void {
    this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const [first] = (suggestionState.get(this)?.items ?? []) as T[];
    if (first !== undefined) this.selectSuggestion(first, evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;

  abstract renderSuggestion(value: T, el: HTMLElement): void;

  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  /** Recomputes and renders the suggestions for the current query; the last update wins. */
  #updateSuggestions(): Promise<void> {
    const previous = suggestionState.get(this)?.items ?? [];
    const update: Promise<void> = Promise.resolve(this.getSuggestions(this.inputEl.value)).then((found) => {
      if (suggestionState.get(this)?.update !== update) return;
      const items = found.slice(0, this.limit);
      suggestionState.set(this, { items, update });
      this.#render(items);
    });
    suggestionState.set(this, { items: previous, update });
    return update;
  }

  #render(items: T[]): void {
    this.resultContainerEl.empty();
    if (items.length === 0) {
      this.onNoSuggestion();
      return;
    }
    for (const item of items) {
      const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
      this.renderSuggestion(item, el);
      el.addEventListener("click", (event) => this.selectSuggestion(item, event as MouseEvent));
    }
  }
}

/** Items matched against the query with prepareFuzzySearch, best first; an empty query lists every item. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<Obsidian.FuzzyMatch<T>> {
  getSuggestions(query: string): Obsidian.FuzzyMatch<T>[] {
    const items = this.getItems();
    if (query.trim() === "") return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
    const search = prepareFuzzySearch(query);
    return items
      .flatMap((item) => {
        const match = search(this.getItemText(item));
        return match ? [{ item, match }] : [];
      })
      .sort((a, b) => b.match.score - a.match.score);
  }

  renderSuggestion(value: Obsidian.FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(value.item));
  }

  onChooseSuggestion(item: Obsidian.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }

  abstract getItems(): T[];

  abstract getItemText(item: T): string;

  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

type AnySuggestModal<T> = Obsidian.SuggestModal<T> | SuggestModal<T>;

/** Test helper: types `query` (when given) into the modal and returns the suggestions it then shows. */
export async function suggestionsOf<T>(modal: AnySuggestModal<T>, query?: string): Promise<T[]> {
  const fake = modal as unknown as SuggestModal<T>;
  if (query !== undefined) {
    fake.inputEl.value = query;
    fake.inputEl.dispatchEvent(new Event("input"));
  }
  await suggestionState.get(fake)?.update;
  return (suggestionState.get(fake)?.items ?? []) as T[];
}

/** Test helper: chooses a shown suggestion (by index or predicate) as a click would. */
export async function chooseSuggestion<T>(modal: AnySuggestModal<T>, pick: number | ((item: T) => boolean)): Promise<T> {
  const items = await suggestionsOf(modal);
  const item = typeof pick === "number" ? items[pick] : items.find(pick);
  if (item === undefined) throw new Error(`chooseSuggestion: no such suggestion among ${items.length}`);
  (modal as unknown as SuggestModal<T>).selectSuggestion(item, new Event("click") as MouseEvent);
  return item;
}

/** Test helper for FuzzySuggestModal: chooses the item shown with this text, or the first one passing a predicate. */
export async function chooseItem<T>(
  modal: Obsidian.FuzzySuggestModal<T> | FuzzySuggestModal<T>,
  pick: string | ((item: T) => boolean),
): Promise<T> {
  const fake = modal as unknown as FuzzySuggestModal<T>;
  const matches = (match: Obsidian.FuzzyMatch<T>) => (typeof pick === "string" ? fake.getItemText(match.item) === pick : pick(match.item));
  const chosen = await chooseSuggestion(fake, matches);
  return chosen.item;
}

// ---- notices ----

const DEFAULT_NOTICE_MS = 5000;

/**
 * Notices are recorded: `Notice.messages` lists the text of every notice shown (and every
 * `setMessage`), oldest first; `Notice.visible` the ones not hidden. Call `Notice.reset()` between
 * tests. With a real DOM a notice hides itself after its duration; without one it stays, so
 * tests run no timers.
 */
export class Notice implements ConformsTo<Obsidian.Notice, "noticeEl" | "containerEl" | "messageEl" | "setMessage" | "hide", Notice> {
  static readonly #shown: Notice[] = [];
  static readonly #messages: string[] = [];
  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  /** Fake-only: the current text and the duration asked for. */
  message = "";
  readonly duration: number | undefined;
  hidden = false;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.duration = duration;
    this.containerEl = createDiv({ cls: "notice-container" });
    this.noticeEl = this.containerEl.createDiv({ cls: "notice" });
    this.messageEl = this.noticeEl.createDiv({ cls: "notice-message" });
    this.setMessage(message);
    Notice.#shown.push(this);
    if (hasRealDom()) {
      document.body.appendChild(this.containerEl);
      if (duration !== 0) setTimeout(() => this.hide(), duration ?? DEFAULT_NOTICE_MS);
    }
  }

  static get messages(): readonly string[] {
    return Notice.#messages;
  }

  static get visible(): readonly Notice[] {
    return Notice.#shown.filter((notice) => !notice.hidden);
  }

  static reset(): void {
    Notice.#shown.length = 0;
    Notice.#messages.length = 0;
  }

  setMessage(message: string | DocumentFragment): this {
    this.message = textOf(message);
    Notice.#messages.push(this.message);
    this.messageEl.setText(message);
    return this;
  }

  hide(): void {
    this.hidden = true;
    this.containerEl.detach();
  }
}
