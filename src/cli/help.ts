/**
 * The help texts of the CLI: one per command, and the overview.
 */

/**
 * The help of each command, by name.
 *
 * @example
 * ```ts
 * console.log(COMMAND_HELP.simulate);
 * ```
 */
export const COMMAND_HELP = {
  list: `Usage: permit-lifecycles list [--json] [--lang en|fr|de]

List the procedures, with their titles, seed pages and machine versions.

Options:
  --json          print JSON
  --lang L        write the titles in English, French or German
  -h, --help      show this help`,
  simulate: `Usage: permit-lifecycles simulate <scenario.json|scenario.yaml> [--at YYYY-MM-DD] [--json] [--save FILE] [--lang en|fr|de]

Apply a scenario (opening date, facts, dated events) and print the timeline:
date, event, state reached, rights (may reside, may work, employer bound),
deadlines opened or closed, then the status and the open deadlines. A run
of clock.advanced events that change nothing is printed as one line.

Options:
  --at DATE       read the case on DATE: apply only the events dated on or
                  before it, and read status and deadlines on it
  --json          print JSON (timeline, status, deadlines, case; every
                  clock event is kept); errors too, on stderr
  --save FILE     also write the case as a snapshot to FILE, for the
                  status, deadlines, documents and explain commands
  --lang LANG     write in en, fr or de: names, dates and texts in that
                  language (quotes from the pages stay in English)
  -h, --help      show this help

Scenario files: JSON or YAML, described by docs/scenario.schema.json (generated
from the zod schemas the CLI validates with).`,
  status: `Usage: permit-lifecycles status <snapshot.json> [--at YYYY-MM-DD] [--json] [--lang en|fr|de]

Where the person stands: state, rights, validity, breaches, notices, next events.

Options:
  --at DATE       read the status on DATE (not before the last event)
  --json          print JSON
  --lang LANG     write in en, fr or de: names, dates and texts in that
                  language (quotes from the pages stay in English)
  -h, --help      show this help`,
  deadlines: `Usage: permit-lifecycles deadlines <snapshot.json> [--at YYYY-MM-DD] [--json] [--lang en|fr|de]

The open deadlines: what is due, by when, who must act, what follows, the source.

Options:
  --at DATE       read the deadlines on DATE (not before the last event)
  --json          print JSON
  --lang LANG     write in en, fr or de: names, dates and texts in that
                  language (quotes from the pages stay in English)
  -h, --help      show this help`,
  documents: `Usage: permit-lifecycles documents <snapshot.json> [--json] [--lang en|fr|de]

The document checklist of the current step: what is required, supplied, missing.

Options:
  --json          print JSON
  --lang LANG     write in en, fr or de: names, dates and texts in that
                  language (quotes from the pages stay in English)
  -h, --help      show this help`,
  explain: `Usage: permit-lifecycles explain <snapshot.json> [--json] [--lang en|fr|de]

Why the case is where it is: every step, the guard that chose it, and its source.

Options:
  --json          print JSON
  --lang LANG     write in en, fr or de: names, dates and texts in that
                  language (quotes from the pages stay in English)
  -h, --help      show this help`,
  report: `Usage: permit-lifecycles report <snapshot.json|scenario> [--at YYYY-MM-DD] [--out FILE] [--with-personal-data] [--lang en|fr|de]

The case as one self-contained HTML page (no script, nothing fetched): the
person, the rights with who decides them, the timeline, the deadlines (met,
late or open), breaches, missing documents, notices, assumptions, sources.
The person's data is redacted unless --with-personal-data is given.

Options:
  --at DATE               read the case on DATE (default: its last event's
                          day, or a scenario's readOn)
  --out FILE              write the page to FILE (default: standard output)
  --with-personal-data    keep the person's data as recorded
  --lang LANG             write the page in en, fr or de (quotes from the
                          pages stay in English)
  -h, --help              show this help`,
  diagram: `Usage: permit-lifecycles diagram <procedure> [--format mermaid|dot]

Print the state diagram of a procedure (see \`permit-lifecycles list\` for ids).

Options:
  --format FMT    mermaid (default) or dot
  -h, --help      show this help`,
  eligibility: `Usage: permit-lifecycles eligibility <profile.json|profile.yaml> [--json] [--lang en|fr|de]

Which procedures apply to a person, which do not, and whether no permit is
needed, each with reasons quoted from the pages.

Options:
  --json          print JSON
  --lang LANG     write in en, fr or de: headings, dates, reasons and titles
                  in that language (quotes from the pages stay in English)
  -h, --help      show this help

Profile files: JSON or YAML, described by docs/profile.schema.json (generated
from the zod schema the CLI validates with).`,
} as const;

/**
 * A command of the CLI.
 *
 * @example
 * ```ts
 * const command: CommandName = 'simulate';
 * ```
 */
export type CommandName = keyof typeof COMMAND_HELP;

/**
 * The overview printed by `permit-lifecycles --help`.
 *
 * @example
 * ```ts
 * console.log(USAGE);
 * ```
 */
export const USAGE = `Usage: permit-lifecycles <command> [options]

Commands:
  list                                   procedures, with titles and seed pages
  simulate <scenario> [--at D] [--json] [--save FILE]
                                         apply a scenario; print timeline, status, deadlines
  status <snapshot> [--at D] [--json]    where the person stands
  deadlines <snapshot> [--at D] [--json] what is due, by when, who must act
  documents <snapshot> [--json]          the current step's document checklist
  explain <snapshot> [--json]            why the case is where it is, with sources
  report <case> [--at D] [--out FILE]   the case as a self-contained HTML page
  diagram <procedure> [--format mermaid|dot]
                                         the state diagram of a procedure
  eligibility <profile> [--json]         which procedures apply to a person

Run \`permit-lifecycles <command> --help\` for a command's options, and
\`permit-lifecycles --version\` for the version. With --json, errors are
printed on stderr as JSON: { code, path, message, ... }. With --lang fr or
--lang de, text errors are written in that language (codes stay the same).
Scenarios and profiles are JSON or YAML (.yaml, .yml); snapshots are JSON
written by \`simulate --save\` or by serialize().

Exit codes: 0 success; 1 an event refused by the procedure (not allowed in
its state, or out of order); 2 bad input (arguments, unreadable or invalid
files, schema errors, invalid facts or events, snapshots that restore refuses).`;
