/**
 * A tiny element tree used by the fake's UI classes when there is no DOM (vitest's default
 * "node" environment, or a `vm` context). It covers what Obsidian plugins do to elements they
 * build (create children, set text/classes/attributes, listen for clicks and input) so a view,
 * modal or settings tab can be rendered and inspected in Node. It is not a browser: no layout,
 * no HTML parsing, and events do not bubble.
 *
 * Obsidian's own helpers (createEl, setText, addClass, ...) are installed on these classes by
 * dom.ts, exactly as on the real DOM, so both paths share one implementation.
 */

/** Node 20 and browsers have EventTarget; a class that lacks it still imports without one. */
const EventTargetBase: typeof EventTarget =
  typeof EventTarget === "function" ? EventTarget : (class {} as unknown as typeof EventTarget);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

export class StandInNode extends EventTargetBase {
  readonly nodeType: number;
  readonly nodeName: string;
  parentNode: StandInNode | null = null;
  readonly childNodes: StandInNode[] = [];

  constructor(nodeType: number, nodeName: string) {
    super();
    this.nodeType = nodeType;
    this.nodeName = nodeName;
  }

  get ownerDocument(): StandInDocument {
    return standInDocument;
  }

  get parentElement(): StandInElement | null {
    return this.parentNode instanceof StandInElement ? this.parentNode : null;
  }

  get firstChild(): StandInNode | null {
    return this.childNodes[0] ?? null;
  }

  get lastChild(): StandInNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }

  get nextSibling(): StandInNode | null {
    return this.siblingAt(1);
  }

  get previousSibling(): StandInNode | null {
    return this.siblingAt(-1);
  }

  get children(): StandInElement[] {
    return this.childNodes.filter((node): node is StandInElement => node instanceof StandInElement);
  }

  get firstElementChild(): StandInElement | null {
    return this.children[0] ?? null;
  }

  get childElementCount(): number {
    return this.children.length;
  }

  get isConnected(): boolean {
    return false;
  }

  get textContent(): string {
    return this.childNodes.map((node) => node.textContent).join("");
  }

  set textContent(text: string | null) {
    this.replaceChildren();
    if (text) this.appendChild(new StandInText(text));
  }

  appendChild<T extends StandInNode>(node: T): T {
    return this.insertBefore(node, null);
  }

  /** Like the DOM: inserting a fragment moves its children; inserting an attached node moves it. */
  insertBefore<T extends StandInNode>(node: T, reference: StandInNode | null): T {
    const incoming = node.nodeType === DOCUMENT_FRAGMENT_NODE ? [...node.childNodes] : [node];
    for (const child of incoming) {
      child.parentNode?.removeChild(child);
      const index = reference ? this.childNodes.indexOf(reference) : -1;
      if (index < 0) this.childNodes.push(child);
      else this.childNodes.splice(index, 0, child);
      child.parentNode = this;
    }
    return node;
  }

  removeChild<T extends StandInNode>(node: T): T {
    const index = this.childNodes.indexOf(node);
    if (index < 0) throw new Error("removeChild: the node is not a child of this node");
    this.childNodes.splice(index, 1);
    node.parentNode = null;
    return node;
  }

  remove(): void {
    this.parentNode?.removeChild(this);
  }

  append(...nodes: (StandInNode | string)[]): void {
    for (const node of nodes) this.appendChild(toNode(node));
  }

  prepend(...nodes: (StandInNode | string)[]): void {
    const first = this.firstChild;
    for (const node of nodes) this.insertBefore(toNode(node), first);
  }

  replaceChildren(...nodes: (StandInNode | string)[]): void {
    for (const child of [...this.childNodes]) this.removeChild(child);
    this.append(...nodes);
  }

  contains(other: StandInNode | null): boolean {
    for (let node = other; node; node = node.parentNode) if (node === this) return true;
    return false;
  }

  querySelector(selector: string): StandInElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }

  querySelectorAll(selector: string): StandInElement[] {
    const matcher = compileSelector(selector);
    return descendantsOf(this).filter((element) => matcher(element));
  }

  private siblingAt(step: number): StandInNode | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    return siblings[siblings.indexOf(this) + step] ?? null;
  }
}

export class StandInText extends StandInNode {
  data: string;

  constructor(data: string) {
    super(TEXT_NODE, "#text");
    this.data = data;
  }

  override get textContent(): string {
    return this.data;
  }

  override set textContent(text: string | null) {
    this.data = text ?? "";
  }
}

export class StandInFragment extends StandInNode {
  constructor() {
    super(DOCUMENT_FRAGMENT_NODE, "#document-fragment");
  }
}

/** `el.style`: enough for show/hide and setCssStyles. */
class StandInStyle {
  [property: string]: unknown;

  setProperty(name: string, value: string): void {
    this[name] = value;
  }

  getPropertyValue(name: string): string {
    const value = this[name];
    return typeof value === "string" ? value : "";
  }

  removeProperty(name: string): string {
    const previous = this.getPropertyValue(name);
    delete this[name];
    return previous;
  }
}

