// The embedded store: one SQLite file in the data directory, in WAL mode. Each update is
// committed before appendUpdate returns, so whatever the server relayed survives a crash of
// the process (synchronous=NORMAL: a power loss may drop the last transactions).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type {
  JourneyRecord,
  JourneySummary,
  LinkRole,
  NewJourney,
  Store,
  StoreStats,
  StoredDocument,
  VersionRecord,
} from './store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS journeys (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  editor_token TEXT NOT NULL UNIQUE,
  viewer_token TEXT NOT NULL UNIQUE,
  touchpoints INTEGER NOT NULL DEFAULT 0,
  journey_score REAL
);
CREATE TABLE IF NOT EXISTS states (
  journey_id TEXT PRIMARY KEY REFERENCES journeys(id) ON DELETE CASCADE,
  state BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_journey ON updates(journey_id, seq);
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  journey TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_by_journey ON versions(journey_id, created_at);
`;

interface JourneyRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  editor_token: string;
  viewer_token: string;
  touchpoints: number;
  journey_score: number | null;
}

interface VersionRow {
  id: string;
  journey_id: string;
  name: string;
  created_at: string;
}

const toRecord = (row: JourneyRow): JourneyRecord => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
  editorToken: row.editor_token,
  viewerToken: row.viewer_token,
  touchpoints: row.touchpoints,
  journeyScore: row.journey_score,
});

const toVersion = (row: VersionRow): VersionRecord => ({
  id: row.id,
  journeyId: row.journey_id,
  name: row.name,
  createdAt: row.created_at,
});

/** ISO time that stays strictly increasing within the process, so "newest first" is stable. */
let lastTime = 0;
function now(): string {
  lastTime = Math.max(Date.now(), lastTime + 1);
  return new Date(lastTime).toISOString();
}

export function openSqliteStore(dataDir: string, file = 'touchpoint.db'): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, file));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const q = {
    insertJourney: db.prepare(
      `INSERT INTO journeys (id, title, created_at, updated_at, editor_token, viewer_token, touchpoints, journey_score)
       VALUES (@id, @title, @now, @now, @editorToken, @viewerToken, @touchpoints, @journeyScore)`,
    ),
    insertState: db.prepare('INSERT OR REPLACE INTO states (journey_id, state) VALUES (?, ?)'),
    getJourney: db.prepare('SELECT * FROM journeys WHERE id = ?'),
    listLive: db.prepare('SELECT * FROM journeys WHERE deleted_at IS NULL ORDER BY created_at DESC, id'),
    listTrashed: db.prepare('SELECT * FROM journeys WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id'),
    byEditor: db.prepare('SELECT id FROM journeys WHERE editor_token = ?'),
    byViewer: db.prepare('SELECT id FROM journeys WHERE viewer_token = ?'),
    setEditor: db.prepare('UPDATE journeys SET editor_token = ? WHERE id = ?'),
    setViewer: db.prepare('UPDATE journeys SET viewer_token = ? WHERE id = ?'),
    appendUpdate: db.prepare('INSERT INTO updates (journey_id, data) VALUES (?, ?)'),
    touch: db.prepare('UPDATE journeys SET updated_at = ? WHERE id = ?'),
    getState: db.prepare('SELECT state FROM states WHERE journey_id = ?'),
    getUpdates: db.prepare('SELECT data FROM updates WHERE journey_id = ? ORDER BY seq'),
    deleteUpdates: db.prepare('DELETE FROM updates WHERE journey_id = ?'),
    trash: db.prepare('UPDATE journeys SET deleted_at = ? WHERE id = ?'),
    restore: db.prepare('UPDATE journeys SET deleted_at = NULL WHERE id = ?'),
    purge: db.prepare('DELETE FROM journeys WHERE id = ?'),
    insertVersion: db.prepare(
      'INSERT INTO versions (id, journey_id, name, created_at, journey) VALUES (?, ?, ?, ?, ?)',
    ),
    listVersions: db.prepare(
      'SELECT id, journey_id, name, created_at FROM versions WHERE journey_id = ? ORDER BY created_at DESC, id',
    ),
    getVersion: db.prepare('SELECT * FROM versions WHERE journey_id = ? AND id = ?'),
    stats: db.prepare(
      `SELECT (SELECT COUNT(*) FROM journeys) AS journeys,
              (SELECT COUNT(*) FROM updates) AS updates,
              (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM updates) + (SELECT COALESCE(SUM(LENGTH(state)), 0) FROM states) AS bytes`,
    ),
  };

  const create = db.transaction((input: NewJourney) => {
    q.insertJourney.run({ ...input, now: now() });
    q.insertState.run(input.id, input.state);
  });
  const append = db.transaction((id: string, update: Uint8Array) => {
    q.appendUpdate.run(id, update);
    q.touch.run(now(), id);
  });
  const compact = db.transaction((id: string, state: Uint8Array) => {
    q.insertState.run(id, state);
    q.deleteUpdates.run(id);
  });

  const get = (id: string) => {
    const row = q.getJourney.get(id) as JourneyRow | undefined;
    return row && toRecord(row);
  };
  let closed = false;

  return {
    async createJourney(input) {
      create(input);
      return get(input.id)!;
    },
    async getJourney(id) {
      return get(id);
    },
    async listJourneys({ trashed }) {
      return ((trashed ? q.listTrashed : q.listLive).all() as JourneyRow[]).map(toRecord);
    },
    async updateSummary(id, summary: JourneySummary) {
      const sets: string[] = [];
      const values: Record<string, unknown> = { id };
      if (summary.title !== undefined) (sets.push('title = @title'), (values.title = summary.title));
      if (summary.touchpoints !== undefined) (sets.push('touchpoints = @touchpoints'), (values.touchpoints = summary.touchpoints));
      if (summary.journeyScore !== undefined) (sets.push('journey_score = @score'), (values.score = summary.journeyScore));
      if (sets.length) db.prepare(`UPDATE journeys SET ${sets.join(', ')} WHERE id = @id`).run(values);
    },
    async findByToken(token) {
      const editor = q.byEditor.get(token) as { id: string } | undefined;
      if (editor) return { journeyId: editor.id, role: 'editor' };
      const viewer = q.byViewer.get(token) as { id: string } | undefined;
      if (viewer) return { journeyId: viewer.id, role: 'viewer' };
      return undefined;
    },
    async setLinkToken(id, role: LinkRole, token) {
      (role === 'editor' ? q.setEditor : q.setViewer).run(token, id);
    },
    async appendUpdate(id, update) {
      append(id, update);
    },
    async loadDocument(id): Promise<StoredDocument> {
      const state = q.getState.get(id) as { state: Buffer } | undefined;
      const updates = (q.getUpdates.all(id) as { data: Buffer }[]).map((r) => new Uint8Array(r.data));
      return { state: state ? new Uint8Array(state.state) : null, updates };
    },
    async compact(id, state) {
      compact(id, state);
    },
    async trashJourney(id) {
      q.trash.run(now(), id);
    },
    async restoreJourney(id) {
      q.restore.run(id);
    },
    async purgeJourney(id) {
      q.purge.run(id);
    },
    async saveVersion(version, journey) {
      q.insertVersion.run(version.id, version.journeyId, version.name, version.createdAt, JSON.stringify(journey));
    },
    async listVersions(journeyId) {
      return (q.listVersions.all(journeyId) as VersionRow[]).map(toVersion);
    },
    async getVersion(journeyId, versionId) {
      const row = q.getVersion.get(journeyId, versionId) as (VersionRow & { journey: string }) | undefined;
      return row && { version: toVersion(row), journey: JSON.parse(row.journey) as unknown };
    },
    async stats(): Promise<StoreStats> {
      return q.stats.get() as StoreStats;
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}

export { now as storeNow };
