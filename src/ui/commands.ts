import type { Plugin } from "obsidian";
import type { RapportApp } from "../obsidian/rapport-app";
import { consolidateKeyFacts, mergeActiveInto, openDuplicateReview, refreshLastContact, undoLast } from "./actions";
import { VIEW_TYPE_RELATIONSHIPS, RelationshipView } from "./relationship-view";

/** Commands and the ribbon button. No default hotkeys: users pick their own. */
export function registerCommands(plugin: Plugin, rapport: RapportApp): void {
  plugin.addCommand({ id: "open-relationship-panel", name: "Open relationship panel", callback: () => void openRelationshipPanel(plugin) });
  plugin.addCommand({ id: "refresh-last-contact", name: "Refresh last contact", callback: () => void refreshLastContact(rapport) });
  plugin.addCommand({ id: "undo-last-change", name: "Undo last merge, consolidation or refresh", callback: () => void undoLast(rapport) });
  plugin.addCommand({ id: "dedupe-people", name: "Dedupe people notes", callback: () => openDuplicateReview(rapport) });
  addPersonCommand(plugin, rapport, "merge-into", "Merge into…", (path) => mergeActiveInto(rapport, path));
  addPersonCommand(plugin, rapport, "consolidate-key-facts-note", "Consolidate key facts in this note", (path) => void consolidateKeyFacts(rapport, [path]));
  plugin.addCommand({
    id: "consolidate-key-facts-all",
    name: "Consolidate key facts in all people notes",
    callback: () => void consolidateKeyFacts(rapport, rapport.index.people().map((person) => person.path)),
  });
  plugin.addRibbonIcon("calendar-clock", "Refresh last contact", () => void refreshLastContact(rapport));
}

/** Reveals the panel, creating it in the right sidebar the first time. */
export async function openRelationshipPanel(plugin: Plugin): Promise<void> {
  const { workspace } = plugin.app;
  const existing = workspace.getLeavesOfType(VIEW_TYPE_RELATIONSHIPS).find((leaf) => leaf.view instanceof RelationshipView);
  const leaf = existing ?? workspace.getRightLeaf(false);
  if (!leaf) return;
  if (!existing) await leaf.setViewState({ type: VIEW_TYPE_RELATIONSHIPS, active: true });
  await workspace.revealLeaf(leaf);
}

/** A command offered only while a person note is active. */
function addPersonCommand(plugin: Plugin, rapport: RapportApp, id: string, name: string, run: (path: string) => void): void {
  plugin.addCommand({
    id,
    name,
    checkCallback: (checking) => {
      const path = activePerson(rapport);
      if (!path) return false;
      if (!checking) run(path);
      return true;
    },
  });
}

function activePerson(rapport: RapportApp): string | undefined {
  const path = rapport.activeFile()?.path;
  return path && rapport.index.record(path)?.kind === "person" ? path : undefined;
}
