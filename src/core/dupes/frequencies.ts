/**
 * How often each name, code and company occurs in the vault: the term frequencies that make a shared
 * rare name count for more than a shared common one. Kept up to date note by note.
 */
import { formalNamesOf } from "../names/nicknames";
import type { PersonProfile } from "./profile";

type Field = "given" | "givenFormal" | "givenCode" | "family" | "familyCode" | "company" | "title" | "linkTarget";

const FIELDS: readonly Field[] = ["given", "givenFormal", "givenCode", "family", "familyCode", "company", "title", "linkTarget"];

/** Each value a note contributes to each field, once per note however many of its names carry it. */
function valuesOf(profile: PersonProfile): Record<Field, Set<string>> {
  const values = Object.fromEntries(FIELDS.map((field) => [field, new Set<string>()])) as Record<Field, Set<string>>;
  for (const { name } of profile.names) {
    values.given.add(name.given);
    for (const formal of formalNamesOf(name.given)) values.givenFormal.add(formal);
    for (const code of name.givenCodes) if (code !== "") values.givenCode.add(code);
    if (name.family !== undefined) values.family.add(name.family);
    for (const code of name.familyCodes ?? []) if (code !== "") values.familyCode.add(code);
  }
  if (profile.company !== undefined) values.company.add(profile.company);
  values.title.add(profile.titleKey);
  for (const target of profile.links) values.linkTarget.add(target);
  return values;
}

export class VaultFrequencies {
  private readonly counts = new Map<Field, Map<string, number>>(FIELDS.map((field) => [field, new Map()]));
  private people = 0;

  get population(): number {
    return this.people;
  }

  add(profile: PersonProfile): void {
    this.people++;
    this.apply(profile, 1);
  }

  remove(profile: PersonProfile): void {
    this.people--;
    this.apply(profile, -1);
  }

  /** Number of notes carrying `value` in `field`. */
  count(field: Field, value: string): number {
    return this.counts.get(field)?.get(value) ?? 0;
  }

  private apply(profile: PersonProfile, delta: number): void {
    for (const [field, values] of Object.entries(valuesOf(profile)) as [Field, Set<string>][]) {
      const counts = this.counts.get(field);
      if (!counts) continue;
      for (const value of values) {
        const next = (counts.get(value) ?? 0) + delta;
        if (next > 0) counts.set(value, next);
        else counts.delete(value);
      }
    }
  }
}
