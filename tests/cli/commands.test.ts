import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendFileSync, chmodSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureCliBuilt, expectOneLineError, REPO_ROOT, runCli, type CliRun } from "./run-cli";
import { scratchVaults, snapshot, writeNote, type Snapshot } from "./scratch-vaults";

/**
 * Every `rapport` command but `scan` (see scan.test.ts), run as a user runs it: the built CLI in a child
 * process, on scratch copies of the example vault (examples/vault, whose README says what each note is for)
 * or on small vaults written here. What is checked is what the CLI adapter adds to the core: argument
 * parsing, text and --json output, exit codes, dry runs that write nothing, the files a write changes (and
 * only those), the journal, the trash and `undo` putting every byte back.
 *
 *   dupes         the Ronnie Booker / Ronnie Borker pair first, with its evidence; read-only
 *   merge         --dry-run writes nothing; the real merge folds Borker into Booker, retargets every link,
 *                 trashes Borker's exact bytes and journals; usage errors exit 2 and touch nothing
 *   undo          restores a merge byte for byte; refuses (restoring nothing) once a note changed after it
 *   last-contact  changes only `last_contact:` lines; a second run and a dry run record nothing
 *   facts         folds a pasted-twice Key Fact and nothing else; undo puts it back
 *   person        the panel's facts for Ronnie Booker and Mike Kiernan; an unknown name is a usage error
 *   not-same      the decision lands in the plugin's data.json and `dupes` stops proposing the pair
 */

const SAMPLE_VAULT = path.join(REPO_ROOT, "examples", "vault");
const KEEP = "People/Ronnie Booker.md";
const DROP = "People/Ronnie Borker.md";
const JOURNAL_DIR = path.join(".obsidian", "plugins", "rapport", "journal");
/** After every meeting in the example vault, so "a date never moves past today" holds nothing back whatever the clock says. */
const TODAY = "2026-01-01";
/** The notes that link Ronnie Borker, and so what the merge rewrites besides the kept note (examples/vault/README.md). */
const NOTES_LINKING_BORKER = [
  "Daily/2025-11-03.md",
  "Meetings/2025-10-28 - Discussed Microsoft AI (MAI) landscape, Falcon capacity rollout, and Azure dynam.md",
  "Meetings/2025-10-30 - Reviewed MAI meeting prep and testing path (prefer hardware; VMs supported in De.md",
  "People/Michael Myrah.md",
  "Projects/MAI Dallas storage.md",
];

interface MergeReport {
  keep: string;
  drop: string;
  dryRun: boolean;
  linksRetargeted: number;
  notesChanged: string[];
  trashed: string;
  diff?: string;
}

interface DupesReport {
  groups: { notes: string[]; score: number; band: string; reasons: string[] }[];
}

interface LastContactReport {
  changed: { path: string; from?: string; to: string }[];
  dryRun?: true;
}

interface FactsReport {
  dryRun: boolean;
  changed: { path: string; diff?: string }[];
}

interface PersonReport {
  path: string;
  title: string;
  lastContact?: string;
  meetings: { path: string; date?: string; title: string }[];
  projects: { path: string; title: string }[];
  openTasks: { text: string; due?: string; path: string; overdue: boolean }[];
  peers: { path: string; count: number; title: string }[];
  ambiguous: { name: string; path: string; candidates: string[] }[];
  possibleDuplicates: { path: string }[];
}

const scratch = scratchVaults("commands");
const newVault = () => scratch.newVault();

/** A fresh copy of the example vault. Folders are made writable: a checkout may have them read-only, and cpSync keeps modes. */
function sampleVault(): string {
  const vault = newVault();
  cpSync(SAMPLE_VAULT, vault, { recursive: true });
  chmodSync(vault, 0o755);
  for (const entry of readdirSync(vault, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) chmodSync(path.join(entry.parentPath, entry.name), 0o755);
  }
  return vault;
}

function read(vault: string, notePath: string): string {
  return readFileSync(path.join(vault, notePath), "utf8");
}

function original(notePath: string): Buffer {
  return readFileSync(path.join(SAMPLE_VAULT, notePath));
}

