import { describe, expect, it } from "vitest";
import { chooseItem, enterValue, findSetting, MarkdownView, Notice, TFile } from "../fakes/obsidian";
import { readPluginData } from "../../src/core/settings/settings";
import { loadRapport, settle, startUp, waitFor } from "./plugin-harness";

const BOOKER = "People/Ronnie Booker.md";
const BORKER = "People/Ronnie Borker.md";
const DATA = ".obsidian/plugins/rapport/data.json";

async function ready() {
  const loaded = await loadRapport();
  await startUp(loaded);
  return loaded;
}

describe("Refresh last contact (ribbon button and command)", () => {
  it("changes only the value's bytes, reports it with Undo, and undo restores every byte", async () => {
    const loaded = await ready();
    const { app } = loaded;
    const before = app.vault.snapshot();
    const ribbon = app.ribbonIcons.find((icon) => icon.title === "Refresh last contact")!;
    ribbon.click();
    await waitFor(() => Notice.messages.some((message) => /^Updated \d+ people/.test(message)));
    const after = app.vault.contentOf(BOOKER)!;
    expect(after).not.toBe(before[BOOKER]);
    expect(after.replace(/last_contact: '[\d-]+'/, "")).toBe(before[BOOKER]!.replace(/last_contact: '[\d-]+'/, ""));
    const notice = Notice.visible.find((shown) => /^Updated/.test(shown.noticeEl.textContent ?? ""))!;
    (notice.noticeEl.querySelector("button") as unknown as { click(): void }).click();
    await waitFor(() => Notice.messages.some((message) => message.startsWith("Undone")));
    await settle(app);
    const restored = app.vault.snapshot();
    for (const [path, text] of Object.entries(before)) if (path.endsWith(".md")) expect(restored[path]).toBe(text);
  });

  it("a second run writes nothing and records nothing", async () => {
    const loaded = await ready();
    const { app } = loaded;
    await app.commands.run("rapport:refresh-last-contact");
    await waitFor(() => Notice.messages.some((message) => /^Updated/.test(message)));
    await settle(app);
    const writes = app.vault.writeLog.length;
    await app.commands.run("rapport:refresh-last-contact");
    await waitFor(() => Notice.messages.some((message) => message.includes("nothing changed")));
    expect(app.vault.writeLog.length).toBe(writes);
  });
});

describe("Merge inside Obsidian", () => {
  it("retargets links, trashes the duplicate through FileManager last, and undo brings everything back", async () => {
    const loaded = await ready();
    const { app, rapport } = loaded;
    const before = app.vault.snapshot();
    const plan = await rapport.planMerge(BOOKER, BORKER);
    expect(plan.linkCount).toBeGreaterThan(3);
    await rapport.apply(plan.changeSet);
    await settle(app);
    expect(app.vault.getAbstractFileByPath(BORKER)).toBeNull();
    expect(app.vault.trashed.map((entry) => entry.path)).toEqual([BORKER]);
    const noteWrites = app.vault.writeLog.filter((write) => write.path.endsWith(".md"));
    expect(noteWrites.at(-1)).toMatchObject({ path: BORKER, succeeded: true });
    const unresolved = Object.entries(app.metadataCache.resolvedLinks).filter(([, targets]) => targets[BORKER]);
    expect(unresolved).toEqual([]);
    const result = await rapport.undo();
    expect(result.kind).toBe("undone");
    await settle(app);
    const restored = app.vault.snapshot();
    for (const [path, text] of Object.entries(before)) if (path.endsWith(".md")) expect(restored[path]).toBe(text);
  });

  it("plans from the user's unsaved typing, so the merge cannot drop it", async () => {
    const loaded = await ready();
    const { app, rapport } = loaded;
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(app.vault.getAbstractFileByPath(BOOKER) as TFile);
    const view = leaf.view as MarkdownView;
    view.setViewData(view.getViewData() + "\nTyped just now, not yet saved.\n", false);
    const plan = await rapport.planMerge(BOOKER, BORKER);
    await rapport.apply(plan.changeSet);
    await settle(app);
    expect(app.vault.contentOf(BOOKER)).toContain("Typed just now, not yet saved.");
  });

  it("stops and says so when a note changed after the preview", async () => {
    const loaded = await ready();
    const { app, rapport } = loaded;
    const plan = await rapport.planMerge(BOOKER, BORKER);
    app.vault.simulateExternalChange(BOOKER, app.vault.contentOf(BOOKER) + "\nedited elsewhere\n");
    await expect(rapport.apply(plan.changeSet)).rejects.toThrow(/changed since the preview/);
    expect(app.vault.getAbstractFileByPath(BORKER)).not.toBeNull();
  });
});

