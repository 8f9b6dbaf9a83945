import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { noteLayout } from "../../../src/core/parse/layout";
import { readStructure } from "../../../src/core/parse/note";
import { findSection, sectionBullets } from "../../../src/core/parse/sections";
import type { Task } from "../../../src/core/model/types";
import { meeting, parse, person, project, readSample, SAMPLE_VAULT, SAMPLES } from "./helpers";

/**
 * The five real notes the issue came with, parsed into the records a person reading them would expect.
 * Every field is spelled out, so a change in what the parser reads shows up here.
 */

describe("People/Ronnie Booker.md", () => {
  const parsed = parse(SAMPLES.booker, readSample(SAMPLES.booker));

  it("is a person with company and role from the Contact Information table", () => {
    expect(parsed.problems).toEqual([]);
    const record = person(parsed);
    expect(record).toMatchObject({
      kind: "person",
      path: "People/Ronnie Booker.md",
      title: "Ronnie Booker",
      aliases: [],
      tags: ["type/people", "needs-review", "company/microsoft"],
      company: "Microsoft",
      // The table's Role wins over the Profile's longer "… at Microsoft".
      role: "Owns chassis/layout/storage placement decisions for Apollo deployments",
      created: "2026-01-03",
      lastContact: "2025-10-27",
    });
  });

  it("keeps every link of the body, each with its line", () => {
    const targets = person(parsed).links.map((link) => link.target);
    expect(targets).toContain("Microsoft");
    expect(targets).toContain("Microsoft BizDev Education & Intros to Ronnie");
    expect(person(parsed).links.every((link) => link.line > 11)).toBe(true);
  });

  it("splits into its ## sections and reads all 18 Key Facts, across the blank lines between them", () => {
    const text = readSample(SAMPLES.booker);
    const { sections, layout } = readStructure(text);
    expect(sections.map((section) => section.heading)).toEqual([
      "",
      "Contact Information",
      "Relationship",
      "Background",
      "Projects",
      "Open Tasks",
      "Tasks They Own",
      "Key Facts",
      "Topics Discussed",
      "Recent Context",
      "Profile",
      "Key Decisions",
      "Related Customers",
      "Related Projects",
      "Related",
    ]);
    expect(sections.map((section) => section.text).join("")).toBe(text.slice(layout.bodyStart));
    const facts = sectionBullets(findSection(sections, "key facts")!);
    expect(facts).toHaveLength(18);
    expect(facts[0]).toMatch(/^Kurt is global pre-sales lead/);
    expect(facts[17]).toBe("Current support requires pre-certified hardware; VM support expected in December and only for small VMs.");
  });

  it("has no tasks: the Tasks-query code blocks are not tasks", () => {
    expect(parsed.tasks).toEqual([]);
  });
});

describe("People/Ronnie Borker.md", () => {
  it("is a separate person with its own table values", () => {
    const parsed = parse(SAMPLES.borker, readSample(SAMPLES.borker));
    expect(parsed.problems).toEqual([]);
    expect(person(parsed)).toMatchObject({
      title: "Ronnie Borker",
      company: "Microsoft",
      role: "Runs Azure hardware",
      created: "2026-01-03",
      lastContact: "2025-10-30",
    });
  });
});

describe("People/Mike Kiernan.md", () => {
  const text = readSample(SAMPLES.kiernan);

  it("has its company from the company/microsoft tag (it has no Contact Information table) and its role from Profile", () => {
    const parsed = parse(SAMPLES.kiernan, text);
    expect(parsed.problems).toEqual([]);
    expect(person(parsed)).toMatchObject({
      title: "Mike Kiernan",
      company: "Microsoft",
      role: "Microsoft",
      created: "2026-01-03",
      lastContact: "2025-11-06",
      tags: ["type/people", "needs-review", "company/microsoft"],
    });
    expect(findSection(readStructure(text).sections, "Contact Information")).toBeUndefined();
  });

  it("really takes the company from the tag: without the tag there is no company", () => {
    const withoutTag = text.replace("- company/microsoft\n", "");
    expect(withoutTag).not.toBe(text);
    expect(person(parse(SAMPLES.kiernan, withoutTag)).company).toBeUndefined();
  });

  it("reads its ten Key Facts", () => {
    const facts = sectionBullets(findSection(readStructure(text).sections, "Key Facts")!);
    expect(facts).toHaveLength(10);
    expect(facts[0]).toBe("VAST signed a ~$1.2B software licensing deal with CoreWeave.");
  });
});

describe("Projects/Project Apollo.md", () => {
  const parsed = parse(SAMPLES.apollo, readSample(SAMPLES.apollo));

  it("is a project with status, owner from the Status table and the 8 collaborators of its table", () => {
    expect(parsed.problems).toEqual([]);
    expect(project(parsed)).toMatchObject({
      kind: "project",
      title: "Project Apollo",
      status: "active",
      owner: "AKS team (Microsoft)",
      created: "2026-01-03",
      lastContact: "2025-10-28",
      collaborators: ["Tiffany", "Vipin", "Kushal Datta", "Alon Horev", "Keek", "Lior Genzel", "Anson", "Jason Vallery"],
    });
  });

  it("reads its five Next Steps as open tasks without owners", () => {
    expect(parsed.tasks.map(({ done, owners, text }) => ({ done, owners, text }))).toEqual([
      { done: false, owners: [], text: "Use Kushal/MAI opportunity to create a wedge and open Apollo storage integration discussions" },
      { done: false, owners: [], text: "Stay close with Lior and Tiffany to advance Apollo storage integration option" },
      { done: false, owners: [], text: "Map Azure stakeholders across AKS/Apollo, Storage, Compute, and Hardware and their priorities" },
      { done: false, owners: [], text: "Align MAI storyline with Kubernetes-led control plane framing" },
      { done: false, owners: [], text: "Engage MAI PM owner (Kushal Datta) and Kubernetes leadership to position VAST + Polaris" },
    ]);
    expect(parsed.tasks.map((task) => task.line)).toEqual([38, 39, 40, 41, 42]);
  });
});

