/**
 * The CLI's note and journal stores on a real folder: writes replace a note in one step and refuse a note that
 * changed meanwhile, nothing outside the vault is reachable, trashing keeps every earlier copy, and bringing a
 * trashed note back moves its copy out of the trash.
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FsJournalStore, FsNoteStore } from "../../src/cli/fs-store";
import { scratchVaults, snapshot, writeNote } from "./scratch-vaults";

const vaults = scratchVaults("fs-store");
const scratch = vaults.root;

afterAll(() => {
  vaults.remove();
});

function newVault(notes: Record<string, string> = {}): { vault: string; store: FsNoteStore } {
  const vault = vaults.newVault();
  for (const [notePath, text] of Object.entries(notes)) writeNote(vault, notePath, text);
  return { vault, store: new FsNoteStore(vault) };
}

/** Every file under the vault, dot folders included: a failed write must leave no temporary file behind. */
function filesIn(vault: string): string[] {
  return Object.keys(snapshot(vault)).sort();
}

const ANN = "\uFEFF---\r\ntype: person\r\ntitle: Ann Lee\r\n---\r\n## Key Facts\r\n- Likes tea\r\n";

describe("process", () => {
  it("replaces the note with what the edit returns, byte for byte (BOM and CRLF included)", async () => {
    const { vault, store } = newVault({ "People/Ann Lee.md": ANN });
    await store.process("People/Ann Lee.md", (current) => current.replace("tea", "coffee"));
    expect(readFileSync(path.join(vault, "People/Ann Lee.md"), "utf8")).toBe(ANN.replace("tea", "coffee"));
    expect(filesIn(vault)).toEqual(["People/Ann Lee.md"]);
  });

  it("leaves the note untouched, and no temporary file, when the edit throws", async () => {
    const { vault, store } = newVault({ "People/Ann Lee.md": ANN });
    await expect(
      store.process("People/Ann Lee.md", () => {
        throw new Error("plan is stale");
      }),
    ).rejects.toThrow("plan is stale");
    expect(readFileSync(path.join(vault, "People/Ann Lee.md"), "utf8")).toBe(ANN);
    expect(filesIn(vault)).toEqual(["People/Ann Lee.md"]);
  });

  it("refuses to replace a note that changed while the edit ran, and keeps the other writer's text", async () => {
    const { vault, store } = newVault({ "People/Ann Lee.md": ANN });
    const file = path.join(vault, "People/Ann Lee.md");
    const theirs = `${ANN}- Typed in Obsidian meanwhile\r\n`;
    await expect(
      store.process("People/Ann Lee.md", (current) => {
        writeFileSync(file, theirs);
        return current.replace("tea", "coffee");
      }),
    ).rejects.toThrow(/changed while it was being written/);
    expect(readFileSync(file, "utf8")).toBe(theirs);
    expect(filesIn(vault)).toEqual(["People/Ann Lee.md"]);
  });

  it("fails on a note that does not exist rather than creating it", async () => {
    const { vault, store } = newVault();
    await expect(store.process("People/Nobody.md", () => "x")).rejects.toThrow(/no longer exists/);
    expect(filesIn(vault)).toEqual([]);
  });
});

describe("paths outside the vault", () => {
  it("are refused by every write, and nothing outside is read or touched", async () => {
    const { vault, store } = newVault({ "People/Ann Lee.md": ANN });
    const outside = path.join(scratch, `outside-${path.basename(vault)}.md`);
    writeFileSync(outside, "not a note of the vault\n");
    const escapes = [path.relative(vault, outside), outside, "People/../../" + path.basename(outside)];
    for (const escape of escapes) {
      await expect(store.read(escape)).rejects.toThrow(/outside the vault/);
      await expect(store.process(escape, () => "overwritten")).rejects.toThrow(/outside the vault/);
      await expect(store.trash(escape)).rejects.toThrow(/outside the vault/);
      await expect(store.create(escape, "created")).rejects.toThrow(/outside the vault/);
    }
    expect(readFileSync(outside, "utf8")).toBe("not a note of the vault\n");
    expect(filesIn(vault)).toEqual(["People/Ann Lee.md"]);
  });
});

describe("create", () => {
  it("writes a new note, making its folder", async () => {
    const { vault, store } = newVault();
    await store.create("People/New/Bo Chan.md", "---\ntype: person\n---\n");
    expect(readFileSync(path.join(vault, "People/New/Bo Chan.md"), "utf8")).toBe("---\ntype: person\n---\n");
  });

  it("never overwrites a note that exists", async () => {
    const { vault, store } = newVault({ "People/Ann Lee.md": ANN });
    await expect(store.create("People/Ann Lee.md", "replaced")).rejects.toThrow(/already exists/);
    expect(readFileSync(path.join(vault, "People/Ann Lee.md"), "utf8")).toBe(ANN);
  });
});

