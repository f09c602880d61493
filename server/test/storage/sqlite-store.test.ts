// The SQLite store against the storage contract, plus what is its own: the data dir is
// created on first start, and the database runs in WAL mode.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/storage/sqlite-store.ts';
import { describeStore } from './store-suite.ts';

describeStore('sqlite', {
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'touchpoint-store-'));
    let current = openSqliteStore(dir);
    return {
      store: current,
      async reopen() {
        await current.close();
        current = openSqliteStore(dir);
        return current;
      },
      async dispose() {
        await current.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});

describe('sqlite store', () => {
  it('creates its data directory on first start and uses WAL', async () => {
    const root = mkdtempSync(join(tmpdir(), 'touchpoint-store-'));
    const dir = join(root, 'nested', 'data');
    const store = openSqliteStore(dir);
    await store.close();
    expect(existsSync(join(dir, 'touchpoint.db'))).toBe(true);
    const db = new Database(join(dir, 'touchpoint.db'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    rmSync(root, { recursive: true, force: true });
  });
});
