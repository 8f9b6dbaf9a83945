/** What the duplicate finder knows about one person note, worked out once per note. */
import type { ComparableName } from "../names/agreement";
import { foldToken } from "../names/normalize";
import type { PersonRecord } from "../model/types";
import { linkKey } from "../people/linkTargets";
import { personFacts, type PersonFacts } from "../people/personFacts";
import type { NameVariant } from "../people/personNames";

export interface PersonProfile {
  path: string;
  title: string;
  /** The title compared the way Obsidian compares names: NFC, lower case. */
  titleKey: string;
  names: readonly NameVariant[];
  /** The names with a family name, compared as full names; kept, since every compared pair reads them. */
  fullNames: readonly ComparableName[];
  /** At least one name has a family name. First-name-only notes ("Tiff") are compared differently. */
  full: boolean;
  company: string | undefined;
  companyDisplay: string | undefined;
  /** Keys of the note's outgoing link targets, each once. An array: most notes have none or a few. */
  links: readonly string[];
  pathKey: string;
  basenameKey: string;
}

const NO_LINKS: readonly string[] = [];

/**
 * `facts` may be passed when already worked out (the people directory holds them), and are then shared, not
 * copied. One shape for every profile: pairs of them are compared in the hottest loop.
 */
export function personProfile(person: PersonRecord, facts: PersonFacts = personFacts(person)): PersonProfile {
  const { variants: names, company, titleKey, pathKey, basenameKey } = facts;
  const fullNames = names.filter((variant) => variant.name.family !== undefined).map((variant) => variant.name);
  return {
    path: person.path,
    title: person.title,
    titleKey,
    names,
    fullNames,
    full: fullNames.length > 0,
    company,
    companyDisplay: company === undefined ? undefined : person.company?.replace(/\[\[|\]\]/g, "").trim(),
    links: linkKeysOf(person),
    pathKey,
    basenameKey,
  };
}

function linkKeysOf(person: PersonRecord): readonly string[] {
  if (person.links.length === 0) return NO_LINKS;
  const keys = new Set<string>();
  for (const link of person.links) keys.add(linkKey(link.target));
  keys.delete("");
  return keys.size === 0 ? NO_LINKS : [...keys];
}

/** A folded token as the note wrote it ("borker" in "Ronnie Borker" → "Borker"), for reasons a person reads. */
export function displayToken(profile: PersonProfile, token: string): string {
  for (const variant of profile.names) {
    const word = variant.raw.split(/[\s,]+/).find((candidate) => foldToken(candidate) === token);
    if (word !== undefined) return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  }
  return token.charAt(0).toUpperCase() + token.slice(1);
}
