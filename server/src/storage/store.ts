// The storage interface: journeys with their share links, each journey's update log and
// compacted state, named versions, and the trash. The SQLite store implements it; another
// (PostgreSQL) can be added without touching the protocol or the REST API. Every method is
// asynchronous so that a networked store fits the same shape.

export type LinkRole = 'editor' | 'viewer';

export interface JourneyRecord {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** Set while the journey is in the trash. */
  deletedAt: string | null;
  editorToken: string;
  viewerToken: string;
  /** Derived from the content when it was last compacted or written through the API. */
  touchpoints: number;
  journeyScore: number | null;
}

export interface NewJourney {
  id: string;
  title: string;
  editorToken: string;
  viewerToken: string;
  touchpoints: number;
  journeyScore: number | null;
  /** The initial document state (a Yjs update). */
  state: Uint8Array;
}

export interface StoredDocument {
  /** The compacted state, if any. */
  state: Uint8Array | null;
  /** Updates written after the state, oldest first. */
  updates: Uint8Array[];
}

export interface VersionRecord {
  id: string;
  journeyId: string;
  name: string;
  createdAt: string;
}

export interface StoreStats {
  journeys: number;
  updates: number;
  bytes: number;
}

export interface JourneySummary {
  title?: string;
  touchpoints?: number;
  journeyScore?: number | null;
}

export interface Store {
  createJourney(input: NewJourney): Promise<JourneyRecord>;
  /** A journey by id, trashed ones included (deletedAt tells). */
  getJourney(id: string): Promise<JourneyRecord | undefined>;
  /** Live journeys (or the trashed ones), newest first. */
  listJourneys(filter: { trashed: boolean }): Promise<JourneyRecord[]>;
  updateSummary(id: string, summary: JourneySummary): Promise<void>;
  /** The journey and role a link token opens (trashed journeys included). */
  findByToken(token: string): Promise<{ journeyId: string; role: LinkRole } | undefined>;
  setLinkToken(id: string, role: LinkRole, token: string): Promise<void>;

  /** Appends one update to the journey's log (committed before it resolves) and touches updatedAt. */
  appendUpdate(id: string, update: Uint8Array): Promise<void>;
  loadDocument(id: string): Promise<StoredDocument>;
  /** Replaces the state and the whole log with one state. */
  compact(id: string, state: Uint8Array): Promise<void>;

  trashJourney(id: string): Promise<void>;
  restoreJourney(id: string): Promise<void>;
  /** Deletes the journey with its log, state and versions for good. */
  purgeJourney(id: string): Promise<void>;

  saveVersion(version: VersionRecord, journey: unknown): Promise<void>;
  listVersions(journeyId: string): Promise<VersionRecord[]>;
  /** The plain journey saved with a version. */
  getVersion(journeyId: string, versionId: string): Promise<{ version: VersionRecord; journey: unknown } | undefined>;

  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
