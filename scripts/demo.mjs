// `npm run demo`: the main job on a temporary copy of the bundled example vault, as a user would run it.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const vault = path.join(mkdtempSync(path.join(tmpdir(), "rapport-demo-")), "vault");
cpSync(path.join(root, "examples", "vault"), vault, { recursive: true });
// The example vault is set in November 2025; the demo looks at it from that month.
const today = "2025-11-20";

function rapport(...args) {
  const command = ["rapport", ...args.map((arg) => (arg === vault ? "<vault>" : arg.includes(" ") ? JSON.stringify(arg) : arg))].join(" ");
  console.log(`\n\x1b[1m$ ${command}\x1b[0m`);
  const output = execFileSync(process.execPath, [path.join(root, "bin", "rapport.cjs"), ...args, "--today", today], { encoding: "utf8" });
  process.stdout.write(output);
  return output;
}

function keyFactsOf(notePath) {
  const text = readFileSync(path.join(vault, notePath), "utf8");
  const section = text.split(/^## /m).find((part) => part.startsWith("Key Facts"));
  return (section ?? "").split("\n").filter((line) => /^- /.test(line));
}

console.log(`Example vault copied to ${vault}`);
rapport("scan", vault);
rapport("dupes", vault);
rapport("merge", vault, "--keep", "People/Ronnie Booker.md", "--drop", "People/Ronnie Borker.md", "--dry-run");
rapport("merge", vault, "--keep", "People/Ronnie Booker.md", "--drop", "People/Ronnie Borker.md");
const facts = keyFactsOf("People/Ronnie Booker.md");
console.log(`\nRonnie Booker now has ${facts.length} key facts, ${new Set(facts).size} distinct.`);
rapport("person", vault, "Ronnie Booker");
rapport("last-contact", vault, "--dry-run");
rapport("last-contact", vault);
rapport("undo", vault);
console.log(`\nThe vault copy stays at ${vault} for you to open in Obsidian.`);
