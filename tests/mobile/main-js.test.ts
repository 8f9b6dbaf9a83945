import esbuild from "esbuild";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import * as obsidianFake from "../fakes/obsidian";
import { beforeAll, describe, expect, it } from "vitest";
import { plugin as pluginBuild } from "../../esbuild.config.mjs";
import { EXAMPLE_VAULT, readVaultFolder } from "../helpers/vault-fixtures";
import { MANIFEST, settle } from "../obsidian/plugin-harness";

/**
 * Obsidian on a phone runs main.js with no Node: no `require` but Obsidian's own modules, no `Buffer`, no
 * `process`. This builds main.js exactly as the release does, runs it in such a context and merges two notes
 * there, which exercises the parser (gray-matter included), the merge engine and the link rewriter.
 */

let source = "";

beforeAll(async () => {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), "rapport-mobile-")), "main.js");
  await esbuild.build({ ...pluginBuild, outfile, logLevel: "silent" });
  source = readFileSync(outfile, "utf8");
}, 120_000);

function loadInPhoneLikeContext(): { PluginClass: unknown; context: vm.Context } {
  const context = vm.createContext({ console, setTimeout, clearTimeout, TextEncoder, TextDecoder });
  obsidianFake.installStandInGlobals(context);
  const module = { exports: {} as Record<string, unknown> };
  const requireObsidianOnly = (name: string) => {
    if (name === "obsidian") return obsidianFake;
    throw new Error(`main.js asked for "${name}", which a phone does not have`);
  };
  vm.runInContext(`(function (module, exports, require) {${source}\n})`, context)(module, module.exports, requireObsidianOnly);
  return { PluginClass: module.exports.default ?? module.exports, context };
}

describe("main.js on a phone", () => {
  it("has no Node built-in to require", () => {
    expect(source).not.toMatch(/require\("(?!obsidian")[^"]+"\)/);
  });

  it("loads and runs without require, Buffer or process", async () => {
    const { PluginClass, context } = loadInPhoneLikeContext();
    expect(vm.runInContext("typeof Buffer + ' ' + typeof process + ' ' + typeof require", context)).toBe("undefined undefined undefined");
    const app = obsidianFake.createFakeApp(readVaultFolder(EXAMPLE_VAULT));
    const plugin = await app.loadPlugin(PluginClass as never, MANIFEST);
    await app.completeStartup();
    await settle(app);
    const rapport = (plugin as unknown as { rapport: { index: { counts(): Record<string, number> }; planMerge(a: string, b: string): Promise<{ changeSet: unknown }>; apply(set: unknown): Promise<unknown> } }).rapport;
    expect(rapport.index.counts().person).toBeGreaterThan(10);
    const plan = await rapport.planMerge("People/Ronnie Booker.md", "People/Ronnie Borker.md");
    await rapport.apply(plan.changeSet);
    await settle(app);
    const booker = app.vault.contentOf("People/Ronnie Booker.md")!;
    const facts = booker.split(/^## /m).find((part: string) => part.startsWith("Key Facts"))!.split("\n").filter((line: string) => line.startsWith("- "));
    expect(facts).toHaveLength(18);
    expect(new Set(facts).size).toBe(18);
  });
});
