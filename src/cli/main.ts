#!/usr/bin/env node
// Placeholder entry while the subcommands are being built (issue 7); replaced by the CLI proper.
process.stderr.write('lmdkit: the command-line tool is not built yet\n');
process.exitCode = 2;
