/**
 * Tests of the Obsidian fake itself: that it behaves like Obsidian where Rapport depends on it.
 * Plugin tests trust these behaviours, so each one here is a claim about Obsidian.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import vm from "node:vm";
import { build } from "esbuild";
import type { PluginManifest } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as fake from "./obsidian";
import {
  Component,
  FuzzySuggestModal,
  ItemView,
  MarkdownView,
  Modal,
  Notice,
  Plugin,
  PluginSettingTab,
  Setting,
  TFile,
  computeMetadata,
  createFakeApp,
  debounce,
  enterValue,
  findSetting,
  chooseItem,
  clickButton,
  normalizePath,
  setListenerErrorHandler,
  suggestionsOf,
  viewActions,
  type App,
  type WorkspaceLeaf,
} from "./obsidian";

const FAKE_DIR = new URL("./obsidian/", import.meta.url);
const CHROMIUM = "/usr/bin/chromium";

/** Lets queued microtasks (the metadata cache's indexing) run. */
const settle = (app: App) => app.metadataCache.settled();

function fileOf(app: App, path: string): TFile {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  return file;
}

describe("Vault", () => {
  it("indexes notes and folders from a path map, but not the config folder", () => {
    const app = createFakeApp({
      "People/Ann Lee.md": "# Ann",
      "Projects/Q3/Plan.md": "",
      "Archive/": "",
      ".obsidian/plugins/rapport/data.json": "{}",
    });
    expect(app.vault.getMarkdownFiles().map((file) => file.path)).toEqual(["People/Ann Lee.md", "Projects/Q3/Plan.md"]);
    expect(app.vault.getFolderByPath("Projects/Q3")?.parent?.path).toBe("Projects");
    expect(app.vault.getFolderByPath("Archive")?.children).toEqual([]);
    expect(app.vault.getRoot().isRoot()).toBe(true);
    expect(app.vault.getAbstractFileByPath(".obsidian/plugins/rapport/data.json")).toBeNull();
    const ann = fileOf(app, "People/Ann Lee.md");
    expect([ann.name, ann.basename, ann.extension, ann.stat.size]).toEqual(["Ann Lee.md", "Ann Lee", "md", 5]);
  });

  it("keeps one TFile object through modify and rename, firing events after each change", async () => {
    const app = createFakeApp({ "a.md": "one", "Folder/": "" });
    const events: string[] = [];
    app.vault.on("modify", (file: TFile) => events.push(`modify ${file.path}`));
    app.vault.on("rename", (file: TFile, oldPath: string) => events.push(`rename ${oldPath} -> ${file.path}`));
    const file = fileOf(app, "a.md");
    const before = file.stat.mtime;
    await app.vault.modify(file, "two");
    await app.vault.rename(file, "Folder/b.md");
    expect(events).toEqual(["modify a.md", "rename a.md -> Folder/b.md"]);
    expect(app.vault.getFileByPath("Folder/b.md")).toBe(file);
    expect([file.basename, file.parent?.path, file.stat.mtime > before]).toEqual(["b", "Folder", true]);
    expect(await app.vault.read(file)).toBe("two");
  });

  it("fails like Obsidian: create over an existing file, or in a missing folder", async () => {
    const app = createFakeApp({ "a.md": "" });
    await expect(app.vault.create("a.md", "x")).rejects.toThrow("already exists");
    await expect(app.vault.create("Nope/b.md", "x")).rejects.toThrow("ENOENT");
    await app.vault.createFolder("Nope/Deeper");
    await expect(app.vault.create("Nope/Deeper/b.md", "x")).resolves.toBeInstanceOf(TFile);
  });

  it("deletes a folder with its contents, innermost first", async () => {
    const app = createFakeApp({ "F/G/a.md": "", "F/b.md": "" });
    const deleted: string[] = [];
    app.vault.on("delete", (file: TFile) => deleted.push(file.path));
    await app.vault.delete(app.vault.getFolderByPath("F")!, true);
    expect(deleted).toEqual(["F/b.md", "F/G/a.md", "F/G", "F"]);
    expect(app.vault.getAllLoadedFiles().map((file) => file.path)).toEqual(["/"]);
  });

  it("process is atomic where read-then-modify loses a concurrent external edit", async () => {
    const app = createFakeApp({ "n.md": "base" });
    const file = fileOf(app, "n.md");

    app.vault.changeAfterNextRead("n.md", "edited elsewhere");
    const text = await app.vault.read(file);
    await app.vault.modify(file, `${text} + plugin`);
    expect(app.vault.contentOf("n.md")).toBe("base + plugin"); // the external edit was overwritten

    app.vault.simulateExternalChange("n.md", "edited elsewhere");
    app.vault.changeAfterNextRead("n.md", "never applied: process does not call read");
    await app.vault.process(file, (current) => `${current} + plugin`);
    expect(app.vault.contentOf("n.md")).toBe("edited elsewhere + plugin");
  });

  it("process fires one modify, and none when fn leaves the text alone", async () => {
    const app = createFakeApp({ "n.md": "x" });
    const modified = vi.fn();
    app.vault.on("modify", modified);
    await app.vault.process(fileOf(app, "n.md"), (text) => text);
    await app.vault.process(fileOf(app, "n.md"), (text) => `${text}y`);
    expect(modified).toHaveBeenCalledTimes(1);
    expect(app.vault.writeLog).toHaveLength(1);
  });

  it("makes chosen writes fail, leaving the file as it was", async () => {
    const app = createFakeApp({ "a.md": "A", "b.md": "B" });
    app.vault.failWritesAfter(1);
    await app.vault.modify(fileOf(app, "a.md"), "A2");
    await expect(app.vault.modify(fileOf(app, "b.md"), "B2")).rejects.toThrow("EIO");
    expect(app.vault.snapshot()).toMatchObject({ "a.md": "A2", "b.md": "B" });
    expect(app.vault.writeLog.map((record) => [record.path, record.succeeded])).toEqual([
      ["a.md", true],
      ["b.md", false],
    ]);
    app.vault.clearWriteFailures();
    await app.vault.modify(fileOf(app, "b.md"), "B2");
    expect(app.vault.contentOf("b.md")).toBe("B2");
  });

  it("can fail only some paths, a fixed number of times, or leave a torn file", async () => {
    const app = createFakeApp({ "note.md": "0123456789", ".obsidian/plugins/rapport/": "" });
    app.vault.failWritesAfter(0, { times: 1, torn: true, paths: (path) => path.endsWith(".json") });
    await app.vault.modify(fileOf(app, "note.md"), "abcdefghij"); // not a .json path: unaffected
    await expect(app.vault.adapter.write(".obsidian/plugins/rapport/journal.json", "abcdefgh")).rejects.toThrow();
    expect(app.vault.contentOf(".obsidian/plugins/rapport/journal.json")).toBe("abcd");
    await app.vault.adapter.write(".obsidian/plugins/rapport/journal.json", "abcdefgh"); // times: 1 is used up
    expect(app.vault.contentOf(".obsidian/plugins/rapport/journal.json")).toBe("abcdefgh");
  });

  it("passes adapter writes to indexed paths on to the vault, as its file watcher would", async () => {
    const app = createFakeApp({});
    const created = vi.fn();
    app.vault.on("create", created);
    await app.vault.adapter.mkdir(".obsidian/plugins/rapport");
    await app.vault.adapter.write(".obsidian/plugins/rapport/journal.json", "[]");
    await app.vault.adapter.write("Inbox.md", "# hi");
    expect(created).toHaveBeenCalledTimes(1);
    expect(app.vault.getFileByPath("Inbox.md")).toBeInstanceOf(TFile);
    expect(await app.vault.adapter.list(".obsidian/plugins/rapport")).toEqual({
      files: [".obsidian/plugins/rapport/journal.json"],
      folders: [],
    });
    expect(await app.vault.adapter.stat("Inbox.md")).toMatchObject({ type: "file", size: 4 });
  });

  it("trash keeps what was removed, for tests to inspect", async () => {
    const app = createFakeApp({ "Dup/Ann 2.md": "dup" });
    const deleted = vi.fn();
    app.vault.on("delete", deleted);
    await app.fileManager.trashFile(fileOf(app, "Dup/Ann 2.md"));
    expect(app.vault.trashed).toEqual([{ path: "Dup/Ann 2.md", via: "system", files: [{ path: "Dup/Ann 2.md", data: "dup" }] }]);
    expect(deleted).toHaveBeenCalledOnce();
    expect(app.vault.getFileByPath("Dup/Ann 2.md")).toBeNull();
  });
});

