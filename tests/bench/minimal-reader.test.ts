/**
 * The bench's lower bound only bounds Rapport's reader if it does the same reading on the synthetic notes:
 * the same links, tasks, titles and dates. Where it read less, its time would say less than it claims.
 */
import { describe, expect, test } from "vitest";
import { minimalRead } from "../../scripts/bench/minimal-reader";
import { generateVault } from "../../scripts/bench/synthetic-vault";
import { parseNote } from "../../src/core/parse/note";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";

const vault = generateVault({ people: 600, seed: 11 });
const both = [...vault].map(([path, text]) => ({ path, minimal: minimalRead(path, text), full: parseNote(path, text, DEFAULT_SETTINGS) }));

describe("the minimal reader reads what Rapport reads from the synthetic notes", () => {
  test("every note is a record to Rapport", () => {
    expect(both.filter(({ full }) => full.record === undefined)).toEqual([]);
  });

  test("the same link targets on the same lines", () => {
    for (const { minimal, full } of both) expect(minimal.record.links).toEqual(full.record?.links.map(({ target, line }) => ({ target, line })));
  });

  test("the same tasks, open or done, on the same lines", () => {
    for (const { minimal, full } of both) {
      expect(minimal.tasks.map(({ done, line }) => ({ done, line }))).toEqual(full.tasks.map(({ done, line }) => ({ done, line })));
    }
    expect(both.some(({ minimal }) => minimal.tasks.length > 0)).toBe(true);
  });

  test("the same title, tags and last contact", () => {
    for (const { minimal, full } of both) {
      expect(minimal.record.title).toBe(full.record?.title);
      expect(minimal.record.tags).toEqual(full.record?.tags);
      expect(minimal.record.lastContact).toBe(full.record?.lastContact);
    }
  });
});