class StandInClassList {
  constructor(private readonly element: StandInElement) {}

  private get names(): string[] {
    return (this.element.getAttribute("class") ?? "").split(/\s+/).filter(Boolean);
  }

  private set names(names: string[]) {
    this.element.setAttribute("class", [...new Set(names)].join(" "));
  }

  get length(): number {
    return this.names.length;
  }

  add(...classes: string[]): void {
    this.names = [...this.names, ...classes];
  }

  remove(...classes: string[]): void {
    this.names = this.names.filter((name) => !classes.includes(name));
  }

  contains(cls: string): boolean {
    return this.names.includes(cls);
  }

  toggle(cls: string, force?: boolean): boolean {
    const on = force ?? !this.contains(cls);
    if (on) this.add(cls);
    else this.remove(cls);
    return on;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.names[Symbol.iterator]();
  }
}

export class StandInElement extends StandInNode {
  readonly tagName: string;
  readonly localName: string;
  readonly classList = new StandInClassList(this);
  readonly style = new StandInStyle();
  readonly #attributes = new Map<string, string>();
  /** Form state is a property, not an attribute, as in the DOM. */
  value = "";
  checked = false;

  constructor(tag: string) {
    super(ELEMENT_NODE, tag.toUpperCase());
    this.tagName = tag.toUpperCase();
    this.localName = tag.toLowerCase();
  }

  getAttribute(name: string): string | null {
    return this.#attributes.get(name.toLowerCase()) ?? null;
  }

  setAttribute(name: string, value: string): void {
    this.#attributes.set(name.toLowerCase(), String(value));
  }

  removeAttribute(name: string): void {
    this.#attributes.delete(name.toLowerCase());
  }

  hasAttribute(name: string): boolean {
    return this.#attributes.has(name.toLowerCase());
  }

  toggleAttribute(name: string, force?: boolean): boolean {
    const on = force ?? !this.hasAttribute(name);
    if (on) this.setAttribute(name, "");
    else this.removeAttribute(name);
    return on;
  }

  getAttributeNames(): string[] {
    return [...this.#attributes.keys()];
  }

  get className(): string {
    return this.getAttribute("class") ?? "";
  }

  set className(value: string) {
    this.setAttribute("class", value);
  }

  get id(): string {
    return this.getAttribute("id") ?? "";
  }

  set id(value: string) {
    this.setAttribute("id", value);
  }

  get title(): string {
    return this.getAttribute("title") ?? "";
  }

  set title(value: string) {
    this.setAttribute("title", value);
  }

  get href(): string {
    return this.getAttribute("href") ?? "";
  }

  set href(value: string) {
    this.setAttribute("href", value);
  }

  get type(): string {
    return this.getAttribute("type") ?? "";
  }

  set type(value: string) {
    this.setAttribute("type", value);
  }

  get placeholder(): string {
    return this.getAttribute("placeholder") ?? "";
  }

  set placeholder(value: string) {
    this.setAttribute("placeholder", value);
  }

  get disabled(): boolean {
    return this.hasAttribute("disabled");
  }

  set disabled(value: boolean) {
    this.toggleAttribute("disabled", value);
  }

  get innerText(): string {
    return this.textContent;
  }

  set innerText(text: string) {
    this.textContent = text;
  }

  matches(selector: string): boolean {
    return compileSelector(selector)(this);
  }

  closest(selector: string): StandInElement | null {
    const matcher = compileSelector(selector);
    return selfAndAncestors(this).find(matcher) ?? null;
  }

  /** Dispatches a plain `click` Event (Node has no MouseEvent); listeners get it as their `evt`. */
  click(): void {
    this.dispatchEvent(new Event("click", { bubbles: true, cancelable: true }));
  }

  focus(): void {}

  blur(): void {}

  select(): void {}
}

/** `activeDocument` without a DOM: creates stand-in nodes and takes event listeners. */
export class StandInDocument extends EventTargetBase {
  readonly nodeType = 9;
  readonly body = new StandInElement("body");
  readonly activeElement = null;

  querySelector(selector: string): StandInElement | null {
    return this.body.matches(selector) ? this.body : this.body.querySelector(selector);
  }

  querySelectorAll(selector: string): StandInElement[] {
    return this.body.querySelectorAll(selector);
  }

  createElement(tag: string): StandInElement {
    return new StandInElement(tag);
  }

  /** SVG elements are plain stand-in elements: nothing here renders. */
  createElementNS(_namespace: string, tag: string): StandInElement {
    return new StandInElement(tag);
  }

  createTextNode(text: string): StandInText {
    return new StandInText(text);
  }

