/**
 * The helpers Obsidian adds to the DOM (the `declare global` block of obsidian.d.ts): `createEl`,
 * `setText`, `addClass`, `find`, ... on nodes, and the global `createEl`/`createDiv`/`createFragment`.
 *
 * One implementation serves both worlds: `installDomHelpers(window)` puts it on a real window's
 * prototypes (done automatically at import when a `document` exists, e.g. in the Chromium
 * harness), and the stand-in DOM always gets it, so code that builds UI runs in plain Node too.
 */
// DomElementInfo, SvgElementInfo and the helper methods' types are globals declared by obsidian.d.ts.
import type {} from "obsidian";
import { StandInElement, StandInFragment, StandInNode, standInDocument, standInWindow } from "./stand-in-dom";

type AttrValue = string | number | boolean | null;
type ElementOptions = DomElementInfo | string | undefined;
type Listener = (this: HTMLElement, event: Event, delegateTarget: HTMLElement) => unknown;

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

/** The document new elements belong to: the real one when there is a DOM, else the stand-in. */
export function currentDocument(): Document {
  return typeof document === "undefined" ? (standInDocument as unknown as Document) : document;
}

/** True when running with a real DOM (browser harness), false in plain Node. */
export function hasRealDom(): boolean {
  return typeof document !== "undefined";
}

function documentOf(node: Node): Document {
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument ?? currentDocument());
}

function setAttr(el: Element, name: string, value: AttrValue): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

function setText(el: Node, text: string | DocumentFragment): void {
  if (typeof text === "string") {
    el.textContent = text;
    return;
  }
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(text);
}

function splitClasses(cls: string | string[]): string[] {
  return (Array.isArray(cls) ? cls : [cls]).flatMap((name) => name.split(/\s+/)).filter(Boolean);
}

/** Obsidian's DomElementInfo, applied in the order Obsidian applies it (parent last). */
function applyElementInfo(el: HTMLElement | SVGElement, info: DomElementInfo | SvgElementInfo): void {
  if (info.cls) el.classList.add(...splitClasses(info.cls));
  if ("text" in info && info.text !== undefined) setText(el, info.text);
  for (const [name, value] of Object.entries(info.attr ?? {})) setAttr(el, name, value);
  if ("title" in info && info.title !== undefined) el.setAttribute("title", info.title);
  const formInfo = info as DomElementInfo;
  const formEl = el as HTMLInputElement & HTMLAnchorElement;
  if (formInfo.value !== undefined) formEl.value = formInfo.value;
  if (formInfo.type !== undefined) formEl.type = formInfo.type;
  if (formInfo.placeholder !== undefined) formEl.placeholder = formInfo.placeholder;
  if (formInfo.href !== undefined) formEl.href = formInfo.href;
  if (info.parent) {
    if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
    else info.parent.appendChild(el);
  }
}

function normalizeOptions<T extends object>(options: T | string | undefined): T {
  return (typeof options === "string" ? { cls: options } : { ...options }) as T;
}

function createElementIn<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  options?: ElementOptions,
  callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  applyElementInfo(el, normalizeOptions<DomElementInfo>(options));
  callback?.(el);
  return el;
}

function createSvgIn<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  options?: SvgElementInfo | string,
  callback?: (el: SVGElementTagNameMap[K]) => void,
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NAMESPACE, tag) as SVGElementTagNameMap[K];
  applyElementInfo(el, normalizeOptions<SvgElementInfo>(options));
  callback?.(el);
  return el;
}

/** `parent.createEl(...)`: the element is appended to (or, with `prepend`, inserted first in) `parent`. */
function createChild<K extends keyof HTMLElementTagNameMap>(
  parent: Node,
  tag: K,
  options?: ElementOptions,
  callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
  return createElementIn(documentOf(parent), tag, { ...normalizeOptions<DomElementInfo>(options), parent }, callback);
}

/** Methods Obsidian adds to `Node.prototype`. */
const nodeHelpers = {
  detach(this: Node): void {
    this.parentNode?.removeChild(this);
  },
  empty(this: Node): void {
    while (this.firstChild) this.removeChild(this.firstChild);
  },
  insertAfter<T extends Node>(this: Node, node: T, child: Node | null): T {
    return this.insertBefore(node, child ? child.nextSibling : this.firstChild);
  },
  indexOf(this: Node, other: Node): number {
    return Array.prototype.indexOf.call(this.childNodes, other);
  },
  setChildrenInPlace(this: Node, children: Node[]): void {
    while (this.firstChild) this.removeChild(this.firstChild);
    for (const child of children) this.appendChild(child);
  },
  appendText(this: Node, text: string): void {
    this.appendChild(documentOf(this).createTextNode(text));
  },
  instanceOf<T>(this: Node, type: new () => T): boolean {
    return this instanceof type;
  },
  createEl<K extends keyof HTMLElementTagNameMap>(
    this: Node,
    tag: K,
    options?: ElementOptions,
    callback?: (el: HTMLElementTagNameMap[K]) => void,
  ): HTMLElementTagNameMap[K] {
    return createChild(this, tag, options, callback);
  },
  createDiv(this: Node, options?: ElementOptions, callback?: (el: HTMLDivElement) => void): HTMLDivElement {
    return createChild(this, "div", options, callback);
  },
  createSpan(this: Node, options?: ElementOptions, callback?: (el: HTMLSpanElement) => void): HTMLSpanElement {
    return createChild(this, "span", options, callback);
  },
  createSvg<K extends keyof SVGElementTagNameMap>(
    this: Node,
    tag: K,
    options?: SvgElementInfo | string,
    callback?: (el: SVGElementTagNameMap[K]) => void,
  ): SVGElementTagNameMap[K] {
    return createSvgIn(documentOf(this), tag, { ...normalizeOptions<SvgElementInfo>(options), parent: this }, callback);
  },
};

