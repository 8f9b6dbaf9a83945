#!/usr/bin/env node
// The `rapport` command: the CLI is bundled by `npm run build` into dist/cli.cjs.
const path = require("node:path");
const fs = require("node:fs");
const cli = path.join(__dirname, "..", "dist", "cli.cjs");
if (!fs.existsSync(cli)) {
  process.stderr.write("rapport: not built yet; run `npm run build` first\n");
  process.exit(1);
}
require(cli);