describe("metadata computed from a note's text", () => {
  const note = [
    "---",
    "title: Ann",
    "met: 2024-05-01",
    "company: '[[Acme]]'",
    "related:",
    "  - '[[Bob]]'",
    "  - plain",
    "---",
    "# Ann Lee",
    "",
    "Knows [[Bob|Bobby]], [[Carol#Work]] and [Dan](People/Dan%20Ng.md). #friend #2024",
    "Not [a site](https://example.com), not `[[Code]]` or `#code`.",
    "![[photo.png]]",
    "",
    "```",
    "[[InFence]] #fenced",
    "```",
    "",
    "## Tasks",
    "- [ ] call back",
    "  - [x] nested done",
    "- plain item",
    "",
    "| a | b |",
    "| - | - |",
    "| [[InTable]] | 2 |",
  ].join("\n");
  const metadata = computeMetadata(note);

  it("parses front matter with the core schema: dates stay strings", () => {
    expect(metadata.frontmatter).toEqual({ title: "Ann", met: "2024-05-01", company: "[[Acme]]", related: ["[[Bob]]", "plain"] });
    expect(metadata.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 7, col: 3, offset: note.indexOf("---", 4) + 3 } });
    expect(metadata.frontmatterLinks).toEqual([
      { key: "company", link: "Acme", original: "[[Acme]]", displayText: "Acme" },
      { key: "related.0", link: "Bob", original: "[[Bob]]", displayText: "Bob" },
    ]);
  });

  it("finds wikilinks and markdown links, but not in code or URLs", () => {
    expect(metadata.links?.map(({ link, original, displayText }) => ({ link, original, displayText }))).toEqual([
      { link: "Bob", original: "[[Bob|Bobby]]", displayText: "Bobby" },
      { link: "Carol#Work", original: "[[Carol#Work]]", displayText: "Carol > Work" },
      { link: "People/Dan Ng.md", original: "[Dan](People/Dan%20Ng.md)", displayText: "Dan" },
      { link: "InTable", original: "[[InTable]]", displayText: "InTable" },
    ]);
    expect(metadata.embeds?.map((embed) => embed.link)).toEqual(["photo.png"]);
  });

  it("gives positions as 0-based line, column and offset", () => {
    const bob = metadata.links?.[0];
    const offset = note.indexOf("[[Bob|Bobby]]");
    expect(bob?.position).toEqual({
      start: { line: 10, col: 6, offset },
      end: { line: 10, col: 6 + "[[Bob|Bobby]]".length, offset: offset + "[[Bob|Bobby]]".length },
    });
  });

  it("finds tags outside code, and not all-digit ones", () => {
    expect(metadata.tags?.map((tag) => tag.tag)).toEqual(["#friend"]);
  });

  it("lists headings, sections and list items with task status and parent", () => {
    expect(metadata.headings?.map(({ heading, level }) => [heading, level])).toEqual([
      ["Ann Lee", 1],
      ["Tasks", 2],
    ]);
    expect(metadata.sections?.map((section) => section.type)).toEqual(["yaml", "heading", "paragraph", "code", "heading", "list", "table"]);
    expect(metadata.listItems?.map(({ task, parent, position }) => [position.start.line, position.start.col, task, parent])).toEqual([
      [19, 0, " ", -19],
      [20, 2, "x", 19],
      [21, 0, undefined, -19],
    ]);
  });

  it("leaves front matter out when the YAML is invalid, as Obsidian does", () => {
    const broken = computeMetadata("---\nkey: [unclosed\n---\nbody\n");
    expect(broken.frontmatter).toBeUndefined();
    expect(broken.frontmatterPosition?.end.line).toBe(2);
  });
});

