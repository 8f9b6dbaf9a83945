import { Modal, type App } from "obsidian";
import type { RapportApp } from "../obsidian/rapport-app";
import { previewLines, type MergePlan } from "../core/merge";
import { describeFailure, undoLast } from "./actions";
import { noticeWithUndo } from "./notices";

/**
 * The preview every merge shows first: the survivor's new text as a diff, and how many links and notes will
 * change. Nothing is written until the user presses Merge; the survivor can be swapped here.
 */
export class MergePreviewModal extends Modal {
  private plan?: MergePlan;

  constructor(
    app: App,
    private readonly rapport: RapportApp,
    private keep: string,
    private drop: string,
    private readonly onDone: (merged: boolean) => void = () => {},
  ) {
    super(app);
  }

  override onOpen(): void {
    this.modalEl.addClass("rapport-merge-modal");
    void this.load();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private async load(): Promise<void> {
    const { contentEl } = this;
    contentEl.empty();
    this.setTitle("Merge people notes");
    contentEl.createDiv({ text: "Preparing the preview…", cls: "rapport-empty" });
    try {
      this.plan = await this.rapport.planMerge(this.keep, this.drop);
      this.draw(this.plan);
    } catch (error) {
      contentEl.empty();
      contentEl.createDiv({ text: describeFailure(error), cls: "rapport-error" });
    }
  }

  private draw(plan: MergePlan): void {
    const { contentEl } = this;
    contentEl.empty();
    const title = (path: string) => this.rapport.index.record(path)?.title ?? path;
    const summary = contentEl.createDiv({ cls: "rapport-merge-summary" });
    summary.createEl("p", { text: `Keep “${title(this.keep)}” and merge “${title(this.drop)}” into it.` });
    const others = plan.notesChanged.filter((path) => path !== this.keep && path !== this.drop);
    summary.createEl("p", {
      text: `${plan.linkCount} ${plan.linkCount === 1 ? "link" : "links"} in ${others.length} other ${others.length === 1 ? "note" : "notes"} will point to “${title(this.keep)}”. “${title(this.drop)}” will be moved to the trash. Undo puts everything back.`,
    });
    renderDiff(contentEl.createDiv({ cls: "rapport-diff", attr: { "aria-label": "Changes to the kept note" } }), plan.survivorBefore, plan.survivorAfter);
    const actions = contentEl.createDiv({ cls: "rapport-actions" });
    const swap = actions.createEl("button", { text: `Keep “${title(this.drop)}” instead` });
    swap.addEventListener("click", () => {
      [this.keep, this.drop] = [this.drop, this.keep];
      void this.load();
    });
    actions.createEl("button", { text: "Cancel" }).addEventListener("click", () => this.close());
    const merge = actions.createEl("button", { text: "Merge", cls: "mod-cta" });
    merge.addEventListener("click", () => void this.apply(plan));
    merge.focus();
  }

  private async apply(plan: MergePlan): Promise<void> {
    try {
      await this.rapport.apply(plan.changeSet);
      this.close();
      noticeWithUndo(`Merged “${this.drop.replace(/^.*\//, "").replace(/\.md$/, "")}” into “${this.keep.replace(/^.*\//, "").replace(/\.md$/, "")}”.`, () => void undoLast(this.rapport));
      this.onDone(true);
    } catch (error) {
      this.contentEl.createDiv({ text: describeFailure(error), cls: "rapport-error" });
    }
  }
}

/** Changed lines with a few lines of context around them, marked added or removed. */
export function renderDiff(container: HTMLElement, before: string, after: string, context = 2): void {
  const lines = previewLines(before, after);
  const nearChange = lines.map((_, index) =>
    lines.slice(Math.max(0, index - context), index + context + 1).some((line) => line.kind !== "unchanged"),
  );
  let skipped = 0;
  const flushSkipped = () => {
    if (skipped > 0) container.createDiv({ text: `  … ${skipped} unchanged ${skipped === 1 ? "line" : "lines"}`, cls: "rapport-muted" });
    skipped = 0;
  };
  lines.forEach((line, index) => {
    if (!nearChange[index]) {
      skipped++;
      return;
    }
    flushSkipped();
    const marker = line.kind === "added" ? "+" : line.kind === "removed" ? "-" : " ";
    const cls = line.kind === "added" ? "rapport-diff-added" : line.kind === "removed" ? "rapport-diff-removed" : "rapport-diff-context";
    container.createDiv({ text: `${marker} ${line.text}`, cls });
  });
  flushSkipped();
}
