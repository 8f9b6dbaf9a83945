import type { VaultIndex } from "../core/index/vault-index";
import type { JournalStore, NoteStore } from "../core/ops/ports";
import type { PluginData } from "../core/settings/settings";

/** What every CLI command gets: its arguments, the vault's stores and data, and where to print. */
export interface CommandContext {
  vault: string;
  /** Positional arguments after the vault. */
  args: string[];
  options: Record<string, string | boolean | undefined>;
  json: boolean;
  dryRun: boolean;
  today: string;
  data: PluginData;
  saveData(data: PluginData): Promise<void>;
  notes: NoteStore;
  journal: JournalStore;
  loadIndex(): Promise<VaultIndex>;
  print(line: string): void;
  printJson(value: unknown): void;
}
