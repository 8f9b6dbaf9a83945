/** Company names compared the way people write them: "[[Microsoft]]", "Microsoft Corp." and "microsoft" are one company. */
import { Memo } from "../collections/memo";
import { foldName } from "../names/normalize";

const LEGAL_FORMS = new Set(["inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "corp", "corporation", "co", "company", "gmbh", "ag", "sa", "bv", "nv", "pty", "srl", "oy", "ab", "as"]);

/** Companies repeat (every meeting of an account names it), so keys are remembered. */
const keys = new Memo<string | null>(10_000);

/** A comparable key for a company, or undefined when nothing usable is written. */
export function companyKey(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  return keys.get(raw, computeCompanyKey) ?? undefined;
}

function computeCompanyKey(raw: string): string | null {
  const words = foldName(raw.replace(/\[\[(?:[^\]|#]*\/)?([^\]|#/]*)(?:[#|][^\]]*)?\]\]/g, "$1"))
    .replace(/['’&.]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] ?? "")) words.pop();
  const key = words.join(" ");
  return key === "" || key === "unknown" ? null : key;
}
