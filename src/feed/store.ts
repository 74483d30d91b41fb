/**
 * The last good feed per URL, kept in this browser so that a later failed load can still show
 * something (stale-on-error). Storage may be missing, disabled (sandboxed iframes, privacy modes
 * throw on access) or full; none of that may break a widget, so every access is guarded.
 *
 * localStorage holds about 5 MB per site: a feed too big for it (or for what is left of it) goes
 * to IndexedDB instead, which has room for a 20 MB feed.
 */
const PREFIX = 'mf-widgets:feed:';
/** Above this many characters a feed goes straight to IndexedDB (localStorage's limit is ~5 M). */
const LOCAL_MAX = 2_000_000;
const DB = 'mf-widgets';
const STORE = 'feeds';

export interface SavedFeed {
  readonly text: string;
  readonly savedAt: Date;
}

function storage(): Storage | undefined {
  try {
    const store = globalThis.localStorage;
    return store ?? undefined;
  } catch {
    return undefined;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

interface Stored {
  readonly savedAt: string;
  readonly text: string;
}

/** One IndexedDB request in its own transaction; undefined whenever anything goes wrong. */
function idb<T>(mode: IDBTransactionMode, request: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = indexedDB.open(DB, 1);
    } catch {
      resolve(undefined);
      return;
    }
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => resolve(undefined);
    open.onblocked = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      try {
        const transaction = db.transaction(STORE, mode);
        const done = request(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          db.close();
          resolve(done.result);
        };
        transaction.onerror = transaction.onabort = () => {
          db.close();
          resolve(undefined);
        };
      } catch {
        db.close();
        resolve(undefined);
      }
    };
  });
}

/** Keeps `text` as the last good feed of `url`. Returns whether it was stored (in localStorage; a big feed goes to IndexedDB, asynchronously). */
export function saveFeed(url: string, text: string, now = new Date()): boolean {
  const stored: Stored = { savedAt: now.toISOString(), text };
  const toIndexedDb = (): false => {
    void idb('readwrite', (store) => store.put(stored, url));
    return false;
  };
  const store = storage();
  if (text.length > LOCAL_MAX) {
    try {
      store?.removeItem(PREFIX + url);
    } catch {
      // An older, smaller copy stays; IndexedDB's is newer and read first when newer.
    }
    return toIndexedDb();
  }
  if (!store) return toIndexedDb();
  const value = JSON.stringify(stored);
  try {
    store.setItem(PREFIX + url, value);
    void idb('readwrite', (db) => db.delete(url));
    return true;
  } catch (error) {
    if (!isQuotaError(error)) return toIndexedDb();
  }
  // Full: make room by forgetting other feeds (ours only), then try once more.
  try {
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX) && key !== PREFIX + url) store.removeItem(key);
    }
    store.setItem(PREFIX + url, value);
    void idb('readwrite', (db) => db.delete(url));
    return true;
  } catch {
    try {
      store.removeItem(PREFIX + url);
    } catch {
      // Nothing more to do here: IndexedDB is the last place left.
    }
    return toIndexedDb();
  }
}

function readStored(value: unknown): SavedFeed | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { savedAt: at, text } = value as { savedAt?: unknown; text?: unknown };
  const savedAt = typeof at === 'string' ? new Date(at) : undefined;
  if (typeof text !== 'string' || !savedAt || Number.isNaN(savedAt.getTime())) return undefined;
  return { text, savedAt };
}

function loadLocal(url: string): SavedFeed | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + url);
    return raw ? readStored(JSON.parse(raw)) : undefined;
  } catch {
    return undefined;
  }
}

/** The last good copy of `url` kept in this browser (the newer of localStorage's and IndexedDB's). */
export async function loadSavedFeed(url: string): Promise<SavedFeed | undefined> {
  const local = loadLocal(url);
  const indexed = readStored(await idb('readonly', (store) => store.get(url)));
  if (!local) return indexed;
  if (!indexed) return local;
  return indexed.savedAt > local.savedAt ? indexed : local;
}

/** Forgets every kept feed: localStorage's at once, IndexedDB's when the promise settles. */
export async function forgetSavedFeeds(): Promise<void> {
  const store = storage();
  try {
    for (let i = (store?.length ?? 0) - 1; i >= 0; i--) {
      const key = store?.key(i);
      if (key?.startsWith(PREFIX)) store?.removeItem(key);
    }
  } catch {
    // Storage went away; nothing is kept there anyway.
  }
  await idb('readwrite', (db) => db.clear());
}