/**
 * The user's files: everything but the top-level dot folders (.obsidian holds plugin data and the journal,
 * .trash the trash). A temporary file left beside a note would still show here.
 */
function userFiles(files: Snapshot): Snapshot {
  return Object.fromEntries(Object.entries(files).filter(([file]) => !file.startsWith(".")));
}

/** Paths added, removed or changed between two snapshots. */
function changedPaths(before: Snapshot, after: Snapshot): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((file) => before[file] !== after[file]).sort();
}

function journalEntries(vault: string): string[] {
  const dir = path.join(vault, JOURNAL_DIR);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".json")) : [];
}

function markdownNotes(vault: string, { skipDotFolders }: { skipDotFolders: boolean }): string[] {
  return Object.keys(snapshot(vault))
    .filter((file) => file.endsWith(".md") && (!skipDotFolders || !file.startsWith(".")))
    .sort();
}

/** The text with fenced blocks and inline code spans removed: what is written there is an example, not a link. */
function withoutCode(text: string): string {
  return text
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "")
    .replace(/`[^`\n]*`/g, "");
}

/** Notes (outside .trash and .obsidian) that still link Ronnie Borker in any of the forms the example vault uses. */
function notesLinkingBorker(vault: string): string[] {
  const link = /\[\[(People\/)?Ronnie Borker[\]|#\\]|\]\(People\/Ronnie%20Borker\.md\)/;
  return markdownNotes(vault, { skipDotFolders: true }).filter((note) => link.test(withoutCode(read(vault, note))));
}

/** A note cut around its `## <heading>` section(s): the lines up to and including the heading, the section's lines, and the rest. */
function splitAtSection(text: string, heading: string): { before: string[]; section: string[]; after: string[] } {
  const lines = text.split("\n");
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  let end = start + 1;
  while (end < lines.length && !/^#{1,2} /.test(lines[end]!)) end++;
  return { before: lines.slice(0, start + 1), section: lines.slice(start + 1, end), after: lines.slice(end) };
}

/** The "- " items of every `## <heading>` section of a note. */
function sectionItems(text: string, heading: string): string[] {
  const items: string[] = [];
  let rest = text;
  while (rest.split("\n").includes(`## ${heading}`)) {
    const { section, after } = splitAtSection(rest, heading);
    items.push(...section.filter((line) => line.startsWith("- ")));
    rest = after.join("\n");
  }
  return items;
}

function parseJson<T>(run: CliRun): T {
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as T;
}

function merge(vault: string, ...extra: string[]): CliRun {
  return runCli(["merge", vault, "--keep", KEEP, "--drop", DROP, ...extra]);
}

beforeAll(async () => {
  await ensureCliBuilt();
}, 180_000);

afterAll(() => {
  scratch.remove();
});

describe("rapport dupes", () => {
  it("proposes Ronnie Booker / Ronnie Borker first, with the same evidence in text and JSON, and changes nothing", () => {
    const vault = sampleVault();
    const before = snapshot(vault);

    const report = parseJson<DupesReport>(runCli(["dupes", vault, "--json"]));
    const [first] = report.groups;
    expect(first?.notes).toEqual([KEEP, DROP]);
    expect(first?.reasons).toContain("family names sound alike: Booker / Borker");
    expect(first?.reasons).toContain("both at Microsoft");

    const text = runCli(["dupes", vault]);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe("");
    const lines = text.stdout.split("\n");
    expect(lines[0]).toBe(`${report.groups.length} possible duplicates, best first:`);
    // The first entry: both titles, then both paths, then one "- " line per reason, in the JSON's order.
    const entry = lines.findIndex((line) => line.startsWith("1. "));
    expect(lines[entry]).toMatch(/^1\. Ronnie Booker {2}~ {2}Ronnie Borker {3}\d+% \(suggest\)$/);
    expect(lines.slice(entry + 1, entry + 3)).toEqual([`     ${KEEP}`, `     ${DROP}`]);
    expect(lines.slice(entry + 3, entry + 3 + first!.reasons.length)).toEqual(first!.reasons.map((reason) => `     - ${reason}`));

    expect(snapshot(vault)).toEqual(before);
  });
});

describe("rapport merge --dry-run", () => {
  it("shows the kept note's diff and what would change, and writes nothing at all (no journal, no trash)", () => {
    const vault = sampleVault();
    const before = snapshot(vault);

    const text = merge(vault, "--dry-run");
    expect(text.status).toBe(0);
    expect(text.stderr).toBe("");
    expect(text.stdout).toContain(`--- ${KEEP}\tbefore\n+++ ${KEEP}\tafter\n`);
    expect(text.stdout).toContain("\n+- ✅ Prioritize Project Apollo as the first entry path over Azure marketplace SKUs.\n");
    expect(text.stdout.trimEnd().split("\n").at(-1)).toBe(
      `Dry run: nothing was written. Merging would rewrite ${KEEP}, retarget 8 links in 5 other notes, and move ${DROP} to .trash/.`,
    );

    const report = parseJson<MergeReport>(merge(vault, "--dry-run", "--json"));
    expect(report).toMatchObject({ keep: KEEP, drop: DROP, dryRun: true, linksRetargeted: 8, trashed: DROP });
    expect([...report.notesChanged].sort()).toEqual([...NOTES_LINKING_BORKER, KEEP].sort());
    expect(report.diff).toContain(`+++ ${KEEP}\tafter\n`);

    expect(snapshot(vault)).toEqual(before);
    expect(existsSync(path.join(vault, JOURNAL_DIR))).toBe(false);
    expect(existsSync(path.join(vault, ".trash"))).toBe(false);
  });
});

describe("rapport merge", () => {
  it("folds Borker into Booker, retargets every link, trashes Borker's exact bytes, changes only the notes it reports, and journals", () => {
    const vault = sampleVault();
    // The check below must be able to fail: before the merge, it finds the README's five linking notes.
    expect(notesLinkingBorker(vault)).toEqual(NOTES_LINKING_BORKER);
    const before = userFiles(snapshot(vault));
    const keptBefore = read(vault, KEEP);
    const dropped = original(DROP).toString("utf8");

    const report = parseJson<MergeReport>(merge(vault, "--json"));
    expect(report).toMatchObject({ keep: KEEP, drop: DROP, dryRun: false, linksRetargeted: 8, trashed: DROP });
    expect(report.diff).toBeUndefined();

    // The notes the output names changed, the dropped note left, and nothing else moved.
    expect(changedPaths(before, userFiles(snapshot(vault)))).toEqual([...report.notesChanged, DROP].sort());
    expect([...report.notesChanged].sort()).toEqual([...NOTES_LINKING_BORKER, KEEP].sort());

    // Every one of Borker's Key Facts is in the kept note's Key Facts, once (Booker already had them all, in a second pasted block).
    const kept = read(vault, KEEP);
    const droppedFacts = sectionItems(dropped, "Key Facts");
    expect(droppedFacts).toHaveLength(10);
    const keptFacts = sectionItems(kept, "Key Facts");
    for (const fact of droppedFacts) expect(keptFacts.filter((line) => line === fact)).toEqual([fact]);
    // What Booker lacked is carried over: Borker's Key Decisions, his Profile background, his related project.
    const newDecisions = sectionItems(dropped, "Key Decisions").filter((line) => !keptBefore.includes(line));
    expect(newDecisions).toContain("- ✅ Prioritize Project Apollo as the first entry path over Azure marketplace SKUs.");
    for (const decision of newDecisions) expect(sectionItems(kept, "Key Decisions")).toContain(decision);
    expect(kept).toContain("\n- Owns end-to-end Azure datacenter hardware platform; potential path for hardware-optimized Azure deployments; intro ideally sponsored by another CVP (e.g., Nidhi).\n");
    expect(sectionItems(kept, "Related Projects")).toContain("- [[Cloud]]");
    // The old name stays findable: it becomes an alias of the kept note.
    expect(kept.split("\n---\n")[0]).toMatch(/^aliases:\n- Ronnie Borker$/m);

    // Borker is out of People/, byte for byte in the trash where Obsidian would put it.
    expect(existsSync(path.join(vault, DROP))).toBe(false);
    expect(readFileSync(path.join(vault, ".trash", DROP)).equals(original(DROP))).toBe(true);

    // No link to Borker is left anywhere; the code span and fenced block that only mention him stay as written.
    expect(notesLinkingBorker(vault)).toEqual([]);
    const daily = read(vault, "Daily/2025-11-03.md");
    expect(daily).toContain("`[[Ronnie Borker]]`");
    expect(daily).toContain('alias rule (draft): "Roni", "Ronnie Borker" -> [[Ronnie Borker]] until the people merge lands');

    expect(journalEntries(vault)).toHaveLength(1);
  });
});

describe("rapport undo after a merge", () => {
  it("puts every note back byte for byte; a second undo has nothing to do", () => {
    const vault = sampleVault();
    const before = userFiles(snapshot(vault));
    expect(merge(vault).status).toBe(0);
    expect(existsSync(path.join(vault, DROP))).toBe(false);

    const undo = runCli(["undo", vault]);
    expect(undo.status).toBe(0);
    expect(undo.stderr).toBe("");
    expect(undo.stdout.startsWith(`Undone: Merged ${DROP} into ${KEEP}; 8 links retargeted. Restored 7 notes:\n`)).toBe(true);
    expect(userFiles(snapshot(vault))).toEqual(before);
    expect(readFileSync(path.join(vault, DROP)).equals(original(DROP))).toBe(true);
    // The duplicate was moved back out of the trash, not written anew beside a stale copy.
    expect(existsSync(path.join(vault, ".trash", DROP))).toBe(false);

    const again = runCli(["undo", vault]);
    expect(again).toEqual({ status: 0, stdout: "Nothing to undo.\n", stderr: "" });
  });
});

describe("rapport undo when a note changed after the merge", () => {
  const appended = "\n- Met again at the Apollo review.\n";
  let vault = "";
  let beforeUndo: Snapshot = {};
  let undo: CliRun;

  beforeAll(() => {
    vault = sampleVault();
    const run = merge(vault);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Merged ${DROP} into ${KEEP}.\n`);
    appendFileSync(path.join(vault, KEEP), appended);
    beforeUndo = snapshot(vault);
    undo = runCli(["undo", vault]);
  }, 60_000);

  it("names the changed note and restores nothing", () => {
    expect(undo.stdout).toMatch(/^Not undone: these notes changed since "Merged People\/Ronnie Borker\.md into People\/Ronnie Booker\.md; 8 links retargeted", so nothing was restored:\n/);
    expect(undo.stdout.split("\n").filter((line) => line.startsWith("  "))).toEqual([`  ${KEEP}`]);
    expect(existsSync(path.join(vault, DROP))).toBe(false);
    expect(read(vault, KEEP).endsWith(appended)).toBe(true);
    expect(snapshot(vault)).toEqual(beforeUndo);
  });

  it("fails with exit 1 and one line on stderr, so a script does not take it for an undo", () => {
    expect(undo.status).toBe(1);
    expect(undo.stderr).toBe("rapport: nothing was undone: 1 note changed since the operation\n");
  });

  it("says the same in JSON, and still restores nothing", () => {
    const json = runCli(["undo", vault, "--json"]);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ blocked: [KEEP] });
    expect(json.stderr).toMatch(/^rapport: [^\n]+\n$/);
    expect(snapshot(vault)).toEqual(beforeUndo);
  });
});

describe("rapport last-contact", () => {
  it("changes only last_contact lines, to the dates it prints; a rerun and a dry run record nothing; undo restores every byte", () => {
    const vault = sampleVault();
    const before = snapshot(vault);

    const dry = runCli(["last-contact", vault, "--dry-run", "--today", TODAY]);
    expect(dry.status).toBe(0);
    expect(dry.stderr).toBe("");
    expect(snapshot(vault)).toEqual(before);
    expect(existsSync(path.join(vault, ".obsidian"))).toBe(false);
    const wouldChange = dry.stdout.split("\n").filter((line) => line.startsWith("  ")).map((line) => line.trim());

    const report = parseJson<LastContactReport>(runCli(["last-contact", vault, "--today", TODAY, "--json"]));
    expect(Object.keys(report)).toEqual(["changed"]);
    for (const change of report.changed) {
      expect(Object.keys(change).sort()).toEqual(["from", "path", "to"]);
      expect(change.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(change.to > change.from!).toBe(true);
    }
    // The README's example: Booker's 2025-10-27 moves to the 2025-11-10 1on1 that links him.
    expect(report.changed).toContainEqual({ path: KEEP, from: "2025-10-27", to: "2025-11-10" });
    // The dry run announced exactly this.
    expect(wouldChange).toEqual(report.changed.map((change) => `${change.path}: ${change.from} → ${change.to}`));

    const after = snapshot(vault);
    const changedNotes = report.changed.map((change) => change.path);
    expect(changedPaths(userFiles(before), userFiles(after))).toEqual([...changedNotes].sort());
    for (const change of report.changed) {
      const oldLines = original(change.path).toString("utf8").split("\n");
      const newLines = read(vault, change.path).split("\n");
      expect(newLines).toHaveLength(oldLines.length);
      const differing = oldLines.map((_, line) => line).filter((line) => oldLines[line] !== newLines[line]);
      expect(differing).toHaveLength(1);
      const [oldLine, newLine] = [oldLines[differing[0]!]!, newLines[differing[0]!]!];
      expect(oldLine).toMatch(/^last_contact: /);
      // Same quoting, same line ending: only the date differs.
      expect(newLine).toBe(oldLine.replace(change.from!, change.to));
    }
    expect(journalEntries(vault)).toHaveLength(1);

    const rerun = runCli(["last-contact", vault, "--today", TODAY]);
    expect(rerun).toEqual({ status: 0, stdout: "Last contact is up to date: nothing to change.\n", stderr: "" });
    // An operation that changes nothing records nothing: the journal still holds only the first refresh.
    expect(snapshot(vault)).toEqual(after);

    expect(runCli(["undo", vault]).status).toBe(0);
    expect(userFiles(snapshot(vault))).toEqual(userFiles(before));
  });
});

describe("rapport facts", () => {
  const REPEATED = "People/Nia Twice.md";
  const niaNote = [
    "---",
    "type: person",
    "title: Nia Twice",
    "last_contact: 2025-10-01",
    "---",
    "",
    "# Nia Twice",
    "",
    "## Key Facts",
    "",
    "- Runs the lab.",
    "- Owns the budget.",
    "- Runs the lab.",
    "- Owns the budget.",
    "",
    "## Relationship",
    "",
    "Weekly 1:1 on Mondays.",
    "- Runs the lab.", // the same line outside Key Facts is not a repeated fact: it must stay
    "",
  ].join("\n");

  it("folds a Key Fact pasted twice and touches nothing else; undo puts it back; a rerun records nothing", () => {
    const vault = newVault();
    writeNote(vault, REPEATED, niaNote);
    writeNote(vault, "People/Ola Once.md", "---\ntype: person\ntitle: Ola Once\n---\n\n## Key Facts\n\n- Speaks Japanese.\n- Runs the lab.\n");
    // Only people notes are consolidated: a project with a repeated fact is left alone.
    writeNote(vault, "Projects/Lab.md", "---\ntype: project\ntitle: Lab\n---\n\n## Key Facts\n\n- Opened in 2020.\n- Opened in 2020.\n");
    const before = snapshot(vault);

    const dry = runCli(["facts", vault, "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain(`+++ ${REPEATED}\tafter\n`);
    expect(dry.stdout.trimEnd().split("\n").at(-1)).toBe(`Dry run: would consolidate 1 note: ${REPEATED}`);
    expect(snapshot(vault)).toEqual(before);
    expect(existsSync(path.join(vault, ".obsidian"))).toBe(false);

    const report = parseJson<FactsReport>(runCli(["facts", vault, "--json"]));
    expect(report).toEqual({ dryRun: false, changed: [{ path: REPEATED }] });
    const after = snapshot(vault);
    expect(changedPaths(userFiles(before), userFiles(after))).toEqual([REPEATED]);
    const was = splitAtSection(niaNote, "Key Facts");
    const now = splitAtSection(read(vault, REPEATED), "Key Facts");
    expect(now.before).toEqual(was.before);
    expect(now.after).toEqual(was.after);
    expect(now.section.filter((line) => line.startsWith("- "))).toEqual(["- Runs the lab.", "- Owns the budget."]);
    expect(journalEntries(vault)).toHaveLength(1);

    const rerun = runCli(["facts", vault]);
    expect(rerun).toEqual({ status: 0, stdout: "No repeated key facts found: nothing to change.\n", stderr: "" });
    expect(snapshot(vault)).toEqual(after);

    expect(runCli(["undo", vault]).status).toBe(0);
    expect(read(vault, REPEATED)).toBe(niaNote);
    expect(userFiles(snapshot(vault))).toEqual(userFiles(before));
  });

  it("on the example vault, consolidates only Ronnie Booker (its Key Facts were pasted in two blocks) and loses no fact", () => {
    const vault = sampleVault();
    const before = userFiles(snapshot(vault));
    const report = parseJson<FactsReport>(runCli(["facts", vault, "--json"]));
    expect(report).toEqual({ dryRun: false, changed: [{ path: KEEP }] });
    expect(changedPaths(before, userFiles(snapshot(vault)))).toEqual([KEEP]);
    const factsBefore = sectionItems(original(KEEP).toString("utf8"), "Key Facts");
    expect(factsBefore).toHaveLength(18);
    expect(sectionItems(read(vault, KEEP), "Key Facts")).toEqual(factsBefore);
    expect(journalEntries(vault)).toHaveLength(1);
  });
});

describe("rapport person", () => {
  let vault = "";

  beforeAll(() => {
    vault = sampleVault();
  });

  it("shows Ronnie Booker's panel: last contact, meetings, projects, open tasks, people met with, the possible duplicate", () => {
    const text = runCli(["person", vault, "Ronnie Booker", "--today", TODAY]);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe("");
    const lines = text.stdout.split("\n");
    const block = (title: string) => {
      const start = lines.findIndex((line) => line.startsWith(`${title} (`));
      const end = lines.indexOf("", start);
      return lines.slice(start, end < 0 ? undefined : end);
    };
    expect(lines[0]).toBe("Ronnie Booker — Owns chassis/layout/storage placement decisions for Apollo deployments, Microsoft");
    expect(lines[1]).toBe(`  ${KEEP}`);
    expect(lines[2]).toMatch(/^Last contact: 2025-10-27 \(\d+ months ago\)$/);
    expect(lines[3]).toMatch(/^Possible duplicate: People\/Ronnie Borker\.md \(\d+%, .*family names sound alike: Booker \/ Borker/);
    expect(block("Meetings")).toEqual(["Meetings (2)", "  2025-11-10  Apollo storage integration with Tiff", "  2025-11-04  Apollo hardware placement review"]);
    expect(block("Projects")).toEqual(["Projects (1)", "  Microsoft BizDev Education & Intros to Ronnie"]);
    // Tasks that mention him belong to their @owners, not to him.
    expect(block("Open tasks")).toEqual(["Open tasks (0)"]);
    expect(block("Meets with most")).toEqual(["Meets with most (3)", "  Jason Vallery (2)", "  Tiffany Chen (2)", "  Michael Myrah (1)"]);
    expect(block("Ambiguous mentions")[0]).toBe("Ambiguous mentions (2)");
  });

  it("gives the same facts as JSON", () => {
    const report = parseJson<PersonReport>(runCli(["person", vault, "Ronnie Booker", "--today", TODAY, "--json"]));
    expect(report).toMatchObject({ path: KEEP, title: "Ronnie Booker", lastContact: "2025-10-27", openTasks: [] });
    expect(report.meetings.map((meeting) => meeting.path)).toEqual([
      "Meetings/2025-11-10 - Apollo storage integration with Tiff.md",
      "Meetings/2025-11-04 - Apollo hardware placement review.md",
    ]);
    expect(report.projects).toEqual([{ path: "Projects/Microsoft BizDev Education & Intros to Ronnie.md", title: "Microsoft BizDev Education & Intros to Ronnie" }]);
    expect(report.peers.map(({ path: peer, count }) => `${peer}:${count}`)).toEqual(["People/Jason Vallery.md:2", "People/Tiffany Chen.md:2", "People/Michael Myrah.md:1"]);
    // "Roni" fits both Ronnies, so it is shown as ambiguous rather than counted.
    expect(report.ambiguous.map((mention) => mention.name)).toEqual(["Roni", "Roni"]);
    expect(report.ambiguous[0]?.candidates).toEqual([KEEP, DROP]);
    expect(report.possibleDuplicates.map((duplicate) => duplicate.path)).toEqual([DROP]);
  });

  it("lists the open tasks a person owns, overdue against --today, and not the done ones", () => {
    const report = parseJson<PersonReport>(runCli(["person", vault, "People/Mike Kiernan.md", "--today", TODAY, "--json"]));
    expect(report.lastContact).toBe("2025-11-06");
    expect(report.openTasks.map(({ text, due, overdue }) => ({ text, due, overdue }))).toEqual([
      { text: "Ask Anand who purchases the bare-metal POC system.", due: "2025-11-20", overdue: true },
      { text: "Book a follow-up with the Exeter facilities team.", due: "2025-11-28", overdue: true },
    ]);
  });

  it("exits 2 with one line when no person matches, and the vault is untouched", () => {
    const before = snapshot(vault);
    expectOneLineError(runCli(["person", vault, "Nobody Here"]), 2, /^rapport: no person note matches "Nobody Here"\n$/);
    expect(snapshot(vault)).toEqual(before);
  });
});

describe("rapport not-same", () => {
  it("records the decision in the plugin's data.json only, and dupes stops proposing the pair", () => {
    const vault = sampleVault();
    const before = snapshot(vault);
    const groupsBefore = parseJson<DupesReport>(runCli(["dupes", vault, "--json"])).groups.length;

    // Given in the other order: the pair is stored sorted.
    const run = runCli(["not-same", vault, DROP, KEEP]);
    expect(run).toEqual({ status: 0, stdout: `Recorded: ${KEEP} and ${DROP} are different people.\n`, stderr: "" });
    expect(changedPaths(before, snapshot(vault))).toEqual([".obsidian/plugins/rapport/data.json"]);
    const data = JSON.parse(read(vault, ".obsidian/plugins/rapport/data.json")) as { notSamePerson: string[][] };
    expect(data.notSamePerson).toEqual([[KEEP, DROP]]);

    const groups = parseJson<DupesReport>(runCli(["dupes", vault, "--json"])).groups;
    expect(groups.some((group) => group.notes.includes(KEEP) && group.notes.includes(DROP))).toBe(false);
    // Only that pair is gone: the others are still proposed.
    expect(groups).toHaveLength(groupsBefore - 1);
    expect(groups[0]?.notes).toEqual(["People/Jose Ortega.md", "People/José Ortega.md"]);
  });
});

describe("rapport merge usage errors", () => {
  it("exit 2 with one line on stderr, nothing on stdout, and no file written, inside or outside the vault", () => {
    const vault = sampleVault();
    const outside = path.join(path.dirname(vault), "outside.md");
    writeFileSync(outside, "---\ntype: person\ntitle: Outside\n---\n\n## Key Facts\n\n- Not in the vault.\n");
    const before = snapshot(vault);
    const outsideBefore = readFileSync(outside);

    expectOneLineError(runCli(["merge", vault]), 2, /merge needs --keep <path> and --drop <path>/);
    expectOneLineError(runCli(["merge", vault, "--keep", KEEP, "--drop", KEEP]), 2, /--keep and --drop name the same note/);
    expectOneLineError(runCli(["merge", vault, "--keep", KEEP, "--drop", "People/Nobody.md"]), 2, /--drop People\/Nobody\.md: no such note in the vault/);
    expectOneLineError(runCli(["merge", vault, "--keep", KEEP, "--drop", "../outside.md"]), 2, /--drop \.\.\/outside\.md: no such note in the vault/);

    expect(snapshot(vault)).toEqual(before);
    expect(readFileSync(outside).equals(outsideBefore)).toBe(true);
    expect(existsSync(path.join(path.dirname(vault), ".trash"))).toBe(false);
  });
});
