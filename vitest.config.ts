import { defineConfig } from "vitest/config";
import { readFileSync } from "node:fs";

/** Lets `import table from "./names.csv"` work in tests as it does in the esbuild bundle (loader: text). */
const textLoader = {
  name: "rapport-text-loader",
  transform(_code: string, id: string) {
    if (!id.endsWith(".csv")) return null;
    return { code: `export default ${JSON.stringify(readFileSync(id, "utf8"))};`, map: null };
  },
};

export default defineConfig({
  plugins: [textLoader],
  resolve: {
    // Like obsidian-git: the `obsidian` package ships types only, so tests run against a small stub.
    alias: { obsidian: new URL("./tests/stubs/obsidian.ts", import.meta.url).pathname },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    testTimeout: 60_000,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
