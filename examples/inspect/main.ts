/**
 * Watch a case in the Stately inspector, with personal data removed.
 *
 *   npx tsx examples/inspect/main.ts [scenario.json] [--port 8080]
 *     starts a local bridge (`@statelyai/inspect/server`) on the port, runs the
 *     scenario, and keeps serving: open http://localhost:8080 in a browser, which
 *     embeds the hosted inspector (https://stately.ai/inspect). Ctrl+C stops it.
 *
 *   npx tsx examples/inspect/main.ts [scenario.json] --url ws://127.0.0.1:9000
 *     sends to an inspector server or receiver that is already running, then exits.
 */
import { parseArgs } from 'node:util';
import { createInspectorServer } from '@statelyai/inspect/server';
import { isMainModule, readScenario } from '../scenario-file';
import { inspectScenario } from './inspect-scenario';

/**
 * Run the example with command-line arguments; resolves to the exit code
 * (0 done, 1 the scenario or the connection failed, 2 bad arguments).
 *
 * @example
 * ```ts
 * await main(['--url', 'ws://127.0.0.1:9000']); // 0
 * ```
 */
export async function main(args: readonly string[], print: (line: string) => void = console.log): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { url: { type: 'string' }, port: { type: 'string', default: '8080' } } });
  } catch (error) {
    print(`inspect: ${(error as Error).message}`);
    return 2;
  }
  const port = Number(parsed.values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    print(`inspect: --port must be a port number, not "${parsed.values.port}"`);
    return 2;
  }
  const scenario = readScenario(parsed.positionals[0]);
  const server = parsed.values.url ? null : createInspectorServer({ port, autoOpen: false });
  const url = parsed.values.url ?? `ws://localhost:${port}`;
  try {
    const run = await inspectScenario(scenario, { url });
    print(`${scenario.procedure}: sent ${run.eventsSent} events to ${url}; the case ended in ${run.state}`);
    print('personal data (facts.person, names, passport numbers, addresses) was removed; employers appear as pseudonyms');
  } catch (error) {
    print(`inspect: ${(error as Error).message}`);
    server?.stop();
    return 1;
  }
  if (server) {
    print(`open http://localhost:${port} in a browser to see the case in the Stately inspector; Ctrl+C to stop`);
    process.once('SIGINT', () => server.stop());
  }
  return 0;
}

if (isMainModule(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    // A socket that never opened keeps retrying inside @statelyai/inspect: leave explicitly on failure.
    if (code !== 0) process.exit(code);
  });
}
