import type { CommandContext } from "../context";
import { scanCommand } from "./scan";

export type Command = (context: CommandContext) => Promise<void>;

export const COMMANDS: Record<string, Command> = {
  scan: scanCommand,
};
