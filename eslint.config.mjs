import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "main.js", "dist/", "test-results/", "examples/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-globals": ["error", { name: "app", message: "Use this.app from the plugin or view." }],
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Build DOM with createEl." },
        { property: "outerHTML", message: "Build DOM with createEl." },
      ],
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // The pure core must not import values from Obsidian or Node: it runs in the plugin, the CLI and a phone.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "obsidian", message: "src/core is pure: adapters live in src/obsidian.", allowTypeImports: true }],
          patterns: [{ group: ["node:*", "fs", "path", "os", "crypto", "buffer"], message: "src/core runs on mobile too." }],
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.mjs", "*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