/** The element and its ancestors, up to (not including) `stopAt`. */
function selfAndAncestors(el: Element, stopAt?: Element): Element[] {
  const chain: Element[] = [];
  for (let current: Element | null = el; current && current !== stopAt; current = current.parentElement) chain.push(current);
  return chain;
}

/** Methods Obsidian adds to `Element.prototype`. */
const elementHelpers = {
  getText(this: Element): string {
    return this.textContent ?? "";
  },
  setText(this: Element, text: string | DocumentFragment): void {
    setText(this, text);
  },
  addClass(this: Element, ...classes: string[]): void {
    this.classList.add(...splitClasses(classes));
  },
  addClasses(this: Element, classes: string[]): void {
    this.classList.add(...splitClasses(classes));
  },
  removeClass(this: Element, ...classes: string[]): void {
    this.classList.remove(...splitClasses(classes));
  },
  removeClasses(this: Element, classes: string[]): void {
    this.classList.remove(...splitClasses(classes));
  },
  toggleClass(this: Element, classes: string | string[], value: boolean): void {
    for (const cls of splitClasses(classes)) this.classList.toggle(cls, value);
  },
  hasClass(this: Element, cls: string): boolean {
    return this.classList.contains(cls);
  },
  setAttr(this: Element, name: string, value: AttrValue): void {
    setAttr(this, name, value);
  },
  setAttrs(this: Element, attributes: Record<string, AttrValue>): void {
    for (const [name, value] of Object.entries(attributes)) setAttr(this, name, value);
  },
  getAttr(this: Element, name: string): string | null {
    return this.getAttribute(name);
  },
  matchParent(this: Element, selector: string, lastParent?: Element): Element | null {
    return selfAndAncestors(this, lastParent).find((el) => el.matches(selector)) ?? null;
  },
  find(this: Element, selector: string): Element | null {
    return this.querySelector(selector);
  },
  findAll(this: Element, selector: string): HTMLElement[] {
    return Array.from(this.querySelectorAll<HTMLElement>(selector));
  },
  findAllSelf(this: Element, selector: string): HTMLElement[] {
    const found = Array.from(this.querySelectorAll<HTMLElement>(selector));
    return this.matches(selector) ? [this as HTMLElement, ...found] : found;
  },
  isActiveElement(this: Element): boolean {
    return typeof document !== "undefined" && document.activeElement === this;
  },
};

type DelegatedListeners = Record<string, { selector: string; listener: Listener; callback: EventListener }[]>;

