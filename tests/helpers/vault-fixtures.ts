import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { VaultIndex } from "../../src/core/index/vault-index";
import { parseNote } from "../../src/core/parse/note";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings/settings";

export const EXAMPLE_VAULT = path.resolve(__dirname, "../../examples/vault");

/** Every Markdown note of a folder, by vault-relative path. */
export function readVaultFolder(root: string): Record<string, string> {
  const notes: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(root, relative))) {
      if (name.startsWith(".")) continue;
      const child = relative ? `${relative}/${name}` : name;
      if (statSync(path.join(root, child)).isDirectory()) walk(child);
      else if (name.endsWith(".md")) notes[child] = readFileSync(path.join(root, child), "utf8");
    }
  };
  walk("");
  return notes;
}

/** The core's index of a set of notes, as the CLI builds it. */
export function indexOf(notes: Record<string, string>, settings: Settings = DEFAULT_SETTINGS): VaultIndex {
  const index = new VaultIndex();
  for (const [notePath, text] of Object.entries(notes)) index.upsert(parseNote(notePath, text, settings));
  return index;
}

export function person(title: string, lines: string[] = [], frontmatter: string[] = []): string {
  return ["---", "type: people", `title: ${title}`, ...frontmatter, "---", "", `# ${title}`, "", ...lines, ""].join("\n");
}

export function meeting(date: string, participants: string[], extra: string[] = []): string {
  return ["---", "type: meeting", `date: '${date}'`, `participants: [${participants.map((name) => JSON.stringify(name)).join(", ")}]`, "---", "", ...extra, ""].join("\n");
}
