/**
 * The names a person note answers to: its title and its aliases, each normalised once, plus the full names
 * its first-name aliases imply.
 * The file name is a link target, not a name: "ronnie-booker.md" titled "Ronnie Booker" is found by links alone.
 */
import { comparableName, type ComparableName } from "../names/agreement";
import { foldToken, normalizeName } from "../names/normalize";
import type { PersonRecord } from "../model/types";

type Named = Pick<PersonRecord, "title" | "aliases">;

/** A written name or title as Obsidian compares it: trimmed, NFC, lower case. */
export function rawNameKey(raw: string): string {
  return raw.trim().normalize("NFC").toLowerCase();
}

/** The raw names of a note with their keys (`rawNameKey`): title first, then aliases; blanks and repeats dropped. */
export function keyedRawNamesOf(person: Named): { raw: string; key: string }[] {
  const names: { raw: string; key: string }[] = [];
  for (const written of [person.title, ...person.aliases]) {
    const raw = written.trim();
    const key = rawNameKey(raw);
    if (raw !== "" && !names.some((name) => name.key === key)) names.push({ raw, key });
  }
  return names;
}

/** The raw names of a note: title first, then aliases; blanks and repeats dropped. */
export function rawNamesOf(person: Named): string[] {
  return keyedRawNamesOf(person).map((name) => name.raw);
}

export interface NameVariant {
  /** The name as written in the note (for a name implied by a first-name alias, as composed). */
  raw: string;
  name: ComparableName;
  /** The first-name alias this name was composed from ("Tiff" in "Tiffany Chen" → "Tiff Chen"). */
  fromAlias?: string;
}

/** The names after the given name, as written where they can be found: "Dr. Tiffany Chen" and "Chen, Tiffany" → "Chen". */
function afterGivenName(variant: NameVariant): string {
  const written = variant.raw.split(/[\s,]+/);
  return variant.name.tokens
    .slice(1)
    .map((token) => written.find((word) => foldToken(word) === token) ?? token)
    .join(" ");
}

/**
 * A first-name alias says what the person is called: "Tiffany Chen" with alias "Tiff" is also "Tiff Chen".
 * These combined names let "Tiff Chen" or "Ed Kim" elsewhere match as the same name, not as a nickname.
 */
function namesFromFirstNameAliases(variants: readonly NameVariant[]): { raw: string; alias: string }[] {
  const firstNames = variants.filter((variant) => variant.name.family === undefined);
  const fullNames = variants.filter((variant) => variant.name.family !== undefined);
  return firstNames.flatMap((first) => fullNames.map((full) => ({ raw: `${first.raw} ${afterGivenName(full)}`, alias: first.raw })));
}

/** Each distinct name of the note (distinct by normalised key) with how it was written; names without letters are skipped. */
export function personNameVariants(person: Named): NameVariant[] {
  return nameVariantsOf(rawNamesOf(person));
}

/** `personNameVariants` from the note's raw names (`rawNamesOf`), for a caller that has them already. */
export function nameVariantsOf(rawNames: readonly string[]): NameVariant[] {
  const byKey = new Map<string, NameVariant>();
  const add = (raw: string, fromAlias?: string) => {
    const name = normalizeName(raw);
    if (name.given === "" || byKey.has(name.key)) return;
    byKey.set(name.key, fromAlias === undefined ? { raw, name: comparableName(name) } : { raw, name: comparableName(name), fromAlias });
  };
  for (const raw of rawNames) add(raw);
  for (const { raw, alias } of namesFromFirstNameAliases([...byKey.values()])) add(raw, alias);
  return [...byKey.values()];
}

/** Each distinct normalised name of the note. */
export function personNames(person: Named): ComparableName[] {
  return personNameVariants(person).map((variant) => variant.name);
}
