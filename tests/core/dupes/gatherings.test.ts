import { describe, expect, it } from "vitest";
import { Gatherings } from "../../../src/core/dupes/gatherings";
import { PeopleDirectory } from "../../../src/core/people/directory";
import { mentionKeysOfPerson } from "../../../src/core/people/mentions";
import { meeting, person, project } from "./records";

/** A link to a person note by its file name. */
const linkTo = (record: { path: string }) => `[[${record.path.replace(/^.*\//, "").replace(/\.md$/, "")}]]`;
const staff = Array.from({ length: 40 }, (_, index) => person(`People/Person ${String(index).padStart(2, "0")}.md`, { title: `Alex Member${index}` }));

describe("gatherings", () => {
  it("count each person once per list that names them, in a short list and in a long one, and forget them when dropped", () => {
    const directory = new PeopleDirectory(staff);
    const gatherings = new Gatherings(directory);
    const [first, second] = staff;
    if (!first || !second) throw new Error("no staff");
    gatherings.setMeeting(meeting("Meetings/m.md", ["Alex Member0", "[[Person 00]]", "Alex Member1"]));
    gatherings.setProject(project("Projects/big.md", [...staff.map(linkTo), linkTo(first)]));
    expect(gatherings.listCount(first.path)).toBe(2);
    expect(staff.map((each) => gatherings.listCount(each.path)).reduce((sum, count) => sum + count, 0)).toBe(42);
    gatherings.setProject(project("Projects/big.md", staff.slice(1).map(linkTo)));
    gatherings.setMeeting(meeting("Meetings/m.md", ["Alex Member1"]));
    expect(gatherings.listCount(first.path)).toBe(0);
    expect(gatherings.listCount(second.path)).toBe(2);
    expect(gatherings.namingApart(first.path, second.path)).toEqual([]);
  });

  it("drop a person from the lists that no longer name them when their note changes, in a short list and in a long one", () => {
    const directory = new PeopleDirectory(staff);
    const gatherings = new Gatherings(directory);
    const [first] = staff;
    if (!first) throw new Error("no staff");
    gatherings.setMeeting(meeting("Meetings/m.md", ["Alex Member0", "Alex Member1"]));
    gatherings.setMeeting(meeting("Meetings/all.md", staff.map((each) => each.title)));
    expect(gatherings.listCount(first.path)).toBe(2);
    const before = directory.factsOf(first.path);
    if (!before) throw new Error("not filed");
    directory.upsert({ ...first, title: "Blake Other" });
    gatherings.refreshMentionsOf(mentionKeysOfPerson({ basenameKey: before.basenameKey, names: before.variants }));
    expect(gatherings.listCount(first.path)).toBe(0);
    expect(staff.slice(1).map((each) => gatherings.listCount(each.path))).toEqual(staff.slice(1).map((_, index) => (index === 0 ? 2 : 1)));
  });
});
