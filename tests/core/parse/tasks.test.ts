import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { asMacRomanMojibake, repairMojibake } from "../../../src/core/parse/mojibake";
import { parseTaskLine, parseTasks } from "../../../src/core/parse/tasks";
import type { Priority } from "../../../src/core/model/types";

/** Tasks-format action items: `- [ ] text @Owner 📅 2025-11-15 ⏫ #task`. */

describe("parseTaskLine", () => {
  it("reads the issue's example line", () => {
    expect(parseTaskLine("- [ ] text @Owner 📅 2025-11-15 ⏫ #task", 7)).toEqual({
      done: false,
      text: "text",
      owners: ["Owner"],
      due: "2025-11-15",
      priority: "high",
      line: 7,
    });
  });

  it("done: [x] and [X] are done, [-] (cancelled) is closed, [ ] and [/] are open", () => {
    const done = (status: string) => parseTaskLine(`- [${status}] t`, 1)?.done;
    expect(["x", "X", "-", " ", "/"].map(done)).toEqual([true, true, true, false, false]);
  });

  it("accepts *, + and numbered list markers and indentation; anything else is not a task", () => {
    for (const line of ["* [ ] t", "+ [ ] t", "1. [ ] t", "2) [ ] t", "    - [ ] t", "\t- [x] t"]) expect(parseTaskLine(line, 1)?.text, line).toBe("t");
    for (const line of ["- [] t", "-[ ] t", "- [ ]", "[ ] t", "text - [ ] t", "- [ ]t"]) expect(parseTaskLine(line, 1), line).toBeUndefined();
  });

  it("reads owners with spaces in their names, several owners, and no owner from an e-mail address", () => {
    expect(parseTaskLine("- [ ] Deliver @VAST Engineering 📅 2025-12-05 ⏫ #task", 1)?.owners).toEqual(["VAST Engineering"]);
    expect(parseTaskLine("- [ ] Review @Dee Ray @Ann Lee 🔽", 1)?.owners).toEqual(["Dee Ray", "Ann Lee"]);
    expect(parseTaskLine("- [ ] Mail ann@example.com today", 1)).toMatchObject({ owners: [], text: "Mail ann@example.com today" });
    expect(parseTaskLine("- [ ] Nobody #task", 1)?.owners).toEqual([]);
  });

  it("ends an owner's name where the prose after it starts, and keeps names mentioned mid-sentence in the text", () => {
    expect(parseTaskLine("- [ ] Ship it @Nico and @Trevor 📅 2025-11-15 #task", 1)).toMatchObject({ owners: ["Nico", "Trevor"], text: "Ship it" });
    expect(parseTaskLine("- [ ] Email @Nico, @Trevor about it", 1)).toMatchObject({ owners: ["Nico", "Trevor"], text: "Email Nico, Trevor about it" });
    expect(parseTaskLine("- [ ] Call @Jan re: budget ⏫", 1)).toMatchObject({ owners: ["Jan"], text: "Call Jan re: budget" });
    expect(parseTaskLine("- [ ] Ask @Nico's team about MTU", 1)).toMatchObject({ owners: ["Nico"], text: "Ask Nico's team about MTU" });
    expect(parseTaskLine("- [ ] Plan with @Jan van Dijk & @ann 🔽", 1)).toMatchObject({ owners: ["Jan van Dijk", "ann"], text: "Plan with" });
    expect(parseTaskLine("- [ ] Visit @Maria de la Cruz and @Ann dos Santos", 1)?.owners).toEqual(["Maria de la Cruz", "Ann dos Santos"]);
    expect(parseTaskLine("- [ ] Ask @Nico de facto", 1)?.owners).toEqual(["Nico"]); // particles, but no name after them
    expect(parseTaskLine("- [ ] Hand over @de", 1)?.owners).toEqual(["de"]); // a particle alone is still the name written
  });

  it("reads every owner of a line written in the Tasks manner, whatever prose comes before them", () => {
    const capitalised = fc.stringMatching(/^[A-Z][a-z]{1,7}$/);
    const name = fc.array(capitalised, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
    const prose = fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 5 }).map((words) => words.join(" "));
    const separator = fc.constantFrom(" ", " and ", ", ", " & ", " / ");
    fc.assert(
      fc.property(prose, fc.array(name, { minLength: 1, maxLength: 3 }), separator, fc.boolean(), (before, names, between, dated) => {
        const line = `- [ ] Do ${before} ${names.map((each) => `@${each}`).join(between)}${dated ? " 📅 2025-11-15 ⏫" : ""} #task`;
        const task = parseTaskLine(line, 1);
        expect(task?.owners).toEqual(names);
        expect(task?.text).toBe(`Do ${before}`.trim());
      }),
    );
  });

  it("reads all five priorities", () => {
    const priorities: [string, Priority][] = [["🔺", "highest"], ["⏫", "high"], ["🔼", "medium"], ["🔽", "low"], ["⏬", "lowest"]];
    for (const [sign, priority] of priorities) expect(parseTaskLine(`- [ ] t ${sign}`, 1), sign).toMatchObject({ text: "t", priority });
    expect(parseTaskLine("- [ ] t", 1)?.priority).toBeUndefined();
  });

  it("the due date is the 📅 one (other dates are dropped from the text); an impossible date is no due date", () => {
    expect(parseTaskLine("- [ ] t ⏳ 2025-11-10 🛫 2025-11-01 📅 2025-11-15 ➕ 2025-10-01", 1)).toMatchObject({ text: "t", due: "2025-11-15" });
    expect(parseTaskLine("- [ ] t 📅\uFE0F 2025-11-15", 1)?.due).toBe("2025-11-15");
    expect(parseTaskLine("- [ ] t 📅 2025-02-29", 1)?.due).toBeUndefined();
    expect(parseTaskLine("- [ ] t 📅 2024-02-29", 1)?.due).toBe("2024-02-29");
    expect(parseTaskLine("- [ ] t 📅 2025-13-45", 1)?.due).toBeUndefined();
    expect(parseTaskLine("- [x] t ✅ 2025-11-16", 1)).toMatchObject({ done: true, text: "t" });
  });

  it("removes tags and the recurrence rule from the text", () => {
    expect(parseTaskLine("- [ ] Water plants 🔁 every week 📅 2025-11-15 #home #task", 1)).toMatchObject({ text: "Water plants", due: "2025-11-15" });
  });
});

