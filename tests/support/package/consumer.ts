/**
 * A fresh consumer project: an empty folder with its own package.json, the
 * packed tarball and the peer dependencies installed from the registry, and
 * the files of `consumer-sources.ts` written next to them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_ENTRY, BROWSER_PAGE, CJS_SCRIPT, CONSUMER_TSCONFIGS, CORE_ONLY_CJS_SCRIPT, CORE_ONLY_ESM_SCRIPT, ESM_SCRIPT, TYPED_CONSUMER } from './consumer-sources';
import { runOrThrow } from './run';

/**
 * The versions of the peer dependencies a consumer installs.
 *
 * @example
 * ```ts
 * const lowest: PeerVersions = { xstate: '5.30.0', zod: '4.0.0' };
 * ```
 */
export interface PeerVersions {
  xstate: string;
  zod: string;
}

/**
 * Create a consumer project in `dir` and install the tarball and the peers.
 *
 * @example
 * ```ts
 * const dir = createConsumer('/tmp/pack/consumer-lowest', tarball, { xstate: '5.30.0', zod: '4.0.0' });
 * ```
 */
export function createConsumer(dir: string, tarball: string, peers: PeerVersions): string {
  mkdirSync(dir, { recursive: true });
  // no "type": `.ts` files are CommonJS under node16, `.mts` files are ESM
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'permit-lifecycles-consumer', version: '1.0.0', private: true }, null, 2)}\n`);
  writeFileSync(join(dir, 'esm.mjs'), ESM_SCRIPT);
  writeFileSync(join(dir, 'cjs.cjs'), CJS_SCRIPT);
  writeFileSync(join(dir, 'core-only.mjs'), CORE_ONLY_ESM_SCRIPT);
  writeFileSync(join(dir, 'core-only.cjs'), CORE_ONLY_CJS_SCRIPT);
  writeFileSync(join(dir, 'check.ts'), TYPED_CONSUMER);
  writeFileSync(join(dir, 'check.mts'), TYPED_CONSUMER);
  writeFileSync(join(dir, 'browser-entry.mjs'), BROWSER_ENTRY);
  writeFileSync(join(dir, 'index.html'), BROWSER_PAGE);
  for (const [name, config] of Object.entries(CONSUMER_TSCONFIGS)) writeFileSync(join(dir, `tsconfig.${name}.json`), `${JSON.stringify(config, null, 2)}\n`);
  runOrThrow(
    'npm',
    [
      'install',
      '--prefix',
      dir,
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--ignore-scripts',
      '--loglevel=error',
      tarball,
      `xstate@${peers.xstate}`,
      `zod@${peers.zod}`,
    ],
    dir,
    600_000,
  );
  return dir;
}
