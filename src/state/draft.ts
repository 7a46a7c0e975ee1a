// The work in progress, kept in this browser (IndexedDB) while edits are unsaved, and offered back
// after a reload or a crash. A stored draft that cannot be read, or was written by another version
// of the draft format, is set aside (kept under another key, never deleted) with a notice; it never
// stops the app. Loaded after the first frame (to look for a draft) and with the editor (to write).
import type { LoadedDataset } from "../data/types";
import { useStore } from "./store";

export const DRAFT_VERSION = 1;
const DB_NAME = "throughline";
const STORE = "drafts";
const KEY = "current";

export interface Draft {
  v: typeof DRAFT_VERSION;
  savedAt: number;
  original: LoadedDataset;
  saved: LoadedDataset;
  present: LoadedDataset;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") return reject(new Error("this browser keeps no drafts"));
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

// One connection, kept open: a write made as the page is left must start its transaction in the
// same task (opening a database takes a round trip the page may not live to see).
let connection: IDBDatabase | null = null;
let opening: Promise<IDBDatabase> | null = null;

function db(): Promise<IDBDatabase> {
  if (connection) return Promise.resolve(connection);
  opening ??= openDb().then(
    (opened) => {
      connection = opened;
      opening = null;
      // Another tab upgrading the database, or the browser clearing it: let go, reopen on next use.
      opened.onversionchange = opened.onclose = () => {
        opened.close();
        if (connection === opened) connection = null;
      };
      return opened;
    },
    (error) => {
      opening = null;
      throw error;
    },
  );
  return opening;
}

function transact<T>(
  database: IDBDatabase,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const tx = database.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("aborted"));
    // Asks the browser to write now rather than when the task ends (not in every browser).
    tx.commit?.();
  });
}

/** Runs one request; when the connection is open the transaction starts before this returns. */
function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  if (connection) {
    try {
      return transact(connection, mode, work);
    } catch {
      connection = null; // closed under us: open again below
    }
  }
  return db().then((database) => transact(database, mode, work));
}

const isDataset = (d: unknown): d is LoadedDataset =>
  !!d &&
  typeof d === "object" &&
  typeof (d as LoadedDataset).title === "string" &&
  ["articles", "entities", "relations"].every((k) =>
    Array.isArray((d as unknown as Record<string, unknown>)[k]),
  );

/** Why a stored value is not a draft this version can use, or null when it is one. */
export function draftProblem(value: unknown): string | null {
  if (!value || typeof value !== "object") return "it is not a draft";
  const d = value as Partial<Draft>;
  if (d.v !== DRAFT_VERSION)
    return `it was written by another version of Throughline (format ${String(d.v)})`;
  if (typeof d.savedAt !== "number" || !isDataset(d.original) || !isDataset(d.saved) || !isDataset(d.present))
    return "it is damaged";
  return null;
}

export type DraftLookup =
  | { kind: "none" }
  | { kind: "draft"; draft: Draft }
  | { kind: "set-aside"; reason: string };

/** Looks for a draft; one that cannot be used is set aside at once. Never throws. */
export async function findDraft(): Promise<DraftLookup> {
  try {
    const value = await run<unknown>("readonly", (s) => s.get(KEY));
    if (value === undefined) return { kind: "none" };
    const problem = draftProblem(value);
    if (problem === null) return { kind: "draft", draft: value as Draft };
    await setAside(value, problem);
    return { kind: "set-aside", reason: problem };
  } catch {
    return { kind: "none" };
  }
}

/** Keeps an unusable draft under another key, so nothing is destroyed, and clears the current one. */
export async function setAside(value: unknown, reason: string): Promise<void> {
  try {
    await run("readwrite", (s) => s.put({ reason, value, at: Date.now() }, `set-aside-${Date.now()}`));
    await clearDraft();
  } catch {
    // Nothing more can be done: the notice still tells the curator.
  }
}

export async function writeDraft(draft: Omit<Draft, "v" | "savedAt">): Promise<void> {
  await run("readwrite", (s) => s.put({ v: DRAFT_VERSION, savedAt: Date.now(), ...draft }, KEY));
}

export async function clearDraft(): Promise<void> {
  await run("readwrite", (s) => s.delete(KEY));
}

type Session = Omit<Draft, "v" | "savedAt">;

export interface DraftStore {
  write: (session: Session) => Promise<void>;
  clear: () => Promise<void>;
  /** Gets ready to write at once (this browser's store: its connection opened). */
  warm?: () => void;
}

/** This browser's storage (IndexedDB). */
const BROWSER_STORE: DraftStore = {
  write: writeDraft,
  clear: clearDraft,
  warm: () => void db().catch(() => undefined),
};

export interface DraftKeeper {
  /** Takes the latest session (null: nothing to keep); written at most once per `wait` ms. */
  (session: Session | null): void;
  /** Writes what is waiting now: as the page is left, an edit must not wait for the timer. */
  flush: () => void;
}

/** Writes (for unsaved changes) or clears the draft, at most once per `wait` ms, and at once on flush. */
export function draftKeeper(wait = 400, store: DraftStore = BROWSER_STORE): DraftKeeper {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  let next: Session | null = null;
  const write = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    pending = false;
    const s = next;
    void (s && s.present !== s.saved ? store.write(s) : store.clear()).catch(() => undefined);
  };
  // Open the connection now, so that a flush as the page is left has one ready.
  store.warm?.();
  const keep = ((session: Session | null) => {
    next = session;
    pending = true;
    timer ??= setTimeout(write, wait);
  }) as DraftKeeper;
  keep.flush = write;
  return keep;
}

let found: Draft | null = null;

/** The draft found at start, for the editor to restore. */
export const foundDraft = (): Draft | null => found;

/** At start: offers a usable draft back (DraftOffer), or says that an unusable one was set aside. */
export async function offerDraft(): Promise<void> {
  const lookup = await findDraft();
  if (lookup.kind === "draft") {
    found = lookup.draft;
    useStore.setState({ draftOffer: { title: lookup.draft.present.title, savedAt: lookup.draft.savedAt } });
  } else if (lookup.kind === "set-aside")
    useStore
      .getState()
      .addNotice(
        `Unsaved edits kept in this browser could not be restored (${lookup.reason}); they were set aside.`,
      );
}