describe("MetadataCache", () => {
  it("indexes a change after the write, in a microtask, then fires changed, resolve and resolved", async () => {
    const app = createFakeApp({ "a.md": "no links" });
    const file = fileOf(app, "a.md");
    const events: string[] = [];
    app.metadataCache.on("changed", (changed: TFile, data: string) => events.push(`changed ${changed.path} ${data}`));
    app.metadataCache.on("resolve", (resolved: TFile) => events.push(`resolve ${resolved.path}`));
    app.metadataCache.on("resolved", () => events.push("resolved"));
    const write = app.vault.modify(file, "now [[b]]");
    expect(app.metadataCache.getFileCache(file)?.links).toBeUndefined();
    await write;
    await settle(app);
    expect(events).toEqual(["changed a.md now [[b]]", "resolve a.md", "resolved"]);
    expect(app.metadataCache.getFileCache(file)?.links?.[0]?.link).toBe("b");
  });

  it("can be held stale, as a slow indexer would leave it", async () => {
    const app = createFakeApp({ "a.md": "#old" });
    const file = fileOf(app, "a.md");
    app.metadataCache.pauseIndexing();
    await app.vault.modify(file, "#new");
    await Promise.resolve();
    expect(app.metadataCache.getFileCache(file)?.tags?.[0]?.tag).toBe("#old");
    app.metadataCache.resumeIndexing();
    await settle(app);
    expect(app.metadataCache.getFileCache(file)?.tags?.[0]?.tag).toBe("#new");
  });

  it("starts empty when told the cache is not ready, until the first indexing pass", async () => {
    const app = createFakeApp({ "a.md": "[[b]]", "b.md": "" }, { cacheReady: false });
    const resolved = vi.fn();
    app.metadataCache.on("resolved", resolved);
    expect(app.metadataCache.getFileCache(fileOf(app, "a.md"))).toBeNull();
    expect(app.metadataCache.resolvedLinks).toEqual({});
    await app.completeStartup();
    expect(app.metadataCache.resolvedLinks).toEqual({ "a.md": { "b.md": 1 }, "b.md": {} });
    expect(resolved).toHaveBeenCalledOnce();
    expect(app.workspace.layoutReady).toBe(true);
  });

  it("resolves links like Obsidian: exact path, then by name preferring the source folder, then the shortest path", () => {
    const app = createFakeApp({
      "Dan.md": "",
      "People/Dan.md": "",
      "People/Ann.md": "",
      "People/Team/Ann.md": "",
      "Work/Bob.md": "",
      "Archive/Old/Bob.md": "",
      "People/Carol Smith.md": "",
    });
    const dest = (link: string, from: string) => app.metadataCache.getFirstLinkpathDest(link, from)?.path;
    expect(dest("Dan", "People/note.md")).toBe("Dan.md"); // an exact path wins over the source folder
    expect(dest("People/Ann", "x.md")).toBe("People/Ann.md");
    expect(dest("Ann", "People/Team/note.md")).toBe("People/Team/Ann.md");
    expect(dest("ann", "Elsewhere/note.md")).toBe("People/Ann.md");
    expect(dest("bob", "x.md")).toBe("Work/Bob.md");
    expect(dest("Old/Bob", "x.md")).toBe("Archive/Old/Bob.md");
    expect(dest("carol smith", "x.md")).toBe("People/Carol Smith.md");
    expect(dest("../Ann", "People/Team/note.md")).toBe("People/Ann.md");
    expect(dest("Nobody", "x.md")).toBeUndefined();
  });

  it("writes the shortest link text that resolves back to the file", () => {
    const app = createFakeApp({ "People/Ann.md": "", "Work/Ann.md": "", "People/Bob.md": "", "pic.png": "" });
    const linktext = (path: string, from = "x.md") => app.metadataCache.fileToLinktext(fileOf(app, path), from);
    expect(linktext("People/Bob.md")).toBe("Bob");
    expect(linktext("Work/Ann.md")).toBe("Work/Ann");
    expect(app.fileManager.generateMarkdownLink(fileOf(app, "People/Bob.md"), "x.md", "#Notes", "Bobby")).toBe("[[Bob#Notes|Bobby]]");
    expect(app.fileManager.generateMarkdownLink(fileOf(app, "pic.png"), "x.md")).toBe("![[pic.png]]");
  });

  it("keeps resolvedLinks and unresolvedLinks current as notes come and go", async () => {
    const app = createFakeApp({ "Meeting.md": "with [[Ann]] and [[Ann|her]], ![[Missing]]" });
    const resolvedLinks = app.metadataCache.resolvedLinks;
    expect(app.metadataCache.unresolvedLinks["Meeting.md"]).toEqual({ Ann: 2, Missing: 1 });
    await app.vault.create("Ann.md", "");
    await settle(app);
    expect(app.metadataCache.resolvedLinks).toBe(resolvedLinks); // the same object, updated in place
    expect(resolvedLinks["Meeting.md"]).toEqual({ "Ann.md": 2 });
    expect(app.metadataCache.unresolvedLinks["Meeting.md"]).toEqual({ Missing: 1 });
    await app.vault.delete(fileOf(app, "Ann.md"));
    await settle(app);
    expect(app.metadataCache.unresolvedLinks["Meeting.md"]).toEqual({ Ann: 2, Missing: 1 });
  });

  it("fires deleted with the last cache", async () => {
    const app = createFakeApp({ "a.md": "#tag" });
    const deleted = vi.fn();
    app.metadataCache.on("deleted", deleted);
    const file = fileOf(app, "a.md");
    await app.vault.delete(file);
    expect(deleted).toHaveBeenCalledWith(file, expect.objectContaining({ tags: [expect.objectContaining({ tag: "#tag" })] }));
    expect(app.metadataCache.getCache("a.md")).toBeNull();
  });
});

