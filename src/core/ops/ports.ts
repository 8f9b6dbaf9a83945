/**
 * What an operation needs from the place notes live. The plugin implements these over Obsidian's Vault and
 * FileManager, the CLI over the file system, and the tests over an in-memory map; the operations themselves
 * (plan, journal, apply, undo) are written once, in the core.
 */

export interface NoteStore {
  /** The note's current text, or undefined when there is no such note. */
  read(path: string): Promise<string | undefined>;
  /**
   * Replaces a note's text in one atomic step: `edit` receives the current text and returns the new one.
   * Throwing from `edit` leaves the note untouched.
   */
  process(path: string, edit: (current: string) => string): Promise<void>;
  /** Creates a note that does not exist yet (used by undo to bring a trashed note back). */
  create(path: string, text: string): Promise<void>;
  /** Moves a note to the trash: Obsidian's trash, or `<vault>/.trash/` from the CLI. */
  trash(path: string): Promise<void>;
}

/** Where journal entries are kept: the plugin's folder in the vault's config folder, shared by both shells. */
export interface JournalStore {
  /** Entries, oldest first. */
  list(): Promise<string[]>;
  read(id: string): Promise<string | undefined>;
  write(id: string, json: string): Promise<void>;
  remove(id: string): Promise<void>;
}
