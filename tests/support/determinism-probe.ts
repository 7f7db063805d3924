/**
 * Child-process probe of the determinism test: replays the scenarios in the
 * JSON file given as argument and prints, after a header naming the process
 * time zone, every snapshot and every read of every case. Run under several
 * `TZ` values, the output after the header must be byte-identical.
 */
import { readFileSync } from 'node:fs';
import { describeCases, type Scenario } from './determinism';

const scenarios = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Scenario[];
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const offset = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
process.stdout.write(`time zone ${zone}, offset ${offset} min\n${describeCases(scenarios)}`);
