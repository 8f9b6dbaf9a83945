import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { getDaysInMonth } from "date-fns";
import fc from "fast-check";
import { isCalendarDay, readCalendarDate } from "../../../src/core/parse/dates";
import { note, parse, person, REPO_ROOT } from "./helpers";

/**
 * `created: 2026-01-03` is a day on a calendar. Quoted or not, it must read as 2026-01-03 on every machine,
 * whatever its time zone: far west (Los Angeles, UTC-8) and far east (Kiritimati, UTC+14).
 */

describe("readCalendarDate", () => {
  it("keeps the written day, quoted or not, with or without a time", () => {
    expect(readCalendarDate("2026-01-03")).toEqual({ ok: true, date: "2026-01-03" });
    expect(readCalendarDate(" 2026-01-03 ")).toEqual({ ok: true, date: "2026-01-03" });
    expect(readCalendarDate("2026-01-03T23:30:00-08:00")).toEqual({ ok: true, date: "2026-01-03" });
    expect(readCalendarDate("2026-01-03 10:00")).toEqual({ ok: true, date: "2026-01-03" });
  });

  it("a Date from another YAML reader (a UTC midnight instant) gives its UTC day", () => {
    expect(readCalendarDate(new Date(Date.UTC(2026, 0, 3)))).toEqual({ ok: true, date: "2026-01-03" });
  });

  it("empty is no date; anything else is refused with a reason", () => {
    for (const empty of [undefined, null, ""]) expect(readCalendarDate(empty)).toEqual({ ok: true, date: undefined });
    expect(readCalendarDate("2025-13-45")).toEqual({ ok: false, reason: '"2025-13-45" is not a real calendar date' });
    expect(readCalendarDate("2026-01-035")).toMatchObject({ ok: false });
    expect(readCalendarDate("3 Jan 2026")).toMatchObject({ ok: false });
    expect(readCalendarDate(["2026-01-03"])).toEqual({ ok: false, reason: "expected a date like 2025-10-30, found a list" });
  });

  it("knows month lengths and leap years", () => {
    expect([isCalendarDay(2024, 2, 29), isCalendarDay(2025, 2, 29), isCalendarDay(2000, 2, 29), isCalendarDay(2100, 2, 29)]).toEqual([true, false, true, false]);
    expect([isCalendarDay(2025, 4, 31), isCalendarDay(2025, 12, 31), isCalendarDay(2025, 0, 1), isCalendarDay(2025, 1, 0)]).toEqual([false, true, false, false]);
  });

  it("agrees with date-fns on every day of every month, over the years notes use", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const calendar = new Date(2000, 0, 1);
        calendar.setFullYear(year, month - 1, 1);
        expect(isCalendarDay(year, month, day)).toBe(day <= getDaysInMonth(calendar));
      }),
      { numRuns: 2000 },
    );
  });

  it("in this process, unquoted and quoted dates give the same record", () => {
    const unquoted = person(parse("a.md", note(["type: person", "created: 2026-01-03", "last_contact: 2025-12-31"])));
    const quoted = person(parse("a.md", note(["type: person", "created: '2026-01-03'", 'last_contact: "2025-12-31"'])));
    expect(unquoted).toMatchObject({ created: "2026-01-03", lastContact: "2025-12-31" });
    expect(quoted).toEqual(unquoted);
  });
});

/**
 * A child process per time zone (TZ is read when a process starts). The probe bundles the real parser and
 * also computes two naive readings, to show the zones really differ and a `new Date()` parser would fail.
 */
const PROBE = `
import yaml from "js-yaml";
import { parseNote } from "./src/core/parse/note";
import { DEFAULT_SETTINGS } from "./src/core/settings/settings";

const pad = (n: number) => String(n).padStart(2, "0");
const localDay = (d: Date) => d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
const note = (created: string, lastContact: string) =>
  "---\\ntype: person\\ncreated: " + created + "\\nlast_contact: " + lastContact + "\\n---\\n";
const record = (text: string) => {
  const parsed = parseNote("People/A.md", text, DEFAULT_SETTINGS);
  return { created: parsed.record?.created, lastContact: parsed.record?.lastContact, problems: parsed.problems };
};
process.stdout.write(JSON.stringify({
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  unquoted: record(note("2026-01-03", "2025-12-31")),
  quoted: record(note("'2026-01-03'", '"2025-12-31"')),
  naive: {
    // new Date("2026-01-03") is UTC midnight; read back in local time.
    dateStringLocalDay: localDay(new Date("2026-01-03")),
    // js-yaml's default schema turns an unquoted date into the same UTC instant.
    defaultYamlLocalDay: localDay((yaml.safeLoad("created: 2026-01-03") as { created: Date }).created),
    // A local-midnight Date written out with toISOString().
    localMidnightIsoDay: new Date(2026, 0, 3).toISOString().slice(0, 10),
  },
}));
`;

interface ProbeResult {
  zone: string;
  unquoted: { created?: string; lastContact?: string; problems: unknown[] };
  quoted: { created?: string; lastContact?: string; problems: unknown[] };
  naive: { dateStringLocalDay: string; defaultYamlLocalDay: string; localMidnightIsoDay: string };
}

describe("the same calendar date in every time zone (child processes with TZ set)", () => {
  let dir = "";
  let probe = "";
  const results = new Map<string, ProbeResult>();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "rapport-tz-"));
    probe = path.join(dir, "probe.cjs");
    const output = await build({
      stdin: { contents: PROBE, resolveDir: REPO_ROOT, loader: "ts", sourcefile: "tz-probe.ts" },
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      loader: { ".csv": "text" },
      write: false,
      logLevel: "silent",
    });
    writeFileSync(probe, output.outputFiles[0]!.text);
    for (const zone of ["America/Los_Angeles", "Pacific/Kiritimati", "UTC"]) {
      const stdout = execFileSync(process.execPath, [probe], { env: { ...process.env, TZ: zone }, encoding: "utf8" });
      results.set(zone, JSON.parse(stdout) as ProbeResult);
    }
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(["America/Los_Angeles", "Pacific/Kiritimati", "UTC"])("%s: unquoted and quoted dates read 2026-01-03 and 2025-12-31", (zone) => {
    const result = results.get(zone)!;
    expect(result.zone).toBe(zone);
    for (const reading of [result.unquoted, result.quoted]) {
      expect(reading).toEqual({ created: "2026-01-03", lastContact: "2025-12-31", problems: [] });
    }
  });

  it("the zones really differ: each naive reading gets the day wrong in one of them", () => {
    const west = results.get("America/Los_Angeles")!.naive;
    const east = results.get("Pacific/Kiritimati")!.naive;
    expect(west.dateStringLocalDay).toBe("2026-01-02");
    expect(west.defaultYamlLocalDay).toBe("2026-01-02");
    expect(east.dateStringLocalDay).toBe("2026-01-03");
    expect(east.localMidnightIsoDay).toBe("2026-01-02");
    expect(west.localMidnightIsoDay).toBe("2026-01-03");
  });
});
