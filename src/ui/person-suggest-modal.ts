import { FuzzySuggestModal, type App } from "obsidian";
import type { PersonRecord } from "../core/model/types";

/** A fuzzy picker of people notes, searching titles and aliases. */
export class PersonSuggestModal extends FuzzySuggestModal<PersonRecord> {
  constructor(
    app: App,
    private readonly people: PersonRecord[],
    private readonly onChoose: (person: PersonRecord) => void,
    placeholder = "Merge into which person?",
  ) {
    super(app);
    this.setPlaceholder(placeholder);
  }

  getItems(): PersonRecord[] {
    return this.people;
  }

  getItemText(person: PersonRecord): string {
    const aliases = person.aliases.length > 0 ? ` (${person.aliases.join(", ")})` : "";
    return `${person.title}${aliases} — ${person.path}`;
  }

  onChooseItem(person: PersonRecord): void {
    this.onChoose(person);
  }
}
