/**
 * The `--help` texts of the command and its subcommands. Pure.
 *
 * @module
 */

const exitCodes = `Exit codes:
  0   success
  1   a problem with an input file or its data (the message names the file, line and column)
  2   a usage error (unknown subcommand or option, missing argument)
  70  an unexpected internal error (please report it; LMDKIT_DEBUG=1 shows the stack trace)`;

/** The general help (`lmdkit --help`). */
export const mainUsage = `Usage: lmdkit <command> [options]

Leadership and management development analyses on your own files.

Commands:
  360 <export>           interpret a 360-degree feedback cycle from a survey export
                         (.csv or .xlsx, wide or long; cohort, or one ratee)
  plan <export>          one person's development plan from their 360 and the choices made
                         with their coach
  iip <evidence.json>    assess evidence against the IIP Leadership & Management Model
  evaluate <case.json>   evaluate an initiative: rates, plan check, ROI, themes, evidence chain
  demo                   run all of the above on the bundled fictional organisation

Options:
  -h, --help             show this help (or a command's: lmdkit 360 --help, lmdkit help 360)
  -v, --version          show the version

Example:
  npx lmdkit demo

${exitCodes}
`;

/** `lmdkit plan --help`. */
export const usagePlan = `Usage: lmdkit plan <export.csv|export.xlsx> --instrument <file.json> --choices <file.json> --ratee <id> [options]

Plans one person's development from their 360: the competencies to work on (others' rating, the
gap with their own, and the importance given in the choices file), development from the catalogue
that fits each and the support available, the goal to write, and when and by how many raters the
same items are rated again. The whole cycle is read, since the plan compares the person with it.

Options:
  --instrument <file>   the instrument (JSON)  [required]
  --choices <file>      the choices made with the coach: importance, support, goals, dates
                        (see examples/data/360-plan-choices.json)  [required]
  --ratee <id>          whose plan  [required]
  --settings <file>     anonymity policy (as for lmdkit 360)
  --audience <who>      participant (the plan without the coach's checks) or coach
                        [default: participant]
  --format <format>     markdown, json or html (html: the person's page)  [default: markdown]
  --out <file>          write the plan to this file  [default: standard output]
  -h, --help            show this help

Example:
  lmdkit plan examples/data/360-export-wide.csv --instrument examples/data/360-instrument.json --choices examples/data/360-plan-choices.json --ratee M07

${exitCodes}
`;

