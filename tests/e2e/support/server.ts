/**
 * Serves the harness page on 127.0.0.1 (an ephemeral port): the page, the Obsidian stand-in stylesheet,
 * the plugin's styles.css and manifest.json, the fake Obsidian API bundled for the browser, the built
 * main.js in Obsidian's module wrapper, and the example vault as JSON. Nothing else is served, and the
 * browser is given nothing but this origin.
 */
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const HARNESS_DIR = path.join(ROOT, "tests/e2e/harness");
export const EXAMPLE_VAULT = path.join(ROOT, "examples/vault");

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

/** Every file of the example vault as vault path → text, exactly as on disk (CRLF and damaged encodings included). */
export async function readExampleVault(dir = EXAMPLE_VAULT, prefix = ""): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const vaultPath = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, await readExampleVault(path.join(dir, entry.name), vaultPath));
    else if (entry.isFile()) files[vaultPath] = await readFile(path.join(dir, entry.name), "utf8");
  }
  return files;
}

/** The fake Obsidian API and the harness, as one browser script; it must not need anything from Node. */
async function bundleHarness(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(HARNESS_DIR, "harness.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    sourcemap: "inline",
    logLevel: "silent",
    plugins: [
      {
        name: "no-node-builtins",
        setup(plugin) {
          plugin.onResolve({ filter: /^(node:|fs$|path$|os$|crypto$|buffer$|util$|stream$)/ }, (args) => ({
            errors: [{ text: `the browser harness must not import the Node built-in "${args.path}" (from ${args.importer})` }],
          }));
        },
      },
    ],
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild produced no harness bundle");
  return output.text;
}

/** main.js as Obsidian runs it: in a function that gets `module`, `exports` and a `require` knowing only "obsidian". */
async function wrappedPlugin(): Promise<string> {
  // RAPPORT_MAIN_JS: try a variant build (e.g. one with a candidate fix) without touching the repo's main.js.
  const mainJs = process.env.RAPPORT_MAIN_JS ?? path.join(ROOT, "main.js");
  if (!existsSync(mainJs)) throw new Error("main.js is missing: run `node esbuild.config.mjs production` (npm run test:e2e does)");
  const source = await readFile(mainJs, "utf8");
  return [
    "(function (module, exports, require) {",
    source,
    "\n})(window.rapportLoader.module, window.rapportLoader.module.exports, window.rapportLoader.require);",
    "//# sourceURL=plugin:rapport/main.js",
  ].join("\n");
}

export async function startHarnessServer(): Promise<HarnessServer> {
  const [harnessJs, pluginJs, vault] = await Promise.all([bundleHarness(), wrappedPlugin(), readExampleVault()]);
  const routes: Record<string, () => Promise<[string, string | Buffer]>> = {
    "/": async () => ["text/html; charset=utf-8", await readFile(path.join(HARNESS_DIR, "index.html"))],
    "/obsidian-theme.css": async () => ["text/css; charset=utf-8", await readFile(path.join(HARNESS_DIR, "obsidian-theme.css"))],
    "/styles.css": async () => ["text/css; charset=utf-8", await readFile(path.join(ROOT, "styles.css"))],
    "/manifest.json": async () => ["application/json; charset=utf-8", await readFile(path.join(ROOT, "manifest.json"))],
    "/harness.js": async () => ["text/javascript; charset=utf-8", harnessJs],
    "/main.js": async () => ["text/javascript; charset=utf-8", pluginJs],
    "/vault.json": async () => ["application/json; charset=utf-8", JSON.stringify(vault)],
  };
  const server: Server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? "/", "http://127.0.0.1").pathname];
    if (!route || request.method !== "GET") {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    route().then(
      ([type, body]) => response.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body),
      (error: unknown) => response.writeHead(500, { "content-type": "text/plain" }).end(String(error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
