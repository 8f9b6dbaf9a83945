import { MarkdownView, type App } from "obsidian";

/**
 * Saves every open editor with unsaved typing before Rapport reads notes to plan a change, so the plan is made
 * from what the user sees, and the atomic write that follows cannot drop their last keystrokes.
 */
export async function saveOpenEditors(app: App): Promise<void> {
  const saves: Promise<void>[] = [];
  app.workspace.iterateAllLeaves((leaf) => {
    if (leaf.view instanceof MarkdownView && leaf.view.file) saves.push(leaf.view.save());
  });
  await Promise.all(saves);
}
