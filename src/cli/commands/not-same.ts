import type { CommandContext } from "../context";
import { UsageError } from "../usage";

/** Records that two notes are different people, so `dupes` and the plugin never propose them again. */
export async function notSameCommand(context: CommandContext): Promise<void> {
  const [first, second] = context.args;
  if (!first || !second || context.args.length !== 2) throw new UsageError("not-same needs two note paths: rapport not-same <vault> <path> <path>");
  const index = await context.loadIndex();
  for (const path of [first, second]) if (index.record(path)?.kind !== "person") throw new UsageError(`${path} is not a person note in this vault`);
  const pair = [first, second].sort() as [string, string];
  const known = context.data.notSamePerson.some(([a, b]) => a === pair[0] && b === pair[1]);
  if (!known) await context.saveData({ ...context.data, notSamePerson: [...context.data.notSamePerson, pair] });
  if (context.json) return context.printJson({ notSamePerson: pair, alreadyKnown: known });
  context.print(known ? "Already recorded as different people." : `Recorded: ${pair[0]} and ${pair[1]} are different people.`);
}
