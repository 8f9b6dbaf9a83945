import { Modal, type App } from "obsidian";
import type { DupeGroup } from "../core/dupes/find";
import type { RapportApp } from "../obsidian/rapport-app";
import { MergePreviewModal } from "./merge-preview-modal";
import { distinctTitles } from "./panel/render-parts";

/**
 * Reviews near-duplicate people, best first. Each group shows its score, its reasons and the notes side by
 * side; Merge opens the merge preview, "Not the same person" is remembered, Skip moves on.
 * Keyboard: ↑/↓ or j/k choose a group, m merges, n marks "not the same person", s skips.
 */
export class DedupeModal extends Modal {
  private groups: DupeGroup[] = [];
  private selected = 0;
  private listEl?: HTMLElement;
  private detailEl?: HTMLElement;

  constructor(
    app: App,
    private readonly rapport: RapportApp,
    /** Show only groups that contain all of these notes (from the panel's Review button). */
    private readonly focus: string[] = [],
  ) {
    super(app);
  }

  override onOpen(): void {
    this.modalEl.addClass("rapport-review-modal");
    this.setTitle("Dedupe people notes");
    this.registerKeys();
    void this.scan();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private async scan(): Promise<void> {
    const status = this.contentEl.createDiv({ text: "Scanning people notes…", cls: "rapport-empty rapport-progress" });
    const groups = await this.rapport.duplicates.groups((done, total) => status.setText(`Scanning people notes… ${Math.round((done / Math.max(total, 1)) * 100)}%`));
    this.groups = groups.filter((group) => this.focus.every((path) => group.notes.includes(path)));
    this.selected = 0;
    this.draw();
  }

  private draw(): void {
    const { contentEl } = this;
    contentEl.empty();
    if (this.groups.length === 0) {
      contentEl.createDiv({ text: "No near-duplicate people found.", cls: "rapport-empty" });
      return;
    }
    contentEl.createDiv({ text: `${this.groups.length} possible ${this.groups.length === 1 ? "duplicate" : "duplicates"}. Keys: ↑ ↓ choose, m merge, n not the same person, s skip.`, cls: "rapport-muted" });
    this.listEl = contentEl.createDiv({ cls: "rapport-groups", attr: { role: "listbox", "aria-label": "Possible duplicates" } });
    this.groups.forEach((group, index) => this.drawGroup(this.listEl!, group, index));
    void this.drawDetail();
  }

  private drawGroup(parent: HTMLElement, group: DupeGroup, index: number): void {
    const item = parent.createDiv({ cls: "rapport-group", attr: { role: "option", tabindex: "0", "aria-selected": String(index === this.selected) } });
    item.toggleClass("is-selected", index === this.selected);
    item.createSpan({ text: `${Math.round(group.score * 100)}% · ${group.band}`, cls: "rapport-score" });
    item.createEl("strong", { text: distinctTitles(group.notes.map((path) => ({ path, title: this.title(path) }))).join("  ~  ") });
    const reasons = item.createEl("ul", { cls: "rapport-reasons" });
    for (const reason of group.reasons) reasons.createEl("li", { text: reason });
    if (index === this.selected) {
      this.detailEl = item.createDiv({ cls: "rapport-group-detail" });
      this.drawActions(item, group);
    }
    item.addEventListener("click", () => this.select(index));
  }

  private drawActions(item: HTMLElement, group: DupeGroup): void {
    const actions = item.createDiv({ cls: "rapport-actions" });
    actions.createEl("button", { text: "Skip" }).addEventListener("click", (event) => {
      event.stopPropagation();
      this.skip();
    });
    actions.createEl("button", { text: "Not the same person" }).addEventListener("click", (event) => {
      event.stopPropagation();
      void this.notSame(group);
    });
    const merge = actions.createEl("button", { text: "Merge…", cls: "mod-cta" });
    merge.addEventListener("click", (event) => {
      event.stopPropagation();
      void this.merge(group);
    });
  }

  /** The selected group's notes side by side, so a person can judge before merging. */
  private async drawDetail(): Promise<void> {
    const group = this.groups[this.selected];
    const detail = this.detailEl;
    if (!group || !detail) return;
    detail.empty();
    const columns = detail.createDiv({ cls: "rapport-side-by-side" });
    const texts = await Promise.all(group.notes.slice(0, 2).map((path) => this.rapport.notes.read(path)));
    group.notes.slice(0, 2).forEach((path, index) => {
      const column = columns.createDiv({ cls: "rapport-side" });
      column.createEl("h5", { text: path });
      column.createEl("pre", { text: (texts[index] ?? "").slice(0, 4000) });
    });
  }

  private select(index: number): void {
    if (this.groups.length === 0) return;
    this.selected = Math.max(0, Math.min(this.groups.length - 1, index));
    this.draw();
    (this.listEl?.children[this.selected] as HTMLElement | undefined)?.focus();
  }

  private skip(): void {
    this.select(this.selected + 1);
  }

  private async notSame(group: DupeGroup): Promise<void> {
    const [first, ...rest] = group.notes;
    for (const other of rest) if (first) await this.rapport.markNotSamePerson(first, other);
    this.groups.splice(this.groups.indexOf(group), 1);
    this.select(this.selected);
  }

  private async merge(group: DupeGroup): Promise<void> {
    const [keep, drop] = await this.rapport.suggestSurvivor(group.notes);
    if (!keep || !drop) return;
    new MergePreviewModal(this.app, this.rapport, keep, drop, (merged) => {
      if (!merged) return;
      this.groups.splice(this.groups.indexOf(group), 1);
      this.select(this.selected);
    }).open();
  }

  private registerKeys(): void {
    const key = (keys: string[], action: () => void) => keys.forEach((name) => this.scope.register([], name, (event) => {
      if ((event.target as HTMLElement | null)?.tagName === "INPUT") return true;
      action();
      return false;
    }));
    key(["ArrowDown", "j"], () => this.select(this.selected + 1));
    key(["ArrowUp", "k"], () => this.select(this.selected - 1));
    key(["s"], () => this.skip());
    key(["n"], () => {
      const group = this.groups[this.selected];
      if (group) void this.notSame(group);
    });
    key(["m"], () => {
      const group = this.groups[this.selected];
      if (group) void this.merge(group);
    });
  }

  private title(path: string): string {
    return this.rapport.index.record(path)?.title ?? path;
  }
}
