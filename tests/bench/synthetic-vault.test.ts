/**
 * The benchmark's vault generator: deterministic, with the counts, shapes and ground truth the bench relies
 * on. No timing here: speed is measured by `npm run bench` only.
 */
import { describe, expect, test } from "vitest";
import { pairsOfGroups, scorePairs, truePairsOf } from "../../scripts/bench/accuracy";
import { foldedName, generateVault, meetingCount, notesForPeople, peopleForNotes, projectCount, stripAccents, TWIN_KINDS, type SyntheticVault } from "../../scripts/bench/synthetic-vault";
import { parseNote } from "../../src/core/parse/note";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import type { MeetingRecord, ProjectRecord } from "../../src/core/model/types";

const PEOPLE = 2000;
const vault: SyntheticVault = generateVault({ people: PEOPLE, seed: 7 });
const parsed = new Map([...vault].map(([path, text]) => [path, parseNote(path, text, DEFAULT_SETTINGS)]));
const titleOf = (path: string) => path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");

describe("determinism", () => {
  test("the same seed gives the same notes and the same truth", () => {
    const again = generateVault({ people: PEOPLE, seed: 7 });
    expect([...again.keys()]).toEqual([...vault.keys()]);
    for (const [path, text] of vault) expect(again.get(path)).toBe(text);
    expect(again.truth.twins).toEqual(vault.truth.twins);
    expect([...again.truth.identityOf]).toEqual([...vault.truth.identityOf]);
    expect(again.counts).toEqual(vault.counts);
  });

  test("another seed gives another vault", () => {
    const other = generateVault({ people: PEOPLE, seed: 8 });
    const samePaths = [...other.keys()].filter((path) => vault.has(path)).length;
    expect(samePaths).toBeLessThan(other.size / 2);
  });
});

describe("counts", () => {
  test("N people, N/4 meetings, N/50 projects, about 5% twins", () => {
    const folders = { people: 0, meetings: 0, projects: 0 };
    for (const path of vault.keys()) {
      if (path.startsWith("Meetings/")) folders.meetings++;
      else if (path.startsWith("Projects/")) folders.projects++;
      else folders.people++;
    }
    expect(folders).toEqual({ people: PEOPLE, meetings: PEOPLE / 4, projects: PEOPLE / 50 });
    expect(vault.counts).toMatchObject({ people: PEOPLE, meetings: meetingCount(PEOPLE), projects: projectCount(PEOPLE), twins: PEOPLE * 0.05 });
    expect(vault.counts.identities + vault.counts.twins).toBe(PEOPLE);
    expect(vault.size).toBe(notesForPeople(PEOPLE));
  });

  test("peopleForNotes sizes a vault to a total note count", () => {
    for (const total of [2000, 10_000, 100_000]) {
      const people = peopleForNotes(total);
      expect(notesForPeople(people)).toBeLessThanOrEqual(total);
      expect(notesForPeople(people + 1)).toBeGreaterThan(total);
      expect(total - notesForPeople(people)).toBeLessThan(3);
    }
  });

  test("every note parses, as the kind its folder says, without problems", () => {
    const kinds = { person: 0, meeting: 0, project: 0, other: 0 };
    for (const [path, note] of parsed) {
      expect(note.problems, path).toEqual([]);
      kinds[note.kind]++;
      const expected = path.startsWith("Meetings/") ? "meeting" : path.startsWith("Projects/") ? "project" : "person";
      expect(note.kind, path).toBe(expected);
    }
    expect(kinds).toEqual({ person: PEOPLE, meeting: PEOPLE / 4, project: PEOPLE / 50, other: 0 });
  });
});