  createDocumentFragment(): StandInFragment {
    return new StandInFragment();
  }
}

export const standInDocument = new StandInDocument();

/**
 * `window`/`activeWindow` without a DOM: takes event listeners and forwards timers to the host's
 * (looked up at each call, so vitest's fake timers apply), so `window.setTimeout(...)`,
 * `this.registerInterval(window.setInterval(...))` and `registerDomEvent(window, ...)` work.
 */
export class StandInWindow extends EventTargetBase {
  readonly document = standInDocument;
  get activeDocument(): StandInDocument {
    return standInDocument;
  }
  get activeWindow(): StandInWindow {
    return this;
  }
  setTimeout = (handler: () => void, timeout?: number): number => setTimeout(handler, timeout) as unknown as number;
  clearTimeout = (id?: number): void => clearTimeout(id);
  setInterval = (handler: () => void, timeout?: number): number => setInterval(handler, timeout) as unknown as number;
  clearInterval = (id?: number): void => clearInterval(id);
  requestAnimationFrame = (callback: (time: number) => void): number => setTimeout(() => callback(Date.now()), 16) as unknown as number;
  cancelAnimationFrame = (id: number): void => clearTimeout(id);
  sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
}

export const standInWindow = new StandInWindow();

function toNode(node: StandInNode | string): StandInNode {
  return typeof node === "string" ? new StandInText(node) : node;
}

function selfAndAncestors(element: StandInElement): StandInElement[] {
  const chain: StandInElement[] = [];
  for (let current: StandInElement | null = element; current; current = current.parentElement) chain.push(current);
  return chain;
}

function descendantsOf(root: StandInNode): StandInElement[] {
  const found: StandInElement[] = [];
  const visit = (node: StandInNode): void => {
    for (const child of node.children) {
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

// ---- selectors: tag, #id, .class, [attr], [attr=value], descendant " " and child ">" ----

type ElementTest = (element: StandInElement) => boolean;

interface CompoundStep {
  test: ElementTest;
  /** How this compound relates to the one before it. */
  combinator: " " | ">";
}

function compileSelector(selectorList: string): ElementTest {
  const alternatives = selectorList.split(",").map((selector) => compileComplex(selector.trim()));
  return (element) => alternatives.some((matches) => matches(element));
}

function compileComplex(selector: string): ElementTest {
  const tokens = selector.replace(/\s*>\s*/g, " > ").split(/\s+/).filter(Boolean);
  const steps: CompoundStep[] = [];
  let combinator: " " | ">" = " ";
  for (const token of tokens) {
    if (token === ">") {
      combinator = ">";
      continue;
    }
    steps.push({ test: compileCompound(token, selector), combinator });
    combinator = " ";
  }
  if (steps.length === 0) throw new Error(`Unsupported selector: "${selector}"`);
  return (element) => matchesSteps(element, steps, steps.length - 1);
}

/** Matches right to left, as browsers do. */
function matchesSteps(element: StandInElement, steps: CompoundStep[], index: number): boolean {
  const step = steps[index];
  if (!step || !step.test(element)) return false;
  if (index === 0) return true;
  if (step.combinator === ">") {
    const parent = element.parentElement;
    return parent !== null && matchesSteps(parent, steps, index - 1);
  }
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (matchesSteps(ancestor, steps, index - 1)) return true;
  }
  return false;
}

const COMPOUND_PART = /^(?:\*|[a-zA-Z][\w-]*|#[\w-]+|\.[\w-]+|\[[\w-]+(?:[~^$*|]?=(?:"[^"]*"|'[^']*'|[^\]]*))?\])/;

function compileCompound(compound: string, wholeSelector: string): ElementTest {
  const tests: ElementTest[] = [];
  let rest = compound;
  while (rest) {
    const part = COMPOUND_PART.exec(rest)?.[0];
    if (!part) throw new Error(`Unsupported selector for the stand-in DOM: "${wholeSelector}"`);
    tests.push(compilePart(part));
    rest = rest.slice(part.length);
  }
  return (element) => tests.every((test) => test(element));
}

function compilePart(part: string): ElementTest {
  if (part === "*") return () => true;
  if (part.startsWith("#")) return (element) => element.id === part.slice(1);
  if (part.startsWith(".")) return (element) => element.classList.contains(part.slice(1));
  if (part.startsWith("[")) return compileAttributeTest(part.slice(1, -1));
  return (element) => element.localName === part.toLowerCase();
}

function compileAttributeTest(body: string): ElementTest {
  const match = /^([\w-]+)(?:([~^$*|]?)=(.*))?$/.exec(body);
  if (!match) throw new Error(`Unsupported attribute selector: [${body}]`);
  const [, name = "", operator = "", rawValue] = match;
  if (rawValue === undefined) return (element) => element.hasAttribute(name);
  const expected = rawValue.replace(/^(["'])(.*)\1$/, "$2");
  const compare: Record<string, (actual: string) => boolean> = {
    "": (actual) => actual === expected,
    "~": (actual) => actual.split(/\s+/).includes(expected),
    "^": (actual) => actual.startsWith(expected),
    $: (actual) => actual.endsWith(expected),
    "*": (actual) => actual.includes(expected),
    "|": (actual) => actual === expected || actual.startsWith(`${expected}-`),
  };
  const test = compare[operator] ?? compare[""]!;
  return (element) => {
    const actual = element.getAttribute(name);
    return actual !== null && test(actual);
  };
}