describe("parseTasks", () => {
  it("numbers lines from 1 over the whole note and skips fenced code", () => {
    const text = ["---", "type: meeting", "---", "- [ ] one", "```", "- [ ] in code", "```", "~~~", "- [x] in code too", "~~~", "  - [x] two"].join("\n");
    expect(parseTasks(text).map(({ line, text: description, done }) => ({ line, description, done }))).toEqual([
      { line: 4, description: "one", done: false },
      { line: 11, description: "two", done: true },
    ]);
  });

  it("reads CRLF lines", () => {
    expect(parseTasks("- [ ] a 📅 2025-11-15\r\n- [x] b\r\n")).toEqual([
      { done: false, text: "a", owners: [], due: "2025-11-15", line: 1 },
      { done: true, text: "b", owners: [], line: 2 },
    ]);
  });

  it("a ``` inside a front matter value does not hide the body's tasks", () => {
    const text = ["---", "type: meeting", "snippet: |", "  ```js", "  code()", "---", "- [ ] Real task @Ann"].join("\n");
    expect(parseTasks(text)).toEqual([{ done: false, text: "Real task", owners: ["Ann"], line: 7 }]);
  });
});

describe("mojibake (UTF-8 read as Mac Roman)", () => {
  it("the damaged forms are the sample meeting's", () => {
    expect(asMacRomanMojibake("📅")).toBe("\uF8FFüìÖ");
    expect(asMacRomanMojibake("⏫")).toBe("‚è´");
    expect(asMacRomanMojibake("’")).toBe("‚Äô");
    expect(repairMojibake("Anand‚Äôs \uF8FFüìÖ 2025-11-15 ‚è´")).toBe("Anand’s 📅 2025-11-15 ⏫");
  });

  it("a damaged line reads exactly like the intact one", () => {
    const intact = "- [ ] Ping Sarah about Anand’s org @Tiff 📅 2025-11-15 ⏫ #task";
    const damaged = asMacRomanMojibake(intact);
    expect(damaged).not.toBe(intact);
    expect(parseTaskLine(damaged, 3)).toEqual(parseTaskLine(intact, 3));
    expect(parseTaskLine(damaged, 3)).toMatchObject({ text: "Ping Sarah about Anand’s org", owners: ["Tiff"], due: "2025-11-15", priority: "high" });
  });

  it("property: for any ASCII task, owner, date and signifiers, the damaged line parses like the intact one", () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9.,;:()/-]{0,11}$/);
    const date = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const signifier = fc.constantFrom("🔺", "⏫", "🔼", "🔽", "⏬", "", "’", "—", "…");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.option(word, { nil: undefined }), fc.option(date, { nil: undefined }), signifier, fc.boolean(), (words, owner, due, sign, done) => {
        const line = `- [${done ? "x" : " "}] ${words.join(" ")}${owner ? ` @${owner}` : ""}${due ? ` 📅 ${due}` : ""} ${sign} #task`;
        expect(parseTaskLine(asMacRomanMojibake(line), 1)).toEqual(parseTaskLine(line, 1));
      }),
      { numRuns: 500 },
    );
  });
});
