// Shared steps of the root commands: find pnpm (or fetch it through npx), install the
// workspace's dependencies when they are missing, and run commands with inherited output.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function onPath(cmd) {
  const probe = spawnSync(cmd, ['--version'], { stdio: 'ignore', shell: process.platform === 'win32' });
  return probe.status === 0;
}

/** The command that runs pnpm 10 here: a global pnpm when there is one, else npx. */
export function pnpmCommand() {
  if (onPath('pnpm')) return ['pnpm'];
  return ['npx', '-y', 'pnpm@10'];
}

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function runOrExit(cmd, args, options = {}) {
  const status = run(cmd, args, options);
  if (status !== 0) process.exit(status);
}

export function pnpm(args, options = {}) {
  const [cmd, ...pre] = pnpmCommand();
  runOrExit(cmd, [...pre, ...args], options);
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  const fresh = existsSync(marker) && existsSync(lock) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) return;
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  pnpm(['install', ...frozen]);
}