describe("FileManager", () => {
  it("processFrontMatter edits the YAML and leaves the body alone", async () => {
    const app = createFakeApp({ "Ann.md": "---\nname: Ann\nlast_contact: 2024-01-01\ntags: [person]\n---\nBody [[x]]\n" });
    await app.fileManager.processFrontMatter(fileOf(app, "Ann.md"), (frontmatter: Record<string, unknown>) => {
      frontmatter.last_contact = "2024-06-30";
      delete frontmatter.name;
    });
    expect(app.vault.contentOf("Ann.md")).toBe("---\nlast_contact: 2024-06-30\ntags:\n  - person\n---\nBody [[x]]\n");
  });

  it("processFrontMatter adds a block to a note without one, and throws on invalid YAML without writing", async () => {
    const app = createFakeApp({ "plain.md": "Just text\n", "broken.md": "---\na: [\n---\nx" });
    await app.fileManager.processFrontMatter(fileOf(app, "plain.md"), (frontmatter: Record<string, unknown>) => {
      frontmatter.person = true;
    });
    expect(app.vault.contentOf("plain.md")).toBe("---\nperson: true\n---\nJust text\n");
    await expect(app.fileManager.processFrontMatter(fileOf(app, "broken.md"), () => undefined)).rejects.toThrow();
    expect(app.vault.contentOf("broken.md")).toBe("---\na: [\n---\nx");
  });

  it("renameFile rewrites links to the file, keeping headings and aliases", async () => {
    const app = createFakeApp({
      "People/Ann.md": "",
      "Meeting.md": "---\nattendee: '[[Ann]]'\n---\nWith [[Ann#Role|A.]] and [Ann](People/Ann.md) and ![[Ann]]\n`[[Ann]]` stays",
    });
    await app.fileManager.renameFile(fileOf(app, "People/Ann.md"), "People/Ann Lee.md");
    expect(app.vault.contentOf("Meeting.md")).toBe(
      "---\nattendee: '[[Ann Lee]]'\n---\nWith [[Ann Lee#Role|A.]] and [Ann](People/Ann%20Lee.md) and ![[Ann Lee]]\n`[[Ann]]` stays",
    );
    await settle(app);
    expect(app.metadataCache.resolvedLinks["Meeting.md"]).toEqual({ "People/Ann Lee.md": 4 });
  });
});

