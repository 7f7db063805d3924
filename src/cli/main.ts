#!/usr/bin/env node
/**
 * The `permit-lifecycles` command line. Exit codes: 0 success, 1 an event
 * refused by the procedure, 2 bad input, 3 an internal error (a bug). No
 * stack trace reaches the user.
 */
import { runCliAsync } from './run';

interface Printed {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function internalError(error: unknown): Printed {
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: 3, stdout: '', stderr: `internal error: ${message}\nThis is a bug in permit-lifecycles; please report it with the command you ran.` };
}

let result: Printed;
try {
  result = await runCliAsync(process.argv.slice(2));
} catch (error) {
  result = internalError(error);
}
if (result.stdout) process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
if (result.stderr) process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : `${result.stderr}\n`);
process.exitCode = result.exitCode;
