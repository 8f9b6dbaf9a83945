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
});
