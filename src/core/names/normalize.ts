/**
 * Turns a person's name as written in a note ("Dr. José O'Neill Jr.", "Booker, Ronnie") into comparable parts.
 * Everything downstream (nicknames, similarity, blocking, resolution) works on these folded forms.
 */

export interface NormalizedName {
  /** First name token, folded ("jose"). Empty only when the input held no letters. */
  given: string;
  /** Last name token, folded, without particles ("van", "de la"); absent for a single name ("Tiff"). */
  family?: string;
  /** Tokens between given and family, particles excluded. */
  middle: string[];
  /** Every token in given-first order, titles and suffixes removed, particles kept. */
  tokens: string[];
  /** `tokens` joined by single spaces: equal keys are the same name up to accents, case, punctuation and order of a comma form. */
  key: string;
}

/** Letters NFKD leaves whole: they have no combining-mark decomposition. */
const LETTER_FOLDS: Record<string, string> = {
  ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", æ: "ae", œ: "oe", ß: "ss", ı: "i", ħ: "h", ŀ: "l",
};

const TITLES = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
  "rev", "revd", "fr", "hon", "capt", "col", "gen", "sgt", "herr", "frau", "mme", "mlle", "sra",
]);

/** Trailing tokens that are not part of the name. Two-letter degrees that are also surnames ("Ma") are left out. */
const SUFFIXES = new Set([
  "jr", "jnr", "sr", "snr", "ii", "iii", "iv", "phd", "md", "dds", "esq", "mba", "cpa", "jd", "msc", "bsc",
  "obe", "mbe", "cbe", "kbe", "dphil", "frs", "rn", "pe",
]);

/** Lower-case words that join a family name ("Ludwig van Beethoven"); compared without them. */
const PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "dos", "das", "ter", "ten", "bin", "ibn", "al", "el"]);

/** Whether a word, as written, is one of those particles ("van", "de"). */
export function isNameParticle(word: string): boolean {
  return PARTICLES.has(word);
}

/** Unicode NFKD, accents removed, special letters spelled out, lower case. Keeps spaces and punctuation. */
export function foldName(raw: string): string {
  const decomposed = raw.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  return decomposed.replace(/[øłđðþæœßıħŀ]/g, (letter) => LETTER_FOLDS[letter] ?? letter);
}

const ALREADY_FOLDED = /^[a-z0-9]*$/;

/** One folded word: letters and digits only ("O'Neill" → "oneill", "Jean-Luc" → "jeanluc"). */
export function foldToken(raw: string): string {
  if (ALREADY_FOLDED.test(raw)) return raw; // the common case, and a hot path: tokens are folded once and looked up often
  return foldName(raw).replace(/[^\p{L}\p{N}]+/gu, "");
}

function stripDecoration(raw: string): string {
  return raw
    .replace(/\[\[(?:[^\]|#]*\/)?([^\]|#/]*)(?:[#|][^\]]*)?\]\]/g, "$1") // a wiki link: keep its target's file name
    .replace(/\([^)]*\)|\[[^\]]*\]|"[^"]*"|“[^”]*”/g, " ") // "(Koncha)", quoted nicknames: not part of the name
    .replace(/@/g, " ");
}

/** Folded words of one comma-separated part. Apostrophes and hyphens join; dots and other marks split. */
function wordsOf(part: string): string[] {
  return foldName(part)
    .replace(/['’ʼ`´-]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !/^\p{N}+$/u.test(word)); // "Ronnie Booker 2" is a copy of "Ronnie Booker"
}

function dropTitlesAndSuffixes(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (end - start > 1 && TITLES.has(words[start] ?? "")) start++;
  while (end - start > 1 && SUFFIXES.has(words[end - 1] ?? "")) end--;
  return words.slice(start, end);
}

/** "Booker, Ronnie" → ["ronnie", "booker"]; a trailing ", Jr." part is a suffix, not a given name. */
function orderedWords(raw: string): string[] {
  const parts = stripDecoration(raw)
    .split(",")
    .map(wordsOf)
    .filter((words) => words.length > 0 && !words.every((word) => SUFFIXES.has(word)));
  const [family, given] = parts;
  if (parts.length === 2 && family && given) return dropTitlesAndSuffixes([...given, ...family]);
  return dropTitlesAndSuffixes(parts.flat());
}

/** Plain letters and single spaces: most names, which need none of the work below but the case fold. */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * Splits the tokens into given, middle (particles left out) and family. Built as one literal per shape rather
 * than by spreading parts: every person's names pass through here, and spreading made this several times slower.
 */
export function normalizeName(raw: string): NormalizedName {
  const tokens = PLAIN_NAME.test(raw) ? dropTitlesAndSuffixes(raw.toLowerCase().split(" ")) : orderedWords(raw);
  const given = tokens[0] ?? "";
  const key = tokens.join(" ");
  if (tokens.length < 2) return { given, middle: [], tokens, key };
  const middle: string[] = [];
  for (let at = 1; at < tokens.length - 1; at++) {
    const token = tokens[at] ?? "";
    if (!PARTICLES.has(token)) middle.push(token);
  }
  return { given, family: tokens[tokens.length - 1] ?? "", middle, tokens, key };
}

/** The same tokens in alphabetical order: "Kim Sarah" and "Sarah Kim" share it. */
export function sortedTokenKey(name: NormalizedName): string {
  return [...name.tokens].sort().join(" ");
}

/** The tokens run together: "Anne-Marie Dubois" and "Anne Marie Dubois" differ only in spacing and share it. */
export function compactKey(name: NormalizedName): string {
  return name.tokens.join("");
}

/** True when the name is a first name alone ("Tiff"), so a family name cannot be compared. */
export function isGivenOnly(name: NormalizedName): boolean {
  return name.family === undefined && name.given !== "";
}
