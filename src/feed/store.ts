/**
 * The last good feed per URL, kept in this browser so that a later failed load can still show
 * something (stale-on-error). Storage may be missing, disabled (sandboxed iframes, privacy modes
 * throw on access) or full; none of that may break a widget, so every access is guarded.
 */
const PREFIX = 'mf-widgets:feed:';

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

/** Keeps `text` as the last good feed of `url`. Returns whether it was stored. */
export function saveFeed(url: string, text: string, now = new Date()): boolean {
  const store = storage();
  if (!store) return false;
  const value = JSON.stringify({ savedAt: now.toISOString(), text });
  try {
    store.setItem(PREFIX + url, value);
    return true;
  } catch (error) {
    if (!isQuotaError(error)) return false;
  }
  // Full: make room by forgetting other feeds (ours only), then try once more.
  try {
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX) && key !== PREFIX + url) store.removeItem(key);
    }
    store.setItem(PREFIX + url, value);
    return true;
  } catch {
    try {
      store.removeItem(PREFIX + url);
    } catch {
      // Nothing more to do: this feed is simply not kept.
    }
    return false;
  }
}

export function loadSavedFeed(url: string): SavedFeed | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + url);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as { savedAt?: unknown; text?: unknown };
    const savedAt = typeof parsed.savedAt === 'string' ? new Date(parsed.savedAt) : undefined;
    if (typeof parsed.text !== 'string' || !savedAt || Number.isNaN(savedAt.getTime())) return undefined;
    return { text: parsed.text, savedAt };
  } catch {
    return undefined;
  }
}

export function forgetSavedFeeds(): void {
  const store = storage();
  if (!store) return;
  try {
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX)) store.removeItem(key);
    }
  } catch {
    // Storage went away; nothing is kept anyway.
  }
}
