/**
 * Text that was UTF-8 but got decoded as Mac Roman upstream (the sample meeting's `üìÖ` for 📅, `‚è´` for ⏫).
 * Rapport reads such lines as if they were intact, and never rewrites the note to do so: the repair is
 * applied to a copy used for parsing only.
 */

const MAC_ROMAN_HIGH =
  "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø" +
  "¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

/** How a string looks after its UTF-8 bytes were read as Mac Roman. */
export function asMacRomanMojibake(text: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    out += byte < 0x80 ? String.fromCharCode(byte) : MAC_ROMAN_HIGH[byte - 0x80];
  }
  return out;
}

/** The Tasks plugin's signifiers and the punctuation most often damaged in transcripts. */
const REPAIRABLE = ["📅", "⏳", "🛫", "➕", "✅", "❌", "🔁", "🔺", "⏫", "🔼", "🔽", "⏬", "’", "‘", "“", "”", "–", "—", "…"];

const REPAIRS: ReadonlyArray<[string, string]> = REPAIRABLE.map((intact) => [asMacRomanMojibake(intact), intact] as [string, string])
  // Longest damaged forms first, so a long sequence is never half-repaired by a shorter one.
  .sort((a, b) => b[0].length - a[0].length);

/** Quick test: every damaged form above starts with one of these characters. */
const DAMAGE_HINT = /[\uF8FF‚]/;

export function repairMojibake(line: string): string {
  if (!DAMAGE_HINT.test(line)) return line;
  let repaired = line;
  for (const [damaged, intact] of REPAIRS) {
    if (repaired.includes(damaged)) repaired = repaired.split(damaged).join(intact);
  }
  return repaired;
}
