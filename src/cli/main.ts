#!/usr/bin/env node
/**
 * The `permit-lifecycles` command line. Exit codes: 0 success, 1 an event or
 * read was refused by the procedure, 2 bad input (arguments, files, schema).
 */
import { runCli } from './run';

const result = runCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
if (result.stderr) process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : `${result.stderr}\n`);
process.exitCode = result.exitCode;
