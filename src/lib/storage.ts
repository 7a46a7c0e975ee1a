// A safe, versioned wrapper around localStorage for small preferences. Storage may be missing
// (private windows, blocked cookies), full (quota), corrupt (hand-edited, another app's data) or
// written by an older version of the app: in every case reading gives the default and writing is a
// no-op that reports false. Nothing here throws.

/** What is stored under a key: the data and the version of its shape. */
interface Envelope {
  v: number;
  data: unknown;
}

/** The part of the Web Storage API used here, so tests can pass their own. */
export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface StoredValue<T> {
  /** The stored value, or the default when it is missing, unreadable, outdated or invalid. */
  read(): T;
  /** Stores a value; false when storage is unavailable or full. */
  write(value: T): boolean;
  /** Forgets the value; false when storage is unavailable. */
  clear(): boolean;
}

export interface StoredValueOptions<T> {
  /** Namespaced by the app: `throughline:<key>`. */
  key: string;
  /** Bump when the shape changes: values stored under another version are ignored. */
  version: number;
  fallback: T;
  /** Returns the value when `data` has the expected shape, or null (e.g. a zod schema's safeParse). */
  validate: (data: unknown) => T | null;
  /** Defaults to window.localStorage, when there is one and it can be reached. */
  storage?: StorageLike | null;
}

const PREFIX = "throughline:";

/** window.localStorage, or null where it is missing or access to it throws (a SecurityError). */
export function defaultStorage(): StorageLike | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.hasOwn(value, "v") &&
    Object.hasOwn(value, "data") &&
    typeof (value as { v: unknown }).v === "number"
  );
}

export function storedValue<T>(options: StoredValueOptions<T>): StoredValue<T> {
  const key = PREFIX + options.key;
  const storage = () => (options.storage === undefined ? defaultStorage() : options.storage);
  return {
    read() {
      try {
        const raw = storage()?.getItem(key);
        if (raw === null || raw === undefined) return options.fallback;
        const parsed: unknown = JSON.parse(raw);
        if (!isEnvelope(parsed) || parsed.v !== options.version) return options.fallback;
        const value = options.validate(parsed.data);
        return value === null ? options.fallback : value;
      } catch {
        return options.fallback;
      }
    },
    write(value) {
      try {
        const target = storage();
        if (!target) return false;
        const envelope: Envelope = { v: options.version, data: value };
        target.setItem(key, JSON.stringify(envelope));
        return true;
      } catch {
        return false; // QuotaExceededError, SecurityError, or a value JSON cannot represent
      }
    },
    clear() {
      try {
        const target = storage();
        if (!target) return false;
        target.removeItem(key);
        return true;
      } catch {
        return false;
      }
    },
  };
}
