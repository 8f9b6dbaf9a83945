import { describe, expect, it } from "vitest";
import { meetingAttendees } from "../../../src/core/people/attendance";
import { PeopleDirectory } from "../../../src/core/people/directory";
import { meeting, person } from "../dupes/records";

describe("meetingAttendees", () => {
  const directory = new PeopleDirectory([
    person("People/Ronnie Booker.md", { company: "Microsoft" }),
    person("People/Ronnie Borker.md", { company: "Microsoft" }),
    person("People/Mike Kiernan.md", { company: "Microsoft" }),
    person("People/Jason Vallery.md", { company: "VAST Data" }),
    person("People/Michael Myrah.md", { company: "Microsoft" }),
  ]);

  it("resolves participants, keeps ambiguous names as questions and lists the unknown", () => {
    const attendance = meetingAttendees(meeting("Meetings/m.md", ["Jason Vallery", "Roni", "Leo", "Jason Vallery"]), directory);
    expect(attendance.people).toEqual(["People/Jason Vallery.md"]);
    expect(attendance.ambiguous).toEqual([{ name: "Roni", candidates: ["People/Ronnie Booker.md", "People/Ronnie Borker.md"] }]);
    expect(attendance.unknown).toEqual(["Leo"]);
  });

  it("adds the people the meeting links to, matched as links", () => {
    const attendance = meetingAttendees(meeting("Meetings/m.md", ["Jason Vallery"], { links: ["Michael Myrah", "Microsoft", "People/Ronnie Booker"] }), directory);
    expect(attendance.people).toEqual(["People/Jason Vallery.md", "People/Michael Myrah.md", "People/Ronnie Booker.md"]);
  });

  it("uses the meeting's account to decide between people", () => {
    const withSmith = new PeopleDirectory([person("People/Mike Kiernan.md", { company: "Microsoft" }), person("People/Mike Smith.md", { company: "Acme" })]);
    expect(meetingAttendees(meeting("Meetings/m.md", ["Mike"], { account: "Microsoft" }), withSmith).people).toEqual(["People/Mike Kiernan.md"]);
    expect(meetingAttendees(meeting("Meetings/m.md", ["Mike"]), withSmith).ambiguous).toHaveLength(1);
  });
});
