import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureCliBuilt, expectOneLineError, REPO_ROOT, runCli } from "./run-cli";
import { scratchVaults, snapshot, writeNote } from "./scratch-vaults";

/**
 * `rapport scan <vault> [--json]` over copies of a fixture vault full of broken notes and of the five real
 * sample notes: broken notes are reported (path, line, reason) without stopping the scan, good notes are
 * counted, and no file is changed.
 */

const FIXTURE_VAULT = path.join(REPO_ROOT, "tests", "fixtures", "notes", "vault");
const SAMPLE_VAULT = path.join(REPO_ROOT, "examples", "vault");
const SAMPLE_NOTES = [
  "People/Ronnie Booker.md",
  "People/Ronnie Borker.md",
  "People/Mike Kiernan.md",
  "Projects/Project Apollo.md",
  "Meetings/2025-10-29 - Dual-path Azure and bare-metal plan.md",
];

interface ScanReport {
  notes: Record<"person" | "project" | "meeting" | "other", number>;
  problems: { path: string; line?: number; message: string }[];
}

const vaults = scratchVaults("scan");
const scratch = vaults.root;
const newVault = () => vaults.newVault();
const write = writeNote;

/** The fixture notes plus the ones better generated than committed: control bytes, CRLF, BOM, huge notes. */
function hostileVault(): string {
  const vault = newVault();
  cpSync(FIXTURE_VAULT, vault, { recursive: true });
  write(vault, "Bad/Control characters.md", "---\ntype: person\ntitle: A\u0000B\n---\n");
  write(vault, "Bad/Bell in front matter.md", "---\ntype: person\ncompany: Con\u0007toso\n---\n");
  write(vault, "Bad/Deeper/Escape in front matter.md", "---\ntype: person\ntitle: \u001b[2JGone\n---\n");
  write(vault, "Odd/Control characters in body.md", "---\ntype: person\n---\n## Key\u0000 Facts\n- bell \u0007 escape \u001b[31m\n");
  write(vault, "Odd/CRLF person.md", "---\r\ntype: person\r\ntitle: Crlf\r\n---\r\n## Key Facts\r\n- a\r\n");
  write(vault, "Odd/BOM person.md", "\uFEFF---\ntype: person\ntitle: Bom\n---\n");
  const lines = Array.from({ length: 20_000 }, (_, index) => (index % 10 === 0 ? `- [ ] Task ${index} @Ann 📅 2025-11-15` : `Line ${index} about [[Ann Lee]].`));
  write(vault, "Odd/Twenty thousand lines.md", `---\ntype: person\n---\n${lines.join("\n")}\n`);
  const huge = "[[Ann Lee]] said the plan is fine, see [notes](Notes/x.md) and a few more words here. ".repeat(24_000);
  write(vault, "Odd/Huge line.md", `---\ntype: person\n---\n${huge}\n`);
  write(vault, "Odd/Brackets line.md", `---\ntype: person\n---\n${"[[".repeat(300_000)}\n`);
  return vault;
}

