import { RelationshipGraph } from "../../core/relationships/graph";
import { personSummary, type PersonSummary } from "../../core/relationships/summaries";
import { UsageError } from "../usage";
import type { CommandContext } from "../context";
import type { VaultIndex } from "../../core/index/vault-index";
import { duplicateHintsFor } from "./dupes";

export async function personCommand(context: CommandContext): Promise<void> {
  const query = context.args.join(" ").trim();
  if (!query) throw new UsageError("person needs a title or path: rapport person <vault> <title-or-path>");
  const index = await context.loadIndex();
  const graph = new RelationshipGraph(index);
  const path = findPerson(index, graph, query);
  const summary = personSummary(graph, path, {
    today: context.today,
    staleAfterDays: context.data.settings.staleAfterDays,
    duplicates: duplicateHintsFor(index, context.data.notSamePerson),
  })!;
  if (context.json) return context.printJson(summary);
  printSummary(context, summary);
}

function findPerson(index: VaultIndex, graph: RelationshipGraph, query: string): string {
  const byPath = index.record(query) ?? index.record(`${query}.md`);
  if (byPath?.kind === "person") return byPath.path;
  const resolution = graph.directory.resolve(query);
  if (resolution.kind === "person") return resolution.path;
  if (resolution.kind === "ambiguous") throw new UsageError(`"${query}" could be ${resolution.candidates.join(" or ")}; give the path`);
  throw new UsageError(`no person note matches "${query}"`);
}

function printSummary(context: CommandContext, summary: PersonSummary): void {
  const { print } = context;
  print(`${summary.title}${summary.role || summary.company ? ` — ${[summary.role, summary.company].filter(Boolean).join(", ")}` : ""}`);
  print(`  ${summary.path}`);
  if (summary.aliases.length) print(`  Also known as: ${summary.aliases.join(", ")}`);
  print(`Last contact: ${summary.lastContact ? `${summary.lastContact} (${summary.lastContactAgo})` : "never recorded"}${summary.stale ? "  [stale]" : ""}`);
  for (const duplicate of summary.possibleDuplicates) print(`Possible duplicate: ${duplicate.path} (${Math.round(duplicate.score * 100)}%, ${duplicate.reasons.join("; ")})`);
  list(context, "Meetings", summary.meetings.map((meeting) => `${meeting.date ?? "????-??-??"}  ${meeting.title}`));
  list(context, "Projects", summary.projects.map((project) => project.title));
  list(context, "Open tasks", summary.openTasks.map((task) => `${task.overdue ? "OVERDUE " : ""}${task.text}${task.due ? ` (due ${task.due})` : ""} — ${task.path}`));
  list(context, "Meets with most", summary.peers.slice(0, 10).map((peer) => `${peer.title} (${peer.count})`));
  list(context, "Ambiguous mentions", summary.ambiguous.map((mention) => `"${mention.name}" in ${mention.path}: could be ${mention.candidates.join(" or ")}`));
}

function list(context: CommandContext, title: string, lines: string[]): void {
  context.print(`\n${title} (${lines.length})`);
  for (const line of lines) context.print(`  ${line}`);
}
