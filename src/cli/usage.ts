/** A command line Rapport cannot run: exit status 2. */
export class UsageError extends Error {}

/** An operation Rapport would not carry out, having changed nothing (an undo after a note changed): exit status 1. */
export class RefusedError extends Error {}

export const USAGE = `Usage: rapport <command> <vault> [options]

Commands:
  scan <vault> [--json]                         count people, projects and meetings; list problems
  dupes <vault> [--json]                        near-duplicate people, with the evidence
  not-same <vault> <path> <path>                remember that two notes are different people
  merge <vault> --keep <path> --drop <path> [--dry-run] [--json]
                                                merge one person note into another
  facts <vault> [--dry-run] [--json]            fold repeated Key Facts in people notes
  person <vault> <title-or-path> [--json]       the relationship panel for one person
  last-contact <vault> [--dry-run] [--json]     refresh last_contact from meetings
  undo <vault>                                  undo the last merge, consolidation or refresh

Options:
  --json          machine-readable output on stdout
  --dry-run       show what would change; write nothing
  --config-dir    the vault's config folder (default .obsidian)
  --today         the date to treat as today, YYYY-MM-DD (default: the local date)

Paths are vault-relative with "/". Exit codes: 0 success, 1 the vault cannot be read or nothing was done
(a note changed since), 2 usage error.`;