function scanJson(vault: string): ScanReport {
  const run = runCli(["scan", vault, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as ScanReport;
}

beforeAll(async () => {
  await ensureCliBuilt();
}, 180_000);

afterAll(() => {
  vaults.remove();
});

describe("rapport scan over a vault of hostile notes", () => {
  let vault = "";
  let before: Record<string, string> = {};
  let run: ReturnType<typeof runCli>;
  let report: ScanReport;

  beforeAll(() => {
    vault = hostileVault();
    before = snapshot(vault);
    run = runCli(["scan", vault, "--json"]);
    report = JSON.parse(run.stdout) as ScanReport;
  }, 120_000);

  it("exits 0: problems are reported, not fatal", () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("prints exactly {notes: {person, project, meeting, other}, problems: [{path, line, message}]}", () => {
    expect(Object.keys(report).sort()).toEqual(["notes", "problems"]);
    expect(Object.keys(report.notes).sort()).toEqual(["meeting", "other", "person", "project"]);
    for (const problem of report.problems) {
      expect(Object.keys(problem).sort()).toEqual(["line", "message", "path"]);
      expect(typeof problem.path).toBe("string");
      expect(Number.isInteger(problem.line) && problem.line! >= 1).toBe(true);
      expect(problem.message).toMatch(/^\S.*\S$/);
    }
  });

  it("counts the good notes (and the odd ones it read correctly) next to the broken ones", () => {
    // People: Ann, Bob, Cara; Wrong types and Impossible date (a record with a problem each); the six odd notes.
    expect(report.notes).toEqual({ person: 11, project: 1, meeting: 1, other: 11 });
  });

  it("lists each broken note with its vault-relative path (with /), line and reason", () => {
    const found = report.problems.map(({ path: notePath, line }) => `${notePath}:${line}`).sort();
    expect(found).toEqual([
      "Bad/Bell in front matter.md:3",
      "Bad/Billion laughs.md:2",
      "Bad/Control characters.md:3",
      "Bad/Deeper/Escape in front matter.md:3",
      "Bad/Duplicate keys.md:4",
      "Bad/Impossible date.md:4",
      "Bad/Invalid YAML.md:4",
      "Bad/JavaScript front matter.md:1",
      "Bad/Unterminated fence.md:1",
      "Bad/Wrong types.md:3",
      "Bad/Wrong types.md:4",
    ]);
    const message = (notePath: string) => report.problems.filter((problem) => problem.path === notePath).map((problem) => problem.message);
    expect(message("Bad/Duplicate keys.md")).toEqual(["front matter is not valid YAML: the same key appears twice"]);
    expect(message("Bad/JavaScript front matter.md")).toEqual(['front matter in "js" is not read: only YAML is supported']);
    expect(message("Bad/Billion laughs.md")[0]).toMatch(/too large once its aliases/);
    expect(message("Bad/Control characters.md")[0]).toMatch(/NUL character/);
    expect(message("Bad/Wrong types.md")).toEqual(["`title`: expected text, found a list", "`last_contact`: expected a date like 2025-10-30, found a group of keys"]);
  });

  it("never runs front matter code", () => {
    expect(run.stdout).not.toContain("RAPPORT-FRONTMATTER-WAS-EXECUTED");
  });

  it("changes no byte of the vault and adds no file", () => {
    expect(snapshot(vault)).toEqual(before);
  });

  it("prints a readable summary without --json, one problem per line with path:line", () => {
    const text = runCli(["scan", vault]);
    expect(text.status).toBe(0);
    const lines = text.stdout.split("\n");
    expect(lines[0]).toBe("11 people, 1 projects, 1 meetings, 11 other notes");
    expect(lines).toContain("  Bad/Duplicate keys.md:4  front matter is not valid YAML: the same key appears twice");
    expect(lines.filter((line) => line.startsWith("  Bad/"))).toHaveLength(11);
    // No control character from a note reaches the terminal.
    expect([...text.stdout].filter((char) => char < " " && char !== "\n")).toEqual([]);
  });
});

describe("rapport scan over the five real sample notes", () => {
  it("reads 3 people, 1 project and 1 meeting with no problem, and leaves the mojibake note's bytes alone", () => {
    const vault = newVault();
    for (const note of SAMPLE_NOTES) {
      mkdirSync(path.dirname(path.join(vault, note)), { recursive: true });
      cpSync(path.join(SAMPLE_VAULT, note), path.join(vault, note));
    }
    const before = snapshot(vault);
    expect(scanJson(vault)).toEqual({ notes: { person: 3, project: 1, meeting: 1, other: 0 }, problems: [] });
    expect(snapshot(vault)).toEqual(before);
    const meeting = readFileSync(path.join(vault, SAMPLE_NOTES[4]!));
    expect(meeting.equals(readFileSync(path.join(SAMPLE_VAULT, SAMPLE_NOTES[4]!)))).toBe(true);
    expect(meeting.toString("utf8")).toContain("\uF8FFüìÖ");
  });
});

describe("rapport scan follows the vault's settings (data.json)", () => {
  it("reads only included folders, skips excluded ones, and uses the configured note types", () => {
    const vault = hostileVault();
    write(vault, "People/Dee Ray.md", "---\ntype: contact\ntitle: Dee Ray\n---\n");
    write(
      vault,
      ".obsidian/plugins/rapport/data.json",
      JSON.stringify({ settings: { includeFolders: ["People", "Bad"], excludeFolders: ["Bad/Deeper"], personTypes: ["person", "people", "contact"] } }),
    );
    const report = scanJson(vault);
    // People: Ann, Bob, Cara, Dee (a "contact"), Wrong types, Impossible date; Projects, Meetings, Notes and Odd are not read.
    expect(report.notes).toEqual({ person: 6, project: 0, meeting: 0, other: 8 });
    expect(report.problems.some((problem) => problem.path.startsWith("Bad/Deeper/"))).toBe(false);
    expect(report.problems.some((problem) => problem.path === "Bad/Duplicate keys.md")).toBe(true);
  });
});

describe("exit codes", () => {
  it("1 when the vault folder does not exist", () => {
    expectOneLineError(runCli(["scan", path.join(scratch, "no-such-vault"), "--json"]), 1, /cannot read the vault/);
  });

  it("1 when the vault is a file, not a folder", () => {
    const file = path.join(scratch, "a-file.md");
    writeFileSync(file, "# not a vault\n");
    expectOneLineError(runCli(["scan", file]), 1, /is not a folder/);
  });

  it("2 on an unknown command", () => {
    expectOneLineError(runCli(["frobnicate", scratch]), 2, /unknown command "frobnicate"/);
  });

  it("2 when the vault is missing", () => {
    expectOneLineError(runCli(["scan"]), 2, /needs a vault folder/);
    expectOneLineError(runCli(["scan", "--json"]), 2, /needs a vault folder/);
  });

  it("2 on an unknown option", () => {
    expectOneLineError(runCli(["scan", scratch, "--bogus"]), 2, /bogus/);
  });
});