describe("Decisions and settings", () => {
  it("remembers 'not the same person' in data.json, in the form the CLI reads", async () => {
    const loaded = await ready();
    await loaded.rapport.markNotSamePerson("People/Vipin.md", "People/Vipin Sharma.md");
    const stored = JSON.parse(loaded.app.vault.contentOf(DATA)!);
    expect(readPluginData(stored).data.notSamePerson).toEqual([["People/Vipin Sharma.md", "People/Vipin.md"]]);
    const groups = await loaded.rapport.duplicates.groups();
    expect(groups.some((group) => group.notes.includes("People/Vipin.md") && group.notes.includes("People/Vipin Sharma.md"))).toBe(false);
  });

  it("validates settings from the settings tab and keeps the rest of data.json", async () => {
    const loaded = await ready();
    const { app } = loaded;
    const container = app.displaySettingTab("rapport");
    const stale = findSetting(container, "Stale after (days)")!;
    enterValue(stale.components[0] as never, "not a number");
    enterValue(findSetting(container, "Person note types")!.components[0] as never, "people, contact");
    await settle(app);
    const stored = readPluginData(JSON.parse(app.vault.contentOf(DATA)!)).data.settings;
    expect(stored.staleAfterDays).toBe(90);
    expect(stored.personTypes).toEqual(["people", "contact"]);
  });
});

describe("Commands on the active person", () => {
  async function openActive(loaded: Awaited<ReturnType<typeof ready>>, path: string) {
    const leaf = loaded.app.workspace.getLeaf(false);
    await leaf.openFile(loaded.app.vault.getAbstractFileByPath(path) as TFile);
    loaded.app.workspace.setActiveFile(loaded.app.vault.getAbstractFileByPath(path) as TFile);
  }

  it("Merge into… picks the survivor in a fuzzy picker and merges only after the preview", async () => {
    const loaded = await ready();
    const { app } = loaded;
    await openActive(loaded, BORKER);
    await app.commands.run("rapport:merge-into");
    const picker = app.openModals.at(-1)!;
    chooseItem(picker as never, (item: { path: string }) => item.path === BOOKER);
    await waitFor(() => app.openModals.some((modal) => modal.contentEl.findAll("button").some((button) => button.textContent === "Merge")));
    expect(app.vault.getAbstractFileByPath(BORKER)).not.toBeNull();
    const preview = app.openModals.at(-1)!;
    expect(preview.contentEl.find(".rapport-diff")).toBeTruthy();
    preview.contentEl.findAll("button").find((button) => button.textContent === "Merge")!.click();
    await waitFor(() => app.vault.getAbstractFileByPath(BORKER) === null);
    await settle(app);
    expect(Notice.messages.some((message) => message.startsWith("Merged"))).toBe(true);
  });

  it("Consolidate key facts in this note folds the repeated block, with undo", async () => {
    const loaded = await ready();
    const { app, rapport } = loaded;
    const before = app.vault.contentOf(BOOKER)!;
    await openActive(loaded, BOOKER);
    await app.commands.run("rapport:consolidate-key-facts-note");
    await waitFor(() => Notice.messages.some((message) => message.startsWith("Consolidated key facts in 1 note")));
    const after = app.vault.contentOf(BOOKER)!;
    expect(after.split("## Key Facts").length).toBe(2);
    expect(after).not.toBe(before);
    expect((await rapport.undo()).kind).toBe("undone");
    expect(app.vault.contentOf(BOOKER)).toBe(before);
  });

  it("is offered only while a person note is active", async () => {
    const loaded = await ready();
    await openActive(loaded, "Projects/Project Apollo.md");
    expect(loaded.app.commands.isAvailable("rapport:merge-into")).toBe(false);
    await openActive(loaded, BOOKER);
    expect(loaded.app.commands.isAvailable("rapport:merge-into")).toBe(true);
  });
});