/** `lmdkit 360 --help`. */
export const usage360 = `Usage: lmdkit 360 <export.csv|export.xlsx> --instrument <file.json> [options]

Interprets a 360-degree feedback cycle with the anonymity rules applied to every ratee. Without
--ratee, prints the cohort: agreement categories, the self − others differences and one line per
ratee; with --ratee, that ratee's report.

The export is what your survey tool gives you, as CSV (UTF-8) or Excel (.xlsx): wide (one row per
response, a column per question, as Qualtrics, SurveyMonkey, Microsoft Forms, Google Forms and
Culture Amp export) or long (one row per rating: ratee_id, rater_id, rater_group, item_id,
score). Extra header rows are skipped; the ratee, rater and relationship columns are found by
their headers; question columns are matched to the instrument's items by id or wording; answers
may be numbers or the instrument's labels; relationship labels such as "Line manager" or
"I report to them" are read as groups. Run with --explain first to see how each column is read.

Options:
  --instrument <file>   the instrument (JSON: scale with optional labels and not-observed answers,
                        competencies, items with optional wording, open questions)  [required]
  --settings <file>     anonymity policy and readiness by ratee (JSON, the
                        feedback360-settings-file format)  [default: the library's defaults:
                        groups under 3 raters hidden, all others needs 4]
  --explain             print how each column of the export is read (role, item or question,
                        how it matched and why), the relationship labels and warnings, and stop
  --column <role>=<header>
                        the column holding the ratee, rater or rater group when the guess is
                        wrong, by its header: --column ratee="Who are you giving feedback on?"
                        (repeatable: ratee=, rater=, group=)
  --group-label <label>=<group>
                        read a relationship label as a group (self, manager, peer,
                        direct-report, other): --group-label "I work alongside them=peer"
                        (repeatable)
  --sheet <name>        the sheet of an Excel workbook to read  [default: the first]
  --ratee <id>          report on this ratee only
  --audience <who>      participant (the person rated: plain words, comments, nothing meant
                        for their coach) or coach (everything: agreement category, readiness,
                        rater agreement, findings)  [default: participant for --ratee and
                        --out-dir, coach for the cohort summary]
  --format <format>     markdown, json or html (without --ratee or --out-dir, html is the
                        organisation's page for the whole cycle, naming no one)
                        [default: markdown]
  --units <file>        roll the cycle up by organisation unit instead (CSV: ratee,unit with the
                        path as "Organisation / Department / Team"); units under 5 ratees, and
                        units whose figures would let a small one be worked out, are held back
  --previous <file>     an earlier cycle's export (repeatable, oldest first), with --ratee or
                        --out-dir: each report shows the change since the previous cycle,
                        judged against the measurement's noise, and a trend across the cycles
  --labels <list>       the cycles' names, oldest first, the current last (--labels 2025,2026,2027)
                        [default: the files' names]
  --ledger <file>       the release ledger (JSON; created when missing): every figure is checked
                        against what earlier releases published, and one that would let a
                        group smaller than the minimum be worked out is withheld; the ledger is
                        then rewritten. Needs LMDKIT_LEDGER_KEY (a secret of at least 16
                        characters, kept apart from the ledger), which keys the hashes of rater ids
  --release <id>        this release's id in the ledger  [default: the export's file name]
  --out <file>          write the report to this file  [default: standard output]
  --out-dir <dir>       write one file per ratee (<rateeId>.md|json|html, characters other than
                        letters, digits, '.', '_' and '-' replaced by '_') and the cohort
                        (cohort.md|json; cohort.md for html)
  --quiet               no progress messages or warnings (progress is shown on standard error for
                        more than 50,000 rows or 200 ratees)
  -h, --help            show this help

A blank answer, or one of the instrument's not-observed answers, counts as "not observed". A
CSV file is UTF-8 text, comma-separated; a header line without commas that splits on ';' or tabs
(Excel in some locales) is read that way.

Example:
  lmdkit 360 examples/data/360-export-wide.csv --instrument examples/data/360-instrument.json --explain
  lmdkit 360 examples/data/360-export-wide.csv --instrument examples/data/360-instrument.json \\
    --settings examples/data/360-settings.json --ratee M07

${exitCodes}
`;

/** `lmdkit iip --help`. */
export const usageIip = `Usage: lmdkit iip <evidence.json> [options]

Assesses evidence against the Investors in People Leadership & Management Model's 9 indicators
and 23 requirements: the status of each, findings and next actions.

The file is the iip-evidence-file format ({ organisation, assessedOn?, options?, evidence: [...] }),
or a bare array of evidence items ({ requirementId, audience, source, supports, note? }).

Options:
  --format <format>   markdown or json  [default: markdown]
  --out <file>        write the report to this file  [default: standard output]
  -h, --help          show this help

Example:
  lmdkit iip examples/data/iip-evidence.json --format json --out iip.json

${exitCodes}
`;

/** `lmdkit evaluate --help`. */
export const usageEvaluate = `Usage: lmdkit evaluate <case.json> [options]

Evaluates an initiative from an evaluation-case file: turnover and lost-time rates before and
after for the pilot (and a comparison group) with the difference-in-differences, the evaluation
plan check, the Phillips ROI, the themes of the comments (anonymity rules applied) and the
evidence chain.

Options:
  --format <format>   markdown or json  [default: markdown]
  --out <file>        write the report to this file  [default: standard output]
  -h, --help          show this help

Example:
  lmdkit evaluate examples/data/evaluation-case.json

${exitCodes}
`;

/** `lmdkit demo --help`. */
export const usageDemo = `Usage: lmdkit demo [options]

Runs the main analyses on the fictional organisation shipped with the package (Larkspur Vale
Housing, examples/data/): the IIP L&M assessment, manager M07's 360 summary, the cohort's
agreement categories, and the peer learning circles pilot's evaluation with ROI.

Options:
  --format <format>   markdown or json  [default: markdown]
  -h, --help          show this help

Example:
  npx lmdkit demo

${exitCodes}
`;
