/**
 * What every index of people reads of a person note, worked out once per note and shared by them: the people
 * directory and the duplicate finder's profiles hold the same objects, not copies.
 */
import type { PersonRecord } from "../model/types";
import { companyKey } from "./company";
import { linkKeysOfPath } from "./linkTargets";
import { nameVariantsOf, rawNamesOf, type NameVariant } from "./personNames";

export interface PersonFacts {
  /** The note's names (title and aliases), normalised, with how each was written. */
  variants: readonly NameVariant[];
  /** Each written name compared the way Obsidian compares titles: trimmed, NFC, lower case. */
  rawNameKeys: readonly string[];
  /** The title compared that way. */
  titleKey: string;
  /** `companyKey` of the note's company. */
  company: string | undefined;
  pathKey: string;
  basenameKey: string;
}

/** A written name or title as Obsidian compares it. */
export function rawNameKey(raw: string): string {
  return raw.trim().normalize("NFC").toLowerCase();
}

export function personFacts(person: PersonRecord): PersonFacts {
  const rawNames = rawNamesOf(person);
  const title = person.title.trim();
  const titleKey = rawNameKey(title);
  const { pathKey, basenameKey } = linkKeysOfPath(person.path);
  return {
    variants: nameVariantsOf(rawNames),
    rawNameKeys: rawNames.map((raw) => (raw === title ? titleKey : rawNameKey(raw))),
    titleKey,
    company: companyKey(person.company),
    pathKey,
    basenameKey,
  };
}
