// Starts one Piazza server in demo mode for the whole browser suite.
//
// Contract: `PIAZZA_DATA_DIR=<fresh dir> $PIAZZA_BIN serve --demo --listen 127.0.0.1:<port>`,
// GET /readyz answers 200 once the server is ready, and the demo seeding writes
// `<data dir>/demo-accounts.json`.

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { access, constants, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_BIN = '/root/.cache/piazza/target/debug/piazza';
export const READY_TIMEOUT_MS = 60_000;
export const STOP_TIMEOUT_MS = 10_000;

export const RESULTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');

/** Asks the kernel for a free TCP port on 127.0.0.1. */
async function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the server and waits until it is ready.
 * @returns {Promise<{baseURL: string, dataDir: string, logPath: string,
 *   accounts: Array<{username: string, password: string, role: string, community: string|null}>,
 *   logTail: () => string, stop: () => Promise<void>}>}
 */
export async function startServer() {
  const bin = process.env.PIAZZA_BIN || DEFAULT_BIN;
  try {
    await access(bin, constants.X_OK);
  } catch {
    throw new Error(
      `Piazza binary not found or not executable: ${bin}\n` +
        'Build it with `cargo build --bin piazza` or point PIAZZA_BIN at it.',
    );
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'piazza-browser-'));
  await mkdir(RESULTS_DIR, { recursive: true });
  const logPath = join(RESULTS_DIR, 'server.log');
  const log = createWriteStream(logPath);
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;

  let tail = '';
  const keep = (chunk) => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-8000);
  };

  // Only the data dir comes from us: settings meant for another Piazza
  // (PIAZZA_DATABASE_URL, PIAZZA_CONFIG, PIAZZA_SMTP_URL, ...) must not leak in.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PIAZZA_')));
  const child = spawn(bin, ['serve', '--demo', '--listen', `127.0.0.1:${port}`], {
    env: { ...env, PIAZZA_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let exited = null;
  const exitPromise = new Promise((ok) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      ok(exited);
    });
    child.on('error', (err) => {
      exited = { code: null, signal: null, error: err };
      ok(exited);
    });
  });
  // If the test process dies without running `after`, do not leave the server behind.
  const killOnExit = () => {
    if (!exited) child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);

  const logTail = () => tail.split('\n').slice(-40).join('\n');

  const stop = async () => {
    process.off('exit', killOnExit);
    if (!exited) {
      child.kill('SIGTERM');
      const timer = sleep(STOP_TIMEOUT_MS).then(() => 'timeout');
      if ((await Promise.race([exitPromise, timer])) === 'timeout') {
        child.kill('SIGKILL');
        await exitPromise;
      }
    }
    await new Promise((ok) => log.end(ok));
    if (!process.env.PIAZZA_KEEP_DATA) {
      await rm(dataDir, { recursive: true, force: true });
    }
  };

  // Poll /readyz.
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(
        `Piazza server exited before becoming ready (${describeExit(exited)}).\n` +
          `Command: PIAZZA_DATA_DIR=${dataDir} ${bin} serve --demo --listen 127.0.0.1:${port}\n` +
          `Last output:\n${logTail()}`,
      );
    }
    try {
      const res = await fetch(`${baseURL}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) break;
      lastProblem = `GET /readyz answered ${res.status}`;
    } catch (err) {
      lastProblem = `GET /readyz failed: ${err.cause?.code || err.message}`;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `Piazza server not ready after ${READY_TIMEOUT_MS / 1000} s (${lastProblem}).\n` +
          `Last output:\n${logTail()}`,
      );
    }
    await sleep(250);
  }

  // The accounts file is written by the seeding; give it a moment in case it trails /readyz.
  const accountsPath = join(dataDir, 'demo-accounts.json');
  let accounts;
  for (let i = 0; ; i++) {
    try {
      accounts = JSON.parse(await readFile(accountsPath, 'utf8'));
      break;
    } catch (err) {
      if (i >= 40) {
        await stop();
        throw new Error(`Could not read ${accountsPath} after the server became ready: ${err.message}`);
      }
      await sleep(250);
    }
  }
  if (!Array.isArray(accounts)) {
    await stop();
    throw new Error(`${accountsPath} is not a JSON array`);
  }

  /** Null while the server runs, else how it ended. */
  const exitStatus = () => (exited ? describeExit(exited) : null);

  return { baseURL, dataDir, logPath, accounts, logTail, exitStatus, stop };
}

function describeExit({ code, signal, error }) {
  if (error) return `failed to start: ${error.message}`;
  if (signal) return `killed by ${signal}`;
  return `exit code ${code}`;
}

/** The first demo account with the given role, or undefined. */
export function accountFor(accounts, role) {
  return accounts.find((a) => a && a.role === role);
}
