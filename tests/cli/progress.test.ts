import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { terminalProgress } from "../../src/cli/progress";
import { forEachNoteText } from "../../src/cli/vault-texts";

/** A stand-in for stderr that records what is written and says whether it is a terminal. */
function stream(isTTY: boolean): NodeJS.WriteStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream & { written: string[] };
}

describe("progress of a long read", () => {
  let vault: string;
  const paths = Array.from({ length: 150 }, (_, index) => `People/P${index}.md`);

  beforeAll(async () => {
    vault = await mkdtemp(path.join(tmpdir(), "rapport-progress-"));
    await mkdir(path.join(vault, "People"));
    await Promise.all(paths.map((notePath, index) => writeFile(path.join(vault, notePath), `note ${index}`)));
  });
  afterAll(() => rm(vault, { recursive: true, force: true }));

  it("reads every note once, in order, reporting progress up to the total on a terminal", async () => {
    const terminal = stream(true);
    const progress = terminalProgress("Reading notes", terminal);
    const seen: string[] = [];
    await forEachNoteText(vault, paths, (notePath, text) => seen.push(`${notePath}:${text}`), (done) => progress.update(done, paths.length));
    progress.finish();
    expect(seen).toEqual(paths.map((notePath, index) => `${notePath}:note ${index}`));
    expect(terminal.written[0]).toMatch(/^\rReading notes \d+\/150$/);
    expect(terminal.written).toContain("\rReading notes 150/150");
    expect(terminal.written.at(-1)).toBe("\r\x1b[K");
  });

  it("writes nothing when stderr is a pipe", async () => {
    const pipe = stream(false);
    const progress = terminalProgress("Reading notes", pipe);
    await forEachNoteText(vault, paths, () => undefined, (done) => progress.update(done, paths.length));
    progress.finish();
    expect(pipe.written).toEqual([]);
  });

  it("an error while visiting ends the read with that error, leaving no unhandled rejection behind", async () => {
    const missing = [...paths.slice(0, 70), "People/Missing.md"];
    await expect(forEachNoteText(vault, missing, (notePath) => {
      if (notePath === "People/P3.md") throw new Error("visit failed");
    })).rejects.toThrow("visit failed");
  });
});
