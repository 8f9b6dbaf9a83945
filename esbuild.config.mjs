import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { watch } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Builds the Obsidian plugin (main.js, for desktop and mobile), the `rapport` CLI and the benchmark.
 *   node esbuild.config.mjs production   one build of the plugin and the CLI
 *   node esbuild.config.mjs bench        the benchmark
 *   node esbuild.config.mjs dev          watches; with RAPPORT_VAULT=/path/to/vault it writes the plugin
 *                                        into that vault's .obsidian/plugins/rapport/
 */

const isScript = process.argv[1] === fileURLToPath(import.meta.url);
const mode = isScript ? (process.argv[2] ?? "production") : "production";
const production = mode !== "dev";
const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/**
 * main.js must load on a phone, where no Node built-in exists. The only one any dependency asks for is
 * gray-matter's `fs` (for `matter.read`, which Rapport never calls): it gets an empty module. Any other
 * built-in fails the build.
 */
export const noNodeBuiltins = {
  name: "no-node-builtins",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (!builtins.has(args.path)) return undefined;
      if (args.path === "fs" && /gray-matter[\\/]index\.js$/.test(args.importer)) return { path: "fs", namespace: "empty" };
      return { errors: [{ text: `"${args.path}" is a Node built-in: main.js must not need it (imported by ${args.importer})` }] };
    });
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "module.exports = {};", loader: "js" }));
  },
};

const shared = {
  bundle: true,
  loader: { ".csv": "text" },
  logLevel: "info",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: production,
  legalComments: "eof",
};

const vaultDir = process.env.RAPPORT_VAULT;
const pluginOutDir = !production && vaultDir ? path.join(vaultDir, ".obsidian", "plugins", "rapport") : ".";

/** The Obsidian plugin: one CommonJS file for desktop and mobile. Tests build it from these options too. */
export const plugin = {
  ...shared,
  entryPoints: ["src/main.ts"],
  outfile: path.join(pluginOutDir, "main.js"),
  format: "cjs",
  platform: "browser",
  target: "es2020",
  external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
  inject: ["src/platform/no-buffer.ts"],
  plugins: [noNodeBuiltins],
};

const node = { ...shared, format: "cjs", platform: "node", target: "node20", minify: false };
export const cli = { ...node, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.cjs" };
const bench = { ...node, entryPoints: ["scripts/bench/main.ts"], outfile: "dist/bench.cjs" };

/** What Obsidian loads beside main.js. */
const PLUGIN_ASSETS = ["manifest.json", "styles.css"];

async function copyPluginAssets() {
  if (pluginOutDir === ".") return;
  await mkdir(pluginOutDir, { recursive: true });
  await Promise.all(PLUGIN_ASSETS.map((file) => copyFile(file, path.join(pluginOutDir, file))));
}

/**
 * esbuild watches the sources only: a change to styles.css or manifest.json is copied into the vault when it
 * is saved. The folder is watched, not the files, because editors often save by replacing the file.
 */
function copyAssetsOnChange() {
  if (pluginOutDir === ".") return;
  watch(".", (_event, file) => {
    if (PLUGIN_ASSETS.includes(String(file))) copyPluginAssets().catch((error) => console.error(`Could not copy ${file}: ${error.message}`));
  });
}

if (!isScript) {
  // Imported for its options (by tests); build nothing.
} else if (mode === "bench") {
  await esbuild.build(bench);
} else if (production) {
  await Promise.all([plugin, cli].map((options) => esbuild.build(options)));
} else {
  if (!vaultDir) console.warn("RAPPORT_VAULT is not set: main.js is written here. Set it to a vault folder to rebuild into it.");
  await copyPluginAssets();
  copyAssetsOnChange();
  const contexts = await Promise.all([plugin, cli].map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
}
