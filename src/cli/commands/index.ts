import type { CommandContext } from "../context";
import { dupesCommand } from "./dupes";
import { factsCommand } from "./facts";
import { lastContactCommand } from "./last-contact";
import { mergeCommand } from "./merge";
import { notSameCommand } from "./not-same";
import { personCommand } from "./person";
import { scanCommand } from "./scan";
import { undoCommand } from "./undo";

export type Command = (context: CommandContext) => Promise<void>;

export const COMMANDS: Record<string, Command> = {
  scan: scanCommand,
  dupes: dupesCommand,
  "not-same": notSameCommand,
  merge: mergeCommand,
  facts: factsCommand,
  person: personCommand,
  "last-contact": lastContactCommand,
  undo: undoCommand,
};