describe("trash", () => {
  it("moves the note under .trash/ with its folder path, and keeps every earlier copy of the same path", async () => {
    const { vault, store } = newVault({ "People/Ann Lee.md": "first\n" });
    await store.trash("People/Ann Lee.md");
    await store.create("People/Ann Lee.md", "second\n");
    await store.trash("People/Ann Lee.md");
    await store.create("People/Ann Lee.md", "third\n");
    await store.trash("People/Ann Lee.md");
    expect(filesIn(vault)).toEqual([".trash/People/Ann Lee 1.md", ".trash/People/Ann Lee 2.md", ".trash/People/Ann Lee.md"]);
    expect(readFileSync(path.join(vault, ".trash/People/Ann Lee.md"), "utf8")).toBe("first\n");
    expect(readFileSync(path.join(vault, ".trash/People/Ann Lee 2.md"), "utf8")).toBe("third\n");
  });

  it("brings a trashed note back by moving its copy out of the trash, dates kept", async () => {
    const { vault, store } = newVault({ "People/Ann Lee.md": ANN });
    const written = new Date("2025-03-04T05:06:07Z");
    utimesSync(path.join(vault, "People/Ann Lee.md"), written, written);
    await store.trash("People/Ann Lee.md");
    await store.create("People/Ann Lee.md", ANN);
    expect(filesIn(vault)).toEqual(["People/Ann Lee.md"]);
    expect(readFileSync(path.join(vault, "People/Ann Lee.md"), "utf8")).toBe(ANN);
    expect(statSync(path.join(vault, "People/Ann Lee.md")).mtime.toISOString()).toBe(written.toISOString());
  });

  it("takes back only a copy with the very same text, the newest first, and leaves the others in the trash", async () => {
    const { vault, store } = newVault({ "People/Ann Lee.md": "same\n", ".trash/People/Ann Lee.md": "same\n", ".trash/People/Ann Lee 1.md": "other\n" });
    await store.trash("People/Ann Lee.md");
    expect(existsSync(path.join(vault, ".trash/People/Ann Lee 2.md"))).toBe(true);
    await store.create("People/Ann Lee.md", "same\n");
    expect(filesIn(vault)).toEqual([".trash/People/Ann Lee 1.md", ".trash/People/Ann Lee.md", "People/Ann Lee.md"]);
    await store.trash("People/Ann Lee.md");
    await store.create("People/Ann Lee.md", "changed since\n");
    expect(filesIn(vault)).toEqual([".trash/People/Ann Lee 1.md", ".trash/People/Ann Lee 2.md", ".trash/People/Ann Lee.md", "People/Ann Lee.md"]);
    expect(readFileSync(path.join(vault, "People/Ann Lee.md"), "utf8")).toBe("changed since\n");
  });
});

describe("the journal store", () => {
  it("lists entries oldest first, reads, replaces and removes them; a missing folder or entry is empty, not an error", async () => {
    const { vault } = newVault();
    const journal = new FsJournalStore(vault);
    expect(await journal.list()).toEqual([]);
    expect(await journal.read("nope")).toBeUndefined();
    await journal.write("2025-11-02T10-00-00-000Z", '{"b":1}');
    await journal.write("2025-11-01T10-00-00-000Z", '{"a":1}');
    await journal.write("2025-11-02T10-00-00-000Z", '{"b":2}');
    expect(await journal.list()).toEqual(["2025-11-01T10-00-00-000Z", "2025-11-02T10-00-00-000Z"]);
    expect(await journal.read("2025-11-02T10-00-00-000Z")).toBe('{"b":2}');
    await journal.remove("2025-11-01T10-00-00-000Z");
    await journal.remove("2025-11-01T10-00-00-000Z");
    expect(await journal.list()).toEqual(["2025-11-02T10-00-00-000Z"]);
    expect(filesIn(vault)).toEqual([".obsidian/plugins/rapport/journal/2025-11-02T10-00-00-000Z.json"]);
  });

  it("lives in the configured config folder", async () => {
    const { vault } = newVault();
    await new FsJournalStore(vault, ".config-elsewhere").write("one", "{}");
    expect(filesIn(vault)).toEqual([".config-elsewhere/plugins/rapport/journal/one.json"]);
  });
});
