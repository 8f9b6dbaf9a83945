import { VaultIndex } from "../core/index/vault-index";
import { parseNote } from "../core/parse/note";
import { isPathIncluded, type Settings } from "../core/settings/settings";
import { listNotes } from "./fs-store";
import { terminalProgress } from "./progress";
import { forEachNoteText } from "./vault-texts";

/** Reads every note of a vault from disk into the core's index. */
export async function loadVault(vault: string, settings: Settings): Promise<VaultIndex> {
  const paths = (await listNotes(vault)).filter((notePath) => isPathIncluded(notePath, settings));
  const index = new VaultIndex();
  const progress = terminalProgress("Reading notes");
  await forEachNoteText(vault, paths, (notePath, text) => index.upsert(parseNote(notePath, text, settings)), (done) => progress.update(done, paths.length));
  progress.finish();
  return index;
}
