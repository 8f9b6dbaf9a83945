import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { localToday, readCalendarDate } from "../core/parse/dates";
import type { CommandContext } from "./context";
import { FsJournalStore, FsNoteStore } from "./fs-store";
import { loadVault } from "./load-vault";
import { loadPluginData, savePluginData } from "./plugin-data";
import { COMMANDS } from "./commands";
import { USAGE, UsageError } from "./usage";

/**
 * `rapport <command> <vault> …`: exit 0 on success, 1 when the vault cannot be read or an operation was refused
 * (`RefusedError`), 2 on a usage error; a failure always ends with one line on stderr.
 */

class VaultError extends Error {}

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    return;
  }
  if (positionals.length === 0) throw new UsageError("no command given; try rapport --help");
  const [commandName = "", vaultArg, ...args] = positionals;
  const command = COMMANDS[commandName];
  if (!command) throw new UsageError(`unknown command "${commandName}"; try rapport --help`);
  if (!vaultArg) throw new UsageError(`${commandName} needs a vault folder: rapport ${commandName} <vault>`);
  const context = await createContext(path.resolve(vaultArg), args, values);
  await command(context);
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        "dry-run": { type: "boolean" },
        keep: { type: "string" },
        drop: { type: "string" },
        "config-dir": { type: "string" },
        today: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function createContext(vault: string, args: string[], values: Record<string, string | boolean | undefined>): Promise<CommandContext> {
  const isFolder = await stat(vault).then((info) => info.isDirectory(), () => false);
  if (!isFolder) throw new VaultError(`cannot read the vault: ${vault} is not a folder`);
  const configDir = typeof values["config-dir"] === "string" ? values["config-dir"] : undefined;
  const today = readToday(values.today);
  const { data, raw, problems } = await loadPluginData(vault, configDir);
  for (const problem of problems) process.stderr.write(`rapport: settings: ${problem}\n`);
  return {
    vault,
    args,
    options: values,
    json: values.json === true,
    dryRun: values["dry-run"] === true,
    today,
    data,
    saveData: (next) => savePluginData(vault, raw, next, configDir),
    notes: new FsNoteStore(vault),
    journal: new FsJournalStore(vault, configDir),
    loadIndex: () => loadVault(vault, data.settings),
    print: (line) => process.stdout.write(printable(line) + "\n"),
    printJson: (value) => process.stdout.write(JSON.stringify(value, null, 2) + "\n"),
  };
}

/** Note paths and titles come from untrusted files: control characters are shown escaped, never sent to the terminal. */
function printable(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\u{${char.charCodeAt(0).toString(16)}}`);
}

function readToday(value: string | boolean | undefined): string {
  if (typeof value !== "string") return localToday();
  const reading = readCalendarDate(value);
  if (!reading.ok || !reading.date) throw new UsageError(`--today takes a date like 2025-11-20, not "${value}"`);
  return reading.date;
}

// Success leaves the exit status at 0; a failure sets it here only, once, with its one line on stderr.
run(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`rapport: ${message.split("\n")[0]}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
