/**
 * A throwaway PostgreSQL server for the store tests and the store benchmark:
 * a fresh cluster in a temporary directory (initdb), listening on 127.0.0.1
 * only, on a free port, stopped and deleted afterwards. Uses Debian's
 * `postgresql` package and installs it (apt-get) when it is missing and we are
 * root. Postgres refuses to run as root, so as root the server runs as the
 * `postgres` user.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A running throwaway server.
 *
 * @example
 * ```ts
 * const server = await startPostgresServer();
 * console.log(server.connectionString); // postgresql://postgres@127.0.0.1:PORT/postgres
 * await server.stop();
 * ```
 */
export interface PostgresServer {
  connectionString: string;
  port: number;
  dataDir: string;
  /** Stop the server as a crash would (`pg_ctl stop -m immediate`): connections drop mid-transaction. `stop` still deletes its files. */
  stopImmediately(): Promise<void>;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, [...args], { env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) + (error && code === 1 && !stderr ? error.message : '') });
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The newest `/usr/lib/postgresql/<version>/bin` holding initdb and pg_ctl, or null. */
function findBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((entry) => /^\d+$/.test(entry))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const dir = join(root, version, 'bin');
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Install Debian's `postgresql` package when its binaries are missing. Another
 * process may hold the apt lock: wait and retry for a few minutes.
 */
async function ensureInstalled(log: (line: string) => void): Promise<string> {
  const found = findBinDir();
  if (found) return found;
  if (!isRoot()) throw new Error('PostgreSQL is not installed: run `sudo apt-get install -y postgresql` (Debian) first');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (let attempt = 1; attempt <= 30; attempt += 1) {
    log(`installing postgresql with apt-get (attempt ${attempt})`);
    const update = await run('apt-get', ['update'], env);
    const install = update.code === 0 ? await run('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], env) : update;
    const dir = findBinDir();
    if (install.code === 0 && dir) return dir;
    if (!/lock/i.test(install.stderr)) throw new Error(`apt-get could not install postgresql: ${install.stderr.trim().split('\n').slice(-3).join(' ')}`);
    await sleep(10_000);
  }
  throw new Error('apt-get stayed locked by another process; install postgresql and try again');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function postgresUid(): Promise<{ uid: number; gid: number }> {
  const uid = await run('id', ['-u', 'postgres']);
  const gid = await run('id', ['-g', 'postgres']);
  if (uid.code !== 0 || gid.code !== 0) throw new Error('running as root but there is no `postgres` user to run the server as');
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Start a throwaway PostgreSQL server on 127.0.0.1 (trust authentication: it
 * only listens there, and its files are deleted on `stop`).
 *
 * @example
 * ```ts
 * const server = await startPostgresServer({ log: console.log });
 * try { ... } finally { await server.stop(); }
 * ```
 */
export async function startPostgresServer(options: { log?: (line: string) => void } = {}): Promise<PostgresServer> {
  const log = options.log ?? (() => undefined);
  const binDir = await ensureInstalled(log);
  const dataDir = await mkdtemp(join(tmpdir(), 'permit-lifecycles-pg-'));
  const asRoot = isRoot();
  if (asRoot) {
    const { uid, gid } = await postgresUid();
    await chown(dataDir, uid, gid);
  }
  const pgRun = (binary: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(binDir, binary), ...args]) : run(join(binDir, binary), args));
  const initdb = await pgRun('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync']);
  if (initdb.code !== 0) throw new Error(`initdb failed: ${initdb.stderr.trim()}`);
  let port = 0;
  for (let attempt = 1; ; attempt += 1) {
    port = await freePort();
    const started = await pgRun('pg_ctl', [
      '-D', dataDir, '-l', join(dataDir, 'server.log'), '-w', '-t', '60',
      '-o', `-c listen_addresses=${HOST} -c port=${port} -c unix_socket_directories=${dataDir} -c max_connections=200`,
      'start',
    ]);
    if (started.code === 0) break;
    if (attempt >= 3) throw new Error(`pg_ctl start failed: ${started.stderr.trim() || started.stdout.trim()}`);
  }
  log(`postgresql listening on ${HOST}:${port} (data in ${dataDir})`);
  let stopped = false;
  return {
    connectionString: `postgresql://postgres@${HOST}:${port}/postgres`,
    port,
    dataDir,
    async stopImmediately() {
      const stoppedNow = await pgRun('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      if (stoppedNow.code !== 0) throw new Error(`pg_ctl stop -m immediate failed: ${stoppedNow.stderr.trim() || stoppedNow.stdout.trim()}`);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await pgRun('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