describe("Meetings/2025-10-29 - Dual-path Azure and bare-metal plan.md (mojibake)", () => {
  const text = readSample(SAMPLES.meeting);

  it("really is damaged: its signifiers are UTF-8 read as Mac Roman", () => {
    // 📅 (F0 9F 93 85) as Mac Roman is U+F8FF (the Apple logo) + "üìÖ"; ⏫ (E2 8F AB) is "‚è´"; ’ is "‚Äô".
    expect(text).toContain("\uF8FFüìÖ 2025-12-05 ‚è´ #task");
    expect(text).toContain("Anand‚Äôs org");
    expect(text).not.toContain("📅");
    expect(text).not.toContain("⏫");
  });

  const parsed = parse(SAMPLES.meeting, text);

  it("is a customer meeting with its date, account and all 17 participants", () => {
    expect(parsed.problems).toEqual([]);
    expect(meeting(parsed)).toMatchObject({
      kind: "meeting",
      title: "Dual-path Azure and bare-metal plan",
      date: "2025-10-29",
      account: "Microsoft",
      tags: ["type/customer", "account/microsoft", "generated"],
      participants: [
        "Jonsi Stemmelsson",
        "Leo",
        "Nico",
        "Mike",
        "Jason Vallery",
        "James",
        "Trevor",
        "Tiff",
        "John",
        "Anand",
        "Eiki",
        "Jan",
        "Assaf",
        "Sarah",
        "Claire",
        "Ed Kim",
        "Roni",
      ],
    });
    expect(meeting(parsed).participants).toHaveLength(17);
  });

  it("reads the 11 action items with their owners, due dates and priorities despite the mojibake", () => {
    const expected: Task[] = [
      { line: 25, done: false, owners: ["VAST Engineering"], due: "2025-12-05", priority: "high", text: "Deliver an 8-node LSV4 VAST test system in Azure for UK Met by the first week of December." },
      { line: 26, done: false, owners: ["VAST Engineering"], due: "2025-11-17", priority: "high", text: "Prepare Azure demo for Supercomputing/Ignite." },
      { line: 27, done: false, owners: ["Nico"], due: "2025-11-15", priority: "high", text: "Verify RDMA availability and timelines (VM-to-VM and GPU-to-VAST), including MTU and VNet constraints, with PM." },
      { line: 28, done: false, owners: ["Nico"], due: "2025-11-05", priority: "high", text: "Confirm LSV4 LS192 availability in target regions and plan fallback to LS96 as needed." },
      { line: 29, done: false, owners: ["Nico"], due: "2025-11-18", text: "Verify if Ignite announcements include east-west VM-to-VM RDMA for LSV4 and capture preview/GA dates." },
      { line: 30, done: false, owners: ["Mike"], due: "2025-11-20", priority: "high", text: "Discuss with Anand who will purchase/own the bare-metal POC system; target an answer around Supercomputing." },
      { line: 31, done: false, owners: ["Microsoft Procurement"], priority: "high", text: "Define a non-marketplace procurement path for VAST software for internal Microsoft subscriptions." },
      { line: 32, done: false, owners: ["Jason Vallery"], text: "Coordinate with Ed Kim on OEM sourcing and transacting route; align OEM shortlist." },
      { line: 33, done: false, owners: ["Jonsi Stemmelsson"], text: "Schedule engineering workshop on Lifter/Polaris integration with Nico, Trevor, and Travis." },
      { line: 34, done: false, owners: ["James"], text: "Set up a separate engineering track for OEM/bare-metal automation (hardware/switch APIs)." },
      { line: 35, done: false, owners: ["Tiff"], due: "2025-11-15", priority: "high", text: "Ping Sarah to confirm mid-November commitment on EGAL platform update." },
    ];
    expect(parsed.tasks).toEqual(expected);
  });

  it("never changes the note: the text handed in and the file on disk stay byte for byte the same", () => {
    const before = readFileSync(SAMPLE_VAULT + SAMPLES.meeting);
    const input = before.toString("utf8");
    parse(SAMPLES.meeting, input);
    readStructure(input);
    expect(Buffer.from(input, "utf8").equals(before)).toBe(true);
    expect(readFileSync(SAMPLE_VAULT + SAMPLES.meeting).equals(before)).toBe(true);
  });
});

describe("all five samples", () => {
  it("have plain LF YAML front matter and no byte order mark", () => {
    for (const path of Object.values(SAMPLES)) {
      const layout = noteLayout(readSample(path));
      expect(layout, path).toMatchObject({ hasBom: false, eol: "\n", unterminatedFence: false });
      expect(layout.frontmatter?.language, path).toBe("");
    }
  });
});
