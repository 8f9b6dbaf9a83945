import { ItemView, type WorkspaceLeaf } from "obsidian";
import { meetingSummary, personSummary, projectSummary } from "../core/relationships/summaries";
import type { RapportApp } from "../obsidian/rapport-app";
import { openDuplicateReview } from "./actions";
import type { PanelActions } from "./panel/render-parts";
import { renderMeeting } from "./panel/render-meeting";
import { renderPerson } from "./panel/render-person";
import { renderProject } from "./panel/render-project";

export const VIEW_TYPE_RELATIONSHIPS = "rapport-relationships";

/**
 * The relationship panel: follows the active note and redraws when the index changes (the index debounces,
 * so typing in a note never redraws per keystroke).
 */
export class RelationshipView extends ItemView {
  private shownPath?: string;
  private shownRevision = -1;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly rapport: RapportApp,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE_RELATIONSHIPS;
  }

  getDisplayText(): string {
    return "Relationships";
  }

  override getIcon(): string {
    return "users";
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass("rapport-panel");
    this.registerEvent(this.app.workspace.on("file-open", () => this.refresh()));
    // Also fires when something derived from the index is ready (duplicate hints), so always redraw then.
    const unsubscribe = this.rapport.indexService.onChange(() => this.refresh(true));
    this.register(unsubscribe);
    this.refresh(true);
  }

  /** Redraws when the active note or the index changed since the last drawing. */
  refresh(force = false): void {
    const path = this.app.workspace.getActiveFile()?.path;
    const revision = this.rapport.index.revision;
    if (!force && path === this.shownPath && revision === this.shownRevision) return;
    this.shownPath = path;
    this.shownRevision = revision;
    this.draw(path);
  }

  private draw(path: string | undefined): void {
    const container = this.contentEl;
    container.empty();
    if (!this.rapport.indexService.isReady) {
      container.createDiv({ text: "Reading your vault…", cls: "rapport-empty" });
      return;
    }
    const record = path ? this.rapport.index.record(path) : undefined;
    if (!path || !record) {
      container.createDiv({ text: "Open a person, project or meeting note to see its relationships.", cls: "rapport-empty" });
      return;
    }
    const graph = this.rapport.graph();
    const options = { today: this.rapport.today(), staleAfterDays: this.rapport.settings().staleAfterDays, duplicates: (person: string) => this.rapport.duplicateHints(person) };
    const actions = this.actions();
    if (record.kind === "person") renderPerson(container, personSummary(graph, path, options)!, actions);
    else if (record.kind === "project") renderProject(container, projectSummary(graph, path, options)!, actions);
    else renderMeeting(container, meetingSummary(graph, path, options)!, actions);
  }

  private actions(): PanelActions {
    return {
      openNote: (path, newLeaf) => void this.app.workspace.openLinkText(path, "", newLeaf),
      reviewDuplicate: (person, other) => openDuplicateReview(this.rapport, [person, other]),
      createPerson: (name) => void this.rapport.createPersonNote(name),
    };
  }
}
