/**
 * Mention keys: where a written name ("Mike", "Ronnie Booker", "[[People/Tiff]]") could point, filed so that
 * a change to one person finds every answer or list that might have to change with it. A person shares a key
 * with every name that could resolve to them: by link or title, by full name, by family name, or by a first
 * name alone (through its nickname group and its sound).
 */
import { Memo } from "../collections/memo";
import { formalNamesOf } from "../names/nicknames";
import { compactKey, normalizeName } from "../names/normalize";
import { phoneticCodes } from "../names/similarity";
import { basenameOfKey, linkKey } from "./linkTargets";
import type { NameVariant } from "./personNames";

/** Meetings repeat the same names thousands of times, so their keys are remembered. */
const keysOfWritten = new Memo<readonly string[]>(20_000);

/** The keys of a name as someone wrote it. */
export function mentionKeysOfName(written: string): readonly string[] {
  return keysOfWritten.get(written, computeMentionKeys);
}

function computeMentionKeys(written: string): string[] {
  const keys = [`l:${basenameOfKey(linkKey(written))}`];
  const name = normalizeName(written);
  if (name.given === "") return keys;
  keys.push(`k:${compactKey(name)}`);
  if (name.family !== undefined) return [...keys, `f:${name.family}`];
  for (const formal of formalNamesOf(name.given)) keys.push(`g:${formal}`);
  for (const code of phoneticCodes(name.given)) if (code !== "") keys.push(`c:${code}`);
  return keys;
}

/** The keys of a person: every key a written name that could mean them can have. */
export function mentionKeysOfPerson(person: { basenameKey: string; names: readonly NameVariant[] }): string[] {
  const keys = new Set([`l:${person.basenameKey}`]);
  for (const { raw, name } of person.names) {
    keys.add(`l:${linkKey(raw)}`);
    keys.add(`k:${name.compact}`);
    if (name.family !== undefined) keys.add(`f:${name.family}`);
    for (const formal of formalNamesOf(name.given)) keys.add(`g:${formal}`);
    for (const code of name.givenCodes) if (code !== "") keys.add(`c:${code}`);
  }
  return [...keys];
}