describe("Workspace", () => {
  it("queues onLayoutReady callbacks until the layout is ready, then runs new ones at once", () => {
    const app = createFakeApp({});
    const calls: string[] = [];
    app.workspace.onLayoutReady(() => calls.push("early"));
    expect(calls).toEqual([]);
    app.workspace.triggerLayoutReady();
    app.workspace.onLayoutReady(() => calls.push("late"));
    expect(calls).toEqual(["early", "late"]);
  });

  it("setActiveFile opens the note and fires active-leaf-change then file-open", async () => {
    const app = createFakeApp({ "Ann.md": "hello" });
    const events: string[] = [];
    app.workspace.on("active-leaf-change", (leaf: WorkspaceLeaf | null) => events.push(`leaf ${leaf?.view.getViewType()}`));
    app.workspace.on("file-open", (file: TFile | null) => events.push(`file ${file?.path}`));
    await app.workspace.setActiveFile(fileOf(app, "Ann.md"));
    expect(events).toEqual(["leaf markdown", "file Ann.md"]);
    expect(app.workspace.getActiveFile()?.path).toBe("Ann.md");
  });

  it("a note open in a tab keeps unsaved text until save()", async () => {
    const app = createFakeApp({ "Ann.md": "saved" });
    await app.workspace.setActiveFile(fileOf(app, "Ann.md"));
    const view = app.workspace.getActiveViewOfType(MarkdownView)!;
    await app.vault.process(fileOf(app, "Ann.md"), () => "changed by the plugin");
    expect(view.getViewData()).toBe("changed by the plugin"); // a clean view follows the file
    view.setViewData("typed, not saved", false);
    expect(app.vault.contentOf("Ann.md")).toBe("changed by the plugin");
    await view.save();
    expect(app.vault.contentOf("Ann.md")).toBe("typed, not saved");
  });

  it("openLinkText resolves from the source note and makes the target active", async () => {
    const app = createFakeApp({ "People/Ann.md": "", "Meeting.md": "" });
    const opened = vi.fn();
    app.workspace.on("file-open", opened);
    await app.workspace.openLinkText("Ann#Role", "Meeting.md");
    expect(app.workspace.getActiveFile()?.path).toBe("People/Ann.md");
    expect(opened).toHaveBeenCalledWith(fileOf(app, "People/Ann.md"));
  });
});

// ---- a small plugin exercising the Plugin API the way Rapport will ----

const PANEL = "fake-test-panel";

class PanelView extends ItemView {
  closed = false;
  getViewType() {
    return PANEL;
  }
  getDisplayText() {
    return "People";
  }
  override async onOpen() {
    this.contentEl.empty();
    this.contentEl.createEl("h4", { text: this.actions(), cls: "panel-title" });
    this.addAction("refresh-cw", "Refresh", () => undefined);
  }
  /** Named like fake internals on purpose: the fake must not shadow a subclass's members. */
  private actions() {
    return "Related";
  }
  override async onClose() {
    this.closed = true;
  }
}

class PeopleModal extends FuzzySuggestModal<string> {
  chosen: string[] = [];
  getItems() {
    return ["Ann Lee", "Bob Ng", "Annika Berg"];
  }
  getItemText(item: string) {
    return item;
  }
  onChooseItem(item: string) {
    this.chosen.push(`${item} (open: ${this.isOpen})`);
  }
}

interface TestSettings {
  folder: string;
  refresh: boolean;
}

class TestSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    readonly owner: TestPlugin,
  ) {
    super(app, owner);
  }
  override display() {
    this.containerEl.empty();
    new Setting(this.containerEl).setName("People folder").addText((text) =>
      text.setValue(this.owner.settings.folder).onChange(async (value) => {
        this.owner.settings.folder = value;
        await this.owner.saveData(this.owner.settings);
      }),
    );
    new Setting(this.containerEl).setName("Refresh last contact").addToggle((toggle) =>
      toggle.setValue(this.owner.settings.refresh).onChange((value) => {
        this.owner.settings.refresh = value;
      }),
    );
    new Setting(this.containerEl).setName("Rebuild").addButton((button) => button.setButtonText("Go").onClick(() => this.owner.rebuilds++));
  }
}

class TestPlugin extends Plugin {
  settings: TestSettings = { folder: "People", refresh: false };
  rebuilds = 0;
  modifiedPaths: string[] = [];
  loadedAt = "";

  override async onload() {
    this.settings = { ...this.settings, ...((await this.loadData()) as Partial<TestSettings> | null) };
    this.registerView(PANEL, (leaf) => new PanelView(leaf as WorkspaceLeaf));
    this.addCommand({ id: "rebuild", name: "Rebuild", callback: () => void this.rebuilds++ });
    this.addCommand({ id: "only-in-notes", name: "Only in notes", checkCallback: (checking) => this.app.workspace.getActiveFile() !== null && (checking || true) });
    this.addRibbonIcon("users", "Open people", () => this.rebuilds++);
    this.addSettingTab(new TestSettingTab(this.app, this));
    this.registerEvent(this.app.vault.on("modify", (file: TFile) => this.modifiedPaths.push(file.path)));
    this.app.workspace.onLayoutReady(() => {
      this.loadedAt = "layout ready";
    });
  }
}

