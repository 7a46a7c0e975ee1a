import { describe, expect, it } from "vitest";
import { type StorageLike, storedValue } from "./storage";

/** An in-memory Storage; `quota` is the most characters it holds before setItem throws. */
function memoryStorage(quota = Number.POSITIVE_INFINITY) {
  const items = new Map<string, string>();
  const storage: StorageLike = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > quota) throw new DOMException("full", "QuotaExceededError");
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
  return { storage, items };
}

const isTheme = (data: unknown) => (data === "light" || data === "dark" ? data : null);

function themeValue(storage: StorageLike | null, version = 1) {
  return storedValue<"light" | "dark">({
    key: "theme",
    version,
    fallback: "light",
    validate: isTheme,
    storage,
  });
}

describe("storedValue", () => {
  it("should give back what was written, under a namespaced, versioned key", () => {
    const { storage, items } = memoryStorage();
    expect(themeValue(storage).write("dark")).toBe(true);
    expect(themeValue(storage).read()).toBe("dark");
    expect(JSON.parse(items.get("throughline:theme") ?? "")).toEqual({ v: 1, data: "dark" });
  });

  it("should give the default when nothing is stored", () => {
    expect(themeValue(memoryStorage().storage).read()).toBe("light");
  });

  it("should ignore corrupt values", () => {
    for (const raw of [
      "{",
      "null",
      "42",
      '"dark"',
      "[]",
      '{"v":1}',
      '{"data":"dark"}',
      '{"v":"1","data":"dark"}',
    ]) {
      const { storage, items } = memoryStorage();
      items.set("throughline:theme", raw);
      expect(themeValue(storage).read()).toBe("light");
    }
  });

  it("should ignore values of another version or of the wrong shape", () => {
    const { storage, items } = memoryStorage();
    items.set("throughline:theme", JSON.stringify({ v: 0, data: "dark" }));
    expect(themeValue(storage).read()).toBe("light");
    items.set("throughline:theme", JSON.stringify({ v: 1, data: "purple" }));
    expect(themeValue(storage).read()).toBe("light");
    themeValue(storage, 2).write("dark");
    expect(themeValue(storage, 1).read()).toBe("light");
  });

  it("should not be fooled by prototype keys", () => {
    const { storage, items } = memoryStorage();
    items.set("throughline:theme", '{"__proto__":{"v":1,"data":"dark"}}');
    expect(themeValue(storage).read()).toBe("light");
    expect(({} as { v?: unknown }).v).toBeUndefined();
  });

  it("should catch quota errors and report them", () => {
    const { storage } = memoryStorage(5);
    expect(themeValue(storage).write("dark")).toBe(false);
    expect(themeValue(storage).read()).toBe("light");
  });

  it("should work without storage, and when storage throws on access", () => {
    expect(themeValue(null).write("dark")).toBe(false);
    expect(themeValue(null).read()).toBe("light");
    expect(themeValue(null).clear()).toBe(false);
    const throwing: StorageLike = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      removeItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    };
    expect(themeValue(throwing).read()).toBe("light");
    expect(themeValue(throwing).write("dark")).toBe(false);
    expect(themeValue(throwing).clear()).toBe(false);
  });

  it("should fall back to no storage outside a browser", () => {
    const value = storedValue({
      key: "x",
      version: 1,
      fallback: 0,
      validate: (d) => (typeof d === "number" ? d : null),
    });
    expect(value.write(3)).toBe(false);
    expect(value.read()).toBe(0);
  });

  it("should forget a value when cleared", () => {
    const { storage } = memoryStorage();
    themeValue(storage).write("dark");
    expect(themeValue(storage).clear()).toBe(true);
    expect(themeValue(storage).read()).toBe("light");
  });
});
