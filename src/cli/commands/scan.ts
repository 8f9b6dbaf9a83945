import type { CommandContext } from "../context";

export async function scanCommand(context: CommandContext): Promise<void> {
  const index = await context.loadIndex();
  const report = { notes: index.counts(), problems: index.problems() };
  if (context.json) return context.printJson(report);
  const { person, project, meeting, other } = report.notes;
  context.print(`${person} people, ${project} projects, ${meeting} meetings, ${other} other notes`);
  if (report.problems.length === 0) return context.print("No problems found.");
  context.print(`\n${report.problems.length} ${report.problems.length === 1 ? "note has a problem" : "problems"}:`);
  for (const problem of report.problems) context.print(`  ${problem.path}${problem.line ? `:${problem.line}` : ""}  ${problem.message}`);
}
