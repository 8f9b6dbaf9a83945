import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { parseNote } from "../../../src/core/parse/note";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/settings";

const note = (body: string) => `---\ntype: people\nlast_contact: '2025-10-01'\n---\n${body}`;

describe("VaultIndex", () => {
  it("changes its revision and tells listeners only when an entry really changed", () => {
    const index = new VaultIndex();
    const told: string[] = [];
    index.subscribe((path, entry) => told.push(`${path}:${entry ? "set" : "gone"}`));
    index.upsert(parseNote("People/Ann.md", note("Some prose."), DEFAULT_SETTINGS));
    const revision = index.revision;
    index.upsert(parseNote("People/Ann.md", note("Some prose, edited while typing."), DEFAULT_SETTINGS));
    expect(index.revision).toBe(revision);
    index.upsert(parseNote("People/Ann.md", note("- [ ] call @Ann"), DEFAULT_SETTINGS));
    expect(index.revision).toBe(revision + 1);
    index.remove("People/Ann.md");
    index.remove("People/Ann.md");
    expect(told).toEqual(["People/Ann.md:set", "People/Ann.md:set", "People/Ann.md:gone"]);
  });

  it("writes only to notes that read without a problem", () => {
    const index = new VaultIndex();
    index.upsert(parseNote("People/Ann.md", note(""), DEFAULT_SETTINGS));
    index.upsert(parseNote("People/Bo.md", "---\ntype: people\nlast_contact: 2025-13-45\n---\n", DEFAULT_SETTINGS));
    expect(index.writablePeople().map((person) => person.path)).toEqual(["People/Ann.md"]);
    expect(index.isWritable("People/Missing.md")).toBe(false);
  });

  it("holds its own copy: changing the entry handed in afterwards changes nothing held", () => {
    const index = new VaultIndex();
    const parsed = parseNote("People/Ann.md", note("- [ ] call @Ann"), DEFAULT_SETTINGS);
    index.upsert(parsed);
    const held = structuredClone(index.get("People/Ann.md"));
    (parsed.record as { title: string }).title = "Changed";
    parsed.tasks[0]!.owners.push("Someone");
    expect(index.get("People/Ann.md")).toEqual(held);
    expect(index.get("People/Ann.md")).not.toBe(parsed);
  });

  it("compares entries as data: a field holding undefined is the same as a field left out", () => {
    const index = new VaultIndex();
    index.upsert({ path: "Notes/A.md", tasks: [{ done: false, text: "x", owners: [], line: 3 }], problems: [] });
    const revision = index.revision;
    index.upsert({ path: "Notes/A.md", tasks: [{ done: false, text: "x", owners: [], line: 3, due: undefined }], problems: [], record: undefined });
    expect(index.revision).toBe(revision);
    index.upsert({ path: "Notes/A.md", tasks: [{ done: false, text: "x", owners: [], line: 4 }], problems: [] });
    expect(index.revision).toBe(revision + 1);
    expect(index.get("Notes/A.md")).not.toHaveProperty("record");
  });
});