/** Methods Obsidian adds to `HTMLElement.prototype`. */
const htmlElementHelpers = {
  show(this: HTMLElement): void {
    this.style.display = "";
  },
  hide(this: HTMLElement): void {
    this.style.display = "none";
  },
  toggle(this: HTMLElement, show: boolean): void {
    this.style.display = show ? "" : "none";
  },
  toggleVisibility(this: HTMLElement, visible: boolean): void {
    this.style.visibility = visible ? "" : "hidden";
  },
  isShown(this: HTMLElement): boolean {
    return this.style.display !== "none";
  },
  setCssStyles(this: HTMLElement, styles: Partial<CSSStyleDeclaration>): void {
    Object.assign(this.style, styles);
  },
  setCssProps(this: HTMLElement, props: Record<string, string>): void {
    for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
  },
  onClickEvent(this: HTMLElement, listener: (this: HTMLElement, ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions): void {
    this.addEventListener("click", listener, options);
    this.addEventListener("auxclick", listener, options);
  },
  /** Delegated listener: fires for events whose target is inside an element matching `selector`. */
  on(this: HTMLElement, type: string, selector: string, listener: Listener, options?: boolean | AddEventListenerOptions): void {
    const callback = (event: Event): void => {
      const target = event.target as Element | null;
      const delegate = target && typeof target.closest === "function" ? target.closest(selector) : null;
      if (delegate && this.contains(delegate)) listener.call(this, event, delegate as HTMLElement);
    };
    const registry = ((this as unknown as { _EVENTS?: DelegatedListeners })._EVENTS ??= {});
    (registry[type] ??= []).push({ selector, listener, callback });
    this.addEventListener(type, callback, options);
  },
  off(this: HTMLElement, type: string, selector: string, listener: Listener, options?: boolean | AddEventListenerOptions): void {
    const registered = (this as unknown as { _EVENTS?: DelegatedListeners })._EVENTS?.[type] ?? [];
    const index = registered.findIndex((entry) => entry.selector === selector && entry.listener === listener);
    if (index < 0) return;
    const [entry] = registered.splice(index, 1);
    if (entry) this.removeEventListener(type, entry.callback, options);
  },
  trigger(this: HTMLElement, eventType: string): void {
    this.dispatchEvent(new Event(eventType, { bubbles: true, cancelable: true }));
  },
};

const fragmentHelpers = {
  find(this: DocumentFragment, selector: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(selector);
  },
  findAll(this: DocumentFragment, selector: string): HTMLElement[] {
    return Array.from(this.querySelectorAll<HTMLElement>(selector));
  },
};

/** The global functions Obsidian defines, bound to one document. */
export function domGlobals(doc: Document = currentDocument()) {
  return {
    createEl: <K extends keyof HTMLElementTagNameMap>(
      tag: K,
      options?: ElementOptions,
      callback?: (el: HTMLElementTagNameMap[K]) => void,
    ): HTMLElementTagNameMap[K] => createElementIn(doc, tag, options, callback),
    createDiv: (options?: ElementOptions, callback?: (el: HTMLDivElement) => void): HTMLDivElement =>
      createElementIn(doc, "div", options, callback),
    createSpan: (options?: ElementOptions, callback?: (el: HTMLSpanElement) => void): HTMLSpanElement =>
      createElementIn(doc, "span", options, callback),
    createSvg: <K extends keyof SVGElementTagNameMap>(
      tag: K,
      options?: SvgElementInfo | string,
      callback?: (el: SVGElementTagNameMap[K]) => void,
    ): SVGElementTagNameMap[K] => createSvgIn(doc, tag, options, callback),
    createFragment: (callback?: (el: DocumentFragment) => void): DocumentFragment => {
      const fragment = doc.createDocumentFragment();
      callback?.(fragment);
      return fragment;
    },
  };
}

function defineMethods(target: object, methods: object): void {
  for (const [name, value] of Object.entries(methods)) {
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  }
}

/** Installs Obsidian's DOM helpers on a real window (its prototypes and globals). Idempotent. */
export function installDomHelpers(win: Window & typeof globalThis): void {
  defineMethods(win.Node.prototype, nodeHelpers);
  defineMethods(win.Element.prototype, elementHelpers);
  defineMethods(win.HTMLElement.prototype, htmlElementHelpers);
  defineMethods(win.DocumentFragment.prototype, fragmentHelpers);
  defineMethods(win, domGlobals(win.document));
  // Obsidian's globals for "the window the user is looking at"; the harness has just the one.
  if (!Object.prototype.hasOwnProperty.call(win, "activeDocument")) {
    defineMethods(win, { activeDocument: win.document, activeWindow: win });
  }
}

/**
 * Gives a global object without a DOM (plain Node, or a `vm` context) Obsidian's globals:
 * `createEl`/`createDiv`/`createSpan`/`createSvg`/`createFragment` building stand-in elements,
 * stand-in `activeDocument`/`activeWindow`, and `window` as that same stand-in, because plugins
 * commonly write `window.setTimeout` to get a numeric id. Never `document`: code that checks for
 * one must still see that there is no DOM. Names already present are left alone.
 */
export function installStandInGlobals(target: object = globalThis): void {
  const globals = {
    ...domGlobals(standInDocument as unknown as Document),
    activeDocument: standInDocument,
    activeWindow: standInWindow,
    window: standInWindow,
  };
  defineMethods(target, Object.fromEntries(Object.entries(globals).filter(([name]) => !(name in target))));
}

defineMethods(StandInNode.prototype, nodeHelpers);
defineMethods(StandInElement.prototype, { ...elementHelpers, ...htmlElementHelpers });
defineMethods(StandInFragment.prototype, fragmentHelpers);

// `document` decides: without one, `window` may be the stand-in installed here.
if (typeof document !== "undefined") installDomHelpers(window);
else installStandInGlobals();

/** createEl & co. for the fake's own UI classes: real elements with a DOM, stand-ins without. */
export const createEl = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options?: ElementOptions,
  callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] => createElementIn(currentDocument(), tag, options, callback);

export const createDiv = (options?: ElementOptions, callback?: (el: HTMLDivElement) => void): HTMLDivElement =>
  createEl("div", options, callback);

export const createSpan = (options?: ElementOptions, callback?: (el: HTMLSpanElement) => void): HTMLSpanElement =>
  createEl("span", options, callback);

export const createFragment = (callback?: (el: DocumentFragment) => void): DocumentFragment =>
  domGlobals(currentDocument()).createFragment(callback);

/** The visible text of a notice/setting message given as a string or a fragment. */
export function textOf(message: string | DocumentFragment | null | undefined): string {
  if (message === null || message === undefined) return "";
  return typeof message === "string" ? message : (message.textContent ?? "");
}
