import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse/note";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/settings";

describe("notes that are neither people, projects nor meetings", () => {
  it("give no record and no problem, but their tasks still count", () => {
    const daily = "---\ntype: daily\n---\n- [ ] Send the deck @Ann Lee 📅 2025-11-30 ⏫\n- [x] Done already @Ann Lee\n[[Ann Lee]]\n";
    const parsed = parseNote("Daily/2025-11-03.md", daily, DEFAULT_SETTINGS);
    expect(parsed).toMatchObject({ kind: "other", problems: [] });
    expect(parsed.record).toBeUndefined();
    expect(parsed.tasks.map((task) => [task.done, task.owners, task.due, task.priority])).toEqual([
      [false, ["Ann Lee"], "2025-11-30", "high"],
      [true, ["Ann Lee"], undefined, undefined],
    ]);
  });

  it("without front matter too", () => {
    expect(parseNote("Inbox/idea.md", "- [ ] think @Bo\n", DEFAULT_SETTINGS).tasks).toHaveLength(1);
  });
});
