import { readFile } from "node:fs/promises";
import path from "node:path";
import { VaultIndex } from "../core/index/vault-index";
import { parseNote } from "../core/parse/note";
import { isPathIncluded, type Settings } from "../core/settings/settings";
import { listNotes } from "./fs-store";
import { terminalProgress } from "./progress";

/** Reads every note of a vault from disk into the core's index. */
export async function loadVault(vault: string, settings: Settings): Promise<VaultIndex> {
  const paths = (await listNotes(vault)).filter((notePath) => isPathIncluded(notePath, settings));
  const index = new VaultIndex();
  const progress = terminalProgress("Reading notes");
  const batch = 64;
  for (let start = 0; start < paths.length; start += batch) {
    const slice = paths.slice(start, start + batch);
    const texts = await Promise.all(slice.map((notePath) => readFile(path.join(vault, notePath), "utf8")));
    slice.forEach((notePath, offset) => index.upsert(parseNote(notePath, texts[offset] ?? "", settings)));
    progress.update(Math.min(start + batch, paths.length), paths.length);
  }
  progress.finish();
  return index;
}
