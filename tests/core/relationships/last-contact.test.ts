import { describe, expect, it } from "vitest";
import { RelationshipGraph } from "../../../src/core/relationships/graph";
import { planLastContact, recentContextDates } from "../../../src/core/relationships/last-contact";
import { EXAMPLE_VAULT, indexOf, meeting, person, readVaultFolder } from "../../helpers/vault-fixtures";

function plan(notes: Record<string, string>, today: string) {
  const index = indexOf(notes);
  const texts = new Map(index.people().filter((p) => index.get(p.path)!.problems.length === 0).map((p) => [p.path, notes[p.path]!] as [string, string]));
  return planLastContact(new RelationshipGraph(index), texts, today);
}

/** The text before and after differ only inside one span: returns the removed and inserted parts. */
function onlyDifference(before: string, after: string): { removed: string; inserted: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { removed: before.slice(start, before.length - tail), inserted: after.slice(start, after.length - tail) };
}

describe("last_contact refresh", () => {
  it("moves each person to their latest meeting and changes only the value's bytes", () => {
    const notes = {
      "People/Ann Lee.md": person("Ann Lee", [], ["last_contact: '2025-10-01' # from the import", "created: '2025-01-01'"]),
      "Meetings/m1.md": meeting("2025-10-20", ["Ann Lee"]),
      "Meetings/m2.md": meeting("2025-11-02", ["[[Ann Lee]]"]),
    };
    const result = plan(notes, "2025-11-20");
    expect(result.changes).toEqual([{ path: "People/Ann Lee.md", from: "2025-10-01", to: "2025-11-02" }]);
    const change = result.changeSet.changes[0]!;
    expect(change.after).toBe(change.before!.replace("last_contact: '2025-10-01'", "last_contact: '2025-11-02'"));
  });

  it("never moves a date backwards nor past today, and a second run changes nothing", () => {
    const notes = {
      "People/Ann Lee.md": person("Ann Lee", [], ["last_contact: 2025-11-10"]),
      "People/Bo Chan.md": person("Bo Chan", [], ["last_contact: '2025-10-01'"]),
      "Meetings/old.md": meeting("2025-10-20", ["Ann Lee", "Bo Chan"]),
      "Meetings/future.md": meeting("2025-12-24", ["Ann Lee", "Bo Chan"]),
    };
    const first = plan(notes, "2025-11-20");
    expect(first.changes).toEqual([{ path: "People/Bo Chan.md", from: "2025-10-01", to: "2025-10-20" }]);
    const after = { ...notes, "People/Bo Chan.md": first.changeSet.changes[0]!.after! };
    expect(plan(after, "2025-11-20").changes).toEqual([]);
  });

  it("reads dated Recent Context entries of the person's own note", () => {
    const text = person("Ann Lee", ["## Recent Context", "", "- 2025-11-05: [[Call]] - spoke", "- 2025-13-01: not a date", "  - 2025-11-09: nested entries count too"], ["last_contact: '2025-10-01'"]);
    expect(recentContextDates(text)).toEqual(["2025-11-05", "2025-11-09"]);
    expect(plan({ "People/Ann Lee.md": text }, "2025-11-20").changes[0]?.to).toBe("2025-11-09");
  });

  it("adds the key in the note's own date style when it is missing, keeping CRLF and BOM", () => {
    const text = "\uFEFF" + person("Ann Lee", [], ["created: '2025-01-01'"]).replace(/\n/g, "\r\n");
    const result = plan({ "People/Ann Lee.md": text, "Meetings/m.md": meeting("2025-11-02", ["Ann Lee"]) }, "2025-11-20");
    const after = result.changeSet.changes[0]!.after!;
    expect(after.startsWith("\uFEFF---\r\n")).toBe(true);
    expect(after).toContain("last_contact: '2025-11-02'\r\n");
    expect(after.replace("last_contact: '2025-11-02'\r\n", "")).toBe(text);
  });

  it("leaves a note with a problem untouched", () => {
    const broken = person("Ann Lee", [], ["last_contact: 2025-13-45"]);
    const result = plan({ "People/Ann Lee.md": broken, "Meetings/m.md": meeting("2025-11-02", ["Ann Lee"]) }, "2025-11-20");
    expect(result.changes).toEqual([]);
  });

  it("refreshes the example vault, Ronnie Booker included, and then has nothing left to do", () => {
    const notes = readVaultFolder(EXAMPLE_VAULT);
    const first = plan(notes, "2025-11-20");
    const byPath = new Map(first.changes.map((change) => [change.path, change]));
    expect(byPath.get("People/Ronnie Booker.md")).toEqual({ path: "People/Ronnie Booker.md", from: "2025-10-27", to: expect.stringMatching(/^2025-11-/) });
    expect(byPath.get("People/Mike Kiernan.md")?.to).toBe("2025-11-13");
    for (const change of first.changeSet.changes) {
      const { removed, inserted } = onlyDifference(change.before!, change.after!);
      expect(removed.length).toBeLessThanOrEqual(10);
      expect(inserted).toMatch(/^[\d-]+$/);
    }
    const after = { ...notes, ...Object.fromEntries(first.changeSet.changes.map((change) => [change.path, change.after!])) };
    expect(plan(after, "2025-11-20").changes).toEqual([]);
  });
});