describe("note shapes", () => {
  const meetings = [...parsed.values()].flatMap((note) => (note.record?.kind === "meeting" ? [note] : []));
  const projects = [...parsed.values()].flatMap((note) => (note.record?.kind === "project" ? [note.record] : []));

  test("person notes look like the pipeline's: front matter, contact table, facts, recent context", () => {
    const person = [...vault].find(([path, text]) => path.startsWith("People/") && text.includes("auto_created: true"));
    expect(person).toBeDefined();
    const text = person?.[1] ?? "";
    expect(text).toMatch(/^---\ntype: people\ntitle: .+\ncreated: '\d{4}-\d{2}-\d{2}'\n/);
    expect(text).toMatch(/\ntags:\n- type\/people\n(- needs-review\n)?- company\/[a-z-]+\n---\n/);
    for (const heading of ["## Contact Information", "## Key Facts", "## Recent Context"]) expect(text).toContain(heading);
    expect(text).toContain("| **Company** |");
  });

  test("sizes are like the real notes: about 1 to 6 KB", () => {
    const sizes = [...vault.values()].map((text) => Buffer.byteLength(text, "utf8")).sort((a, b) => a - b);
    const at = (share: number) => sizes[Math.floor(share * (sizes.length - 1))] ?? 0;
    expect(at(0.05)).toBeGreaterThan(800);
    expect(at(0.5)).toBeGreaterThan(1200);
    expect(at(0.5)).toBeLessThan(3000);
    expect(at(1)).toBeLessThan(7000);
  });

  test("meetings name 3 to 8 participants, in full, by first name and as links, and carry Tasks items", () => {
    let links = 0;
    let firstNames = 0;
    for (const meeting of meetings) {
      const record = meeting.record as MeetingRecord;
      expect(record.participants.length, record.path).toBeGreaterThanOrEqual(3);
      expect(record.participants.length, record.path).toBeLessThanOrEqual(8);
      expect(record.date).toMatch(/^202[45]-\d{2}-\d{2}$/);
      expect(meeting.tasks.length).toBeGreaterThan(0);
      for (const task of meeting.tasks) expect(task.owners.length).toBe(1);
      const text = vault.get(record.path) ?? "";
      links += (text.match(/"\[\[[^\]]+\]\]"/g) ?? []).length;
      firstNames += record.participants.filter((name) => !name.includes(" ")).length;
    }
    expect(links).toBeGreaterThan(meetings.length);
    expect(firstNames).toBeGreaterThan(meetings.length / 4);
    const text = vault.get(meetings[0]?.path ?? "") ?? "";
    expect(text).toMatch(/^- \[[ x]\] .+ @[^@]+ 📅 \d{4}-\d{2}-\d{2} .*#task$/m);
    expect(new Set(meetings.map((meeting) => (meeting.record as MeetingRecord).path.length > 0 && vault.get(meeting.path)?.match(/^type: "?(\w+)"?$/m)?.[1]))).toEqual(
      new Set(["customer", "meeting", "1on1"]),
    );
  });

  test("projects list collaborators as [[links]] in a table", () => {
    for (const project of projects as ProjectRecord[]) {
      expect(project.collaborators.length).toBeGreaterThanOrEqual(3);
      expect(vault.get(project.path)).toContain("## Collaborators\n\n| Person | Role | Company |");
    }
  });

  test("names are diverse and realistically repetitive", () => {
    const big = generateVault({ people: 10_000, seed: 3 });
    const family = new Map<string, number>();
    const given = new Map<string, number>();
    for (const path of big.truth.identityOf.keys()) {
      const [first = "", ...rest] = titleOf(path).split(" ");
      given.set(first, (given.get(first) ?? 0) + 1);
      family.set(rest.join(" "), (family.get(rest.join(" ")) ?? 0) + 1);
    }
    expect(family.size).toBeGreaterThan(2000);
    const topGiven = Math.max(...given.values());
    expect(topGiven).toBeGreaterThan(80); // the commonest given name is shared by many
    expect([...given.values()].filter((count) => count === 1).length).toBeGreaterThan(50); // and rare ones exist
    expect([...big.truth.identityOf.keys()].some((path) => stripAccents(path) !== path)).toBe(true);
  });
});

describe("ground truth", () => {
  const { truth } = vault;

  test("every twin is another note of its original's identity, of every kind", () => {
    expect(truth.twins.length).toBe(vault.counts.twins);
    for (const twin of truth.twins) {
      expect(vault.has(twin.path)).toBe(true);
      expect(truth.identityOf.get(twin.path)).toBe(truth.identityOf.get(twin.of));
      expect(twin.path).not.toBe(twin.of);
    }
    expect(new Set(truth.twins.map((twin) => twin.kind))).toEqual(new Set(TWIN_KINDS));
  });

  test("twins differ from their originals as their kind says", () => {
    for (const twin of truth.twins) {
      const [a, b] = [titleOf(twin.of), titleOf(twin.path)];
      if (twin.kind === "same-title") expect(b).toBe(a);
      else if (twin.kind === "accent") expect(b).toBe(stripAccents(a));
      else if (twin.kind === "nickname") expect(b.split(" ").slice(1)).toEqual(a.split(" ").slice(1));
      else {
        expect(b).not.toBe(a);
        expect(Math.abs(b.length - a.length)).toBeLessThanOrEqual(1);
      }
    }
  });

  test("distinct people never share a name", () => {
    const owners = new Map<string, number>();
    for (const [path, identity] of truth.identityOf) {
      const key = foldedName(titleOf(path));
      const owner = owners.get(key);
      if (owner !== undefined) expect(owner, path).toBe(identity);
      owners.set(key, identity);
    }
  });

  test("the hub attends exactly the meetings the truth says", () => {
    const hubTitle = titleOf(truth.hub);
    const attended = [...parsed.values()].filter((note) => note.record?.kind === "meeting" && note.record.participants.includes(hubTitle));
    expect(truth.hubMeetings).toBe(Math.min(500, PEOPLE / 4));
    expect(attended.length).toBe(truth.hubMeetings);
  });

  test("pairwise scoring: the truth scores itself perfectly", () => {
    const truePairs = truePairsOf(truth.identityOf);
    expect(truePairs.size).toBeGreaterThanOrEqual(truth.twins.length);
    const byIdentity = new Map<number, string[]>();
    for (const [path, identity] of truth.identityOf) byIdentity.set(identity, [...(byIdentity.get(identity) ?? []), path]);
    const perfect = pairsOfGroups([...byIdentity.values()].filter((notes) => notes.length > 1).map((notes) => ({ notes })));
    expect(scorePairs(perfect, truePairs)).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePairs(new Set(), truePairs)).toMatchObject({ precision: 1, recall: 0 });
  });
});