describe("Plugin", () => {
  const manifest = { id: "rapport", name: "Rapport" };

  beforeEach(() => Notice.reset());

  it("loads like Obsidian: onload awaited, commands prefixed, data read from the plugin folder", async () => {
    const app = createFakeApp({ ".obsidian/plugins/rapport/data.json": '{"folder":"Contacts"}' });
    const plugin = await app.loadPlugin(TestPlugin, manifest);
    expect(plugin.settings).toEqual({ folder: "Contacts", refresh: false });
    expect(app.commands.list().map((command) => [command.id, command.name])).toEqual([
      ["rapport:rebuild", "Rapport: Rebuild"],
      ["rapport:only-in-notes", "Rapport: Only in notes"],
    ]);
    expect(plugin.loadedAt).toBe("");
    app.workspace.triggerLayoutReady();
    expect(plugin.loadedAt).toBe("layout ready");
  });

  it("runs commands by id, honouring checkCallback", async () => {
    const app = createFakeApp({ "a.md": "" });
    const plugin = await app.loadPlugin(TestPlugin, manifest);
    await app.commands.run("rebuild");
    expect(plugin.rebuilds).toBe(1);
    expect(app.commands.executeCommandById("rapport:only-in-notes")).toBe(false);
    await expect(app.commands.run("only-in-notes")).rejects.toThrow("not available");
    await app.workspace.setActiveFile(fileOf(app, "a.md"));
    expect(app.commands.isAvailable("only-in-notes")).toBe(true);
  });

  it("saves data as 2-space JSON under .obsidian/plugins/<id>/, where write failures reach it too", async () => {
    const app = createFakeApp({});
    const plugin = await app.loadPlugin(TestPlugin, manifest);
    await plugin.saveData({ folder: "X" });
    expect(app.vault.contentOf(".obsidian/plugins/rapport/data.json")).toBe('{\n  "folder": "X"\n}');
    app.vault.failWritesAfter(0);
    await expect(plugin.saveData({ folder: "Y" })).rejects.toThrow("EIO");
    expect(await plugin.loadData()).toEqual({ folder: "X" });
  });

  it("drives a settings tab through its controls", async () => {
    const app = createFakeApp({});
    const plugin = await app.loadPlugin(TestPlugin, manifest);
    const tab = app.displaySettingTab("rapport");
    enterValue(findSetting(tab, "People folder").components[0]!, "Contacts");
    enterValue(findSetting(tab, "Refresh last contact").components[0]!, true);
    clickButton(findSetting(tab, "Rebuild").components[0]!);
    await vi.waitFor(() => expect(app.vault.contentOf(".obsidian/plugins/rapport/data.json")).toContain("Contacts"));
    expect(plugin.settings).toEqual({ folder: "Contacts", refresh: true });
    expect(plugin.rebuilds).toBe(1);
    expect(() => findSetting(tab, "Nope")).toThrow('found: "People folder", "Refresh last contact", "Rebuild"');
  });

  it("opens a registered view in the right sidebar, with Obsidian's header/content structure", async () => {
    const app = createFakeApp({});
    await app.loadPlugin(TestPlugin, manifest);
    const leaf = app.workspace.getRightLeaf(false)!;
    await leaf.setViewState({ type: PANEL, active: true });
    await app.workspace.revealLeaf(leaf);
    const view = app.workspace.getLeavesOfType(PANEL)[0]?.view as PanelView;
    expect(view.containerEl.children[0]?.hasClass("view-header")).toBe(true);
    expect(view.containerEl.children[1]).toBe(view.contentEl);
    expect(view.contentEl.find(".panel-title")?.getText()).toBe("Related");
    expect(viewActions(view).map((action) => action.title)).toEqual(["Refresh"]);
    expect(app.workspace.getActiveViewOfType(PanelView)).toBe(view);
    app.workspace.detachLeavesOfType(PANEL);
    await vi.waitFor(() => expect(view.closed).toBe(true));
    expect(app.workspace.getLeavesOfType(PANEL)).toEqual([]);
  });

  it("records ribbon icons that tests can click", async () => {
    const app = createFakeApp({});
    const plugin = await app.loadPlugin(TestPlugin, manifest);
    expect(app.ribbonIcons.map(({ icon, title }) => [icon, title])).toEqual([["users", "Open people"]]);
    app.ribbonIcons[0]?.click();
    expect(plugin.rebuilds).toBe(1);
  });

  it("tells the plugin when its data.json changes on disk, as after a sync", async () => {
    const app = createFakeApp({});
    const plugin = await app.loadPlugin(TestPlugin, manifest);
    const onExternalSettingsChange = vi.fn();
    plugin.onExternalSettingsChange = onExternalSettingsChange;
    await plugin.saveData({ folder: "Mine" });
    app.vault.simulateExternalChange(".obsidian/plugins/rapport/data.json", '{"folder":"Synced"}');
    expect(onExternalSettingsChange).toHaveBeenCalledOnce();
  });

  it("registers intervals and DOM events on activeWindow/activeDocument, even without a DOM", async () => {
    vi.useFakeTimers();
    try {
      const app = createFakeApp({});
      const plugin = await app.loadPlugin(TestPlugin, manifest);
      const ticks = vi.fn();
      const clicks = vi.fn();
      plugin.registerInterval(activeWindow.setInterval(ticks, 1000));
      plugin.registerDomEvent(activeDocument, "click", clicks);
      vi.advanceTimersByTime(2500);
      activeDocument.dispatchEvent(new Event("click"));
      app.unloadPlugin(plugin);
      vi.advanceTimersByTime(2500);
      activeDocument.dispatchEvent(new Event("click"));
      expect([ticks.mock.calls.length, clicks.mock.calls.length]).toEqual([2, 1]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("unloading removes everything the plugin registered", async () => {
    const app = createFakeApp({ "a.md": "" });
    const plugin = await app.loadPlugin(TestPlugin, manifest);
    const listeners = app.vault.listenerCount("modify");
    app.unloadPlugin(plugin);
    expect(app.vault.listenerCount("modify")).toBe(listeners - 1);
    expect([app.commands.list(), app.ribbonIcons, app.settingTabs]).toEqual([[], [], []]);
    await app.vault.modify(fileOf(app, "a.md"), "x");
    expect(plugin.modifiedPaths).toEqual([]);
  });
});

describe("UI", () => {
  beforeEach(() => Notice.reset());

  it("FuzzySuggestModal filters by the query, and closes before onChooseItem runs", async () => {
    const app = createFakeApp({});
    const modal = new PeopleModal(app);
    modal.open();
    expect(app.openModals).toEqual([modal]);
    expect((await suggestionsOf(modal, "ann")).map((match) => match.item)).toEqual(["Ann Lee", "Annika Berg"]);
    expect(modal.resultContainerEl.findAll(".suggestion-item").map((el) => el.getText())).toEqual(["Ann Lee", "Annika Berg"]);
    await chooseItem(modal, "Annika Berg");
    expect(modal.chosen).toEqual(["Annika Berg (open: false)"]);
    expect(app.openModals).toEqual([]);
  });

  it("Modal runs onOpen/onClose and closes on Escape", () => {
    const app = createFakeApp({});
    const calls: string[] = [];
    const modal = new (class extends Modal {
      override onOpen() {
        this.setTitle("Merge Ann?");
        calls.push("open");
      }
      override onClose() {
        calls.push("close");
      }
    })(app);
    modal.open();
    expect(modal.titleEl.getText()).toBe("Merge Ann?");
    modal.scope.pressKey("Escape");
    expect(calls).toEqual(["open", "close"]);
  });

  it("Notice records each message, fragments included", () => {
    new Notice("Merged 2 notes");
    const notice = new Notice(createFragment((fragment) => fragment.createEl("b", { text: "Undo" })), 0);
    notice.setMessage("Undone");
    expect(Notice.messages).toEqual(["Merged 2 notes", "Undo", "Undone"]);
    notice.hide();
    expect(Notice.visible.map((shown) => shown.message)).toEqual(["Merged 2 notes"]);
  });

  it("builds elements with Obsidian's DOM helpers, without a DOM", () => {
    const el = createDiv({ cls: ["panel", "is-active"], attr: { "data-path": "People/Ann.md" } });
    const row = el.createDiv("row", (div) => div.setText("Ann"));
    el.createSpan({ text: "first", prepend: true });
    el.createEl("a", { text: "Bob", href: "Bob.md", cls: "internal-link" });
    row.toggleClass("is-stale", true);
    expect(Array.from(el.children, (child) => child.tagName)).toEqual(["SPAN", "DIV", "A"]);
    expect(el.find("div.row.is-stale")?.getText()).toBe("Ann");
    expect(el.findAll("[data-path]")).toEqual([]);
    expect(el.getAttr("data-path")).toBe("People/Ann.md");
    expect(el.find("a.internal-link")?.getAttribute("href")).toBe("Bob.md");
    el.empty();
    expect(el.childElementCount).toBe(0);
  });
});

describe("Component", () => {
  it("unload runs children, then registered cleanups, then onunload", () => {
    const calls: string[] = [];
    const events = createFakeApp({}).vault;
    const parent = new (class extends Component {
      override onunload() {
        calls.push("parent onunload");
      }
    })();
    const child = new (class extends Component {
      override onunload() {
        calls.push("child onunload");
      }
    })();
    parent.load();
    parent.addChild(child);
    parent.register(() => calls.push("cleanup"));
    parent.registerEvent(events.on("create", () => undefined));
    parent.unload();
    expect(calls).toEqual(["child onunload", "cleanup", "parent onunload"]);
    expect(events.listenerCount("create")).toBe(1); // the metadata cache's own listener
  });

  it("catches a listener's exception so other listeners still run, and reports it", () => {
    const errors: unknown[] = [];
    const previous = setListenerErrorHandler((error) => errors.push(error));
    try {
      const app = createFakeApp({});
      const after = vi.fn();
      app.workspace.on("layout-change", () => {
        throw new Error("boom");
      });
      app.workspace.on("layout-change", after);
      app.workspace.trigger("layout-change");
      expect(after).toHaveBeenCalledOnce();
      expect(errors).toEqual([new Error("boom")]);
    } finally {
      setListenerErrorHandler(previous);
    }
  });
});

describe("helpers", () => {
  afterEach(() => vi.useRealTimers());

  it("debounce runs once per burst with the latest arguments; cancel and run", () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const save = debounce((value: string) => seen.push(value), 100, true);
    save("a");
    vi.advanceTimersByTime(60);
    save("b");
    vi.advanceTimersByTime(60);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(40);
    expect(seen).toEqual(["b"]);
    save("c").cancel();
    vi.advanceTimersByTime(200);
    save("d");
    save.run();
    expect(seen).toEqual(["b", "d"]);
  });

  it("normalizePath matches Obsidian's", () => {
    expect(normalizePath("//People\\Ann Lee.md/")).toBe("People/Ann Lee.md");
    expect(normalizePath("")).toBe("/");
    expect(normalizePath("a\u00A0b")).toBe("a b");
  });
});

describe("the fake as a module", () => {
  const sources = readdirSync(FAKE_DIR).filter((name) => name.endsWith(".ts"));

  it("imports no Node built-ins, so it runs in a vm context and in the browser", () => {
    for (const name of sources) {
      const imports = [...readFileSync(new URL(name, FAKE_DIR), "utf8").matchAll(/from\s+"([^"]+)"/g)].map((match) => match[1]);
      expect(imports.filter((specifier) => !/^(\.\/|obsidian$|yaml$)/.test(specifier ?? "")), name).toEqual([]);
    }
  });

  it("serves a CommonJS plugin bundle run in a vm context whose only require is the fake", async () => {
    const pluginSource = `
      import { ItemView, Notice, Plugin, TFile } from "obsidian";
      class Panel extends ItemView {
        getViewType() { return "panel"; }
        getDisplayText() { return "Panel"; }
        async onOpen() { this.contentEl.createDiv({ text: "hello" }); }
      }
      export default class BundledPlugin extends Plugin {
        async onload() {
          this.registerView("panel", (leaf) => new Panel(leaf));
          this.addCommand({ id: "bang", name: "Bang", callback: async () => {
            const file = this.app.vault.getFileByPath("a.md");
            if (file instanceof TFile) await this.app.vault.process(file, (text) => text + "!");
            new Notice(createFragment((el) => el.createEl("b", { text: "done" })));
          } });
        }
      }`;
    const bundle = await build({
      stdin: { contents: pluginSource, loader: "ts", resolveDir: FAKE_DIR.pathname },
      bundle: true,
      format: "cjs",
      platform: "browser",
      external: ["obsidian"],
      write: false,
    });
    const module = { exports: {} as { default?: new (app: App, manifest: PluginManifest) => fake.Plugin } };
    const context = vm.createContext({ module, exports: module.exports, require: () => fake, console, setTimeout, clearTimeout, queueMicrotask });
    fake.installStandInGlobals(context);
    vm.runInContext(bundle.outputFiles[0]?.text ?? "", context);

    const app = createFakeApp({ "a.md": "x" });
    await app.loadPlugin(module.exports.default!, { id: "bundled" });
    await app.commands.run("bang");
    const leaf = app.workspace.getRightLeaf(false)!;
    await leaf.setViewState({ type: "panel" });
    expect(app.vault.contentOf("a.md")).toBe("x!");
    expect(Notice.messages).toContain("done");
    expect(leaf.view.containerEl.children[1]?.textContent).toBe("hello");
  });

  it("bundles for the browser with esbuild", async () => {
    const result = await build({
      entryPoints: [new URL("index.ts", FAKE_DIR).pathname],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text).toContain("installDomHelpers");
  });
});

describe.skipIf(!existsSync(CHROMIUM))("the fake in a real browser", () => {
  it("installs Obsidian's DOM helpers and builds real elements", async () => {
    const entry = `
      import { ButtonComponent, Modal, Notice, Setting, createFakeApp, findSetting } from "./index";
      const app = createFakeApp({});
      const host = createDiv({ cls: "host", text: "tab" });
      host.createSpan({ cls: "first", text: "span", prepend: true });
      const setting = new Setting(host).setName("Folder").addText((text) => text.setValue("People"));
      const modal = new Modal(app);
      modal.open();
      const attached = document.body.contains(modal.containerEl);
      modal.close();
      new Notice(createFragment((el) => el.createEl("b", { text: "saved" })));
      const button = new ButtonComponent(createDiv());
      let clicks = 0;
      button.onClick(() => clicks++);
      button.buttonEl.click();
      button.setDisabled(true).buttonEl.click();
      window.result = {
        real: host instanceof HTMLElement,
        first: host.firstChild === host.find(".first"),
        setting: findSetting(host, "Folder").components.length,
        value: setting.controlEl.find("input").value,
        attached,
        detached: !document.body.contains(modal.containerEl),
        notice: document.querySelector(".notice-message b")?.textContent,
        clicks,
        activeDocument: activeDocument === document,
      };`;
    const bundle = await build({
      stdin: { contents: entry, loader: "ts", resolveDir: FAKE_DIR.pathname },
      bundle: true,
      format: "iife",
      platform: "browser",
      write: false,
    });
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage();
      await page.setContent("<html><body></body></html>");
      await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? "" });
      const result = await page.evaluate(() => (window as unknown as { result: unknown }).result);
      expect(result).toEqual({ real: true, first: true, setting: 1, value: "People", attached: true, detached: true, notice: "saved", clicks: 1, activeDocument: true });
    } finally {
      await browser.close();
    }
  });
});
