import { describe, expect, it } from "vitest";
import { RelationshipGraph } from "../../../src/core/relationships/graph";
import { ago, meetingSummary, personSummary, projectSummary } from "../../../src/core/relationships/summaries";
import { EXAMPLE_VAULT, indexOf, meeting, person, readVaultFolder } from "../../helpers/vault-fixtures";

const options = { today: "2025-11-20", staleAfterDays: 90 };
const DAMAGED_MEETING = "Meetings/2025-10-29 - Dual-path Azure and bare-metal plan.md";

describe("the relationship panel's content", () => {
  const graph = new RelationshipGraph(indexOf(readVaultFolder(EXAMPLE_VAULT)));

  it("lists a person's open tasks from any note, the encoding-damaged meeting included, with due dates", () => {
    const nico = personSummary(graph, "People/Nico Vargas.md", options)!;
    const fromDamaged = nico.openTasks.filter((task) => task.path === DAMAGED_MEETING);
    expect(fromDamaged.map((task) => [task.due, task.priority, task.overdue])).toEqual([
      ["2025-11-05", "high", true],
      ["2025-11-15", "high", true],
      ["2025-11-18", undefined, true],
    ]);
    expect(fromDamaged[0]!.text).toBe("Confirm LSV4 LS192 availability in target regions and plan fallback to LS96 as needed.");
  });

  it("gives a task to each of its owners when they are written together or mid-sentence", () => {
    const index = indexOf({
      "People/Nico Vargas.md": person("Nico Vargas"),
      "People/Trevor Hale.md": person("Trevor Hale"),
      "Meetings/m.md": meeting("2025-11-02", ["Nico", "Trevor"], ["- [ ] Ship the plan @Nico and @Trevor 📅 2025-11-25", "- [ ] Email @Trevor about the MTU"]),
    });
    const tasksOf = (path: string) => personSummary(new RelationshipGraph(index), path, options)!.openTasks.map((task) => task.text);
    expect(tasksOf("People/Nico Vargas.md")).toEqual(["Ship the plan"]);
    expect(tasksOf("People/Trevor Hale.md").sort()).toEqual(["Email Trevor about the MTU", "Ship the plan"]);
  });

  it("takes the action items of a callout, and none from a code block in a list item", () => {
    const index = indexOf({
      "People/Nico Vargas.md": person("Nico Vargas"),
      "Meetings/m.md": meeting("2025-11-02", ["Nico"], [
        "> [!todo] Action items",
        "> - [ ] Book the lab @Nico 📅 2025-11-25",
        "- Snippet:",
        "    ```",
        "    - [ ] Not a task @Nico",
        "    ```",
      ]),
    });
    const tasks = personSummary(new RelationshipGraph(index), "People/Nico Vargas.md", options)!.openTasks;
    expect(tasks.map((task) => [task.text, task.due])).toEqual([["Book the lab", "2025-11-25"]]);
  });

  it("lists meetings newest first, with the people met most", () => {
    const ronnie = personSummary(graph, "People/Ronnie Booker.md", options)!;
    const dates = ronnie.meetings.map((m) => m.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    expect(ronnie.meetings.length).toBeGreaterThan(0);
    const counts = ronnie.peers.map((peer) => peer.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(ronnie.company).toBe("Microsoft");
  });

  it("marks last contact older than the setting as stale, and says how long ago", () => {
    const index = indexOf({ "People/Ann.md": person("Ann Lee", [], ["last_contact: '2025-08-01'"]) });
    const summary = personSummary(new RelationshipGraph(index), "People/Ann.md", options)!;
    expect(summary).toMatchObject({ lastContact: "2025-08-01", lastContactAgo: "3 months ago", stale: true });
    expect(personSummary(new RelationshipGraph(index), "People/Ann.md", { ...options, staleAfterDays: 200 })!.stale).toBe(false);
  });

  it("resolves a project's collaborators, and marks the ones without a note", () => {
    const apollo = projectSummary(graph, "Projects/Project Apollo.md", options)!;
    const tiffany = apollo.collaborators.find((c) => c.name === "Tiffany");
    expect(tiffany?.path).toBe("People/Tiffany Chen.md");
    const keek = apollo.collaborators.find((c) => c.name === "Keek");
    expect(keek?.path).toBeUndefined();
  });

  it("resolves a meeting's participants and marks ambiguous and unknown names, never guessing", () => {
    const index = indexOf({
      "People/John Mao.md": person("John Mao"),
      "People/John Tinter.md": person("John Tinter"),
      "People/Tiffany Chen.md": person("Tiffany Chen"),
      "Meetings/m.md": meeting("2025-11-02", ["John", "Tiff", "Zed"]),
    });
    const summary = meetingSummary(new RelationshipGraph(index), "Meetings/m.md", options)!;
    expect(summary.attendees.map((a) => a.path)).toEqual(["People/Tiffany Chen.md"]);
    expect(summary.ambiguous).toEqual([{ name: "John", candidates: [
      { path: "People/John Mao.md", title: "John Mao" },
      { path: "People/John Tinter.md", title: "John Tinter" },
    ] }]);
    expect(summary.unknown).toEqual(["Zed"]);
  });

  it("says how long ago in calendar terms", () => {
    expect(ago("2025-11-20", "2025-11-20")).toBe("today");
    expect(ago("2025-11-19", "2025-11-20")).toBe("yesterday");
    expect(ago("2025-10-30", "2025-11-20")).toBe("3 weeks ago");
    expect(ago("2025-11-22", "2025-11-20")).toBe("in 2 days");
  });
});
