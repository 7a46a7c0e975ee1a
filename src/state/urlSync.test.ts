import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_VIEW, EMPTY_FILTERS, type View } from "../domain/view";
import { tinyDataset } from "../test/fixtures";
import { initialState, useStore } from "./store";
import { applyViewFromUrl, REPLACE_EVERY_MS, startUrlSync, type UrlHost } from "./urlSync";

/** A window with a history that behaves like a browser's: entries, an index, popstate on back/forward. */
function fakeWindow(url: string) {
  const entries: string[] = [url];
  let at = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: "/", search: "", hash: "" };
  const go = (href: string) => {
    const u = new URL(href, "https://throughline.test");
    Object.assign(location, { pathname: u.pathname, search: u.search, hash: u.hash });
  };
  go(url);
  const calls = { push: 0, replace: 0 };
  const history = {
    pushState: (_: unknown, __: string, href: string) => {
      calls.push += 1;
      entries.splice(at + 1, entries.length, href);
      at += 1;
      go(href);
    },
    replaceState: (_: unknown, __: string, href: string) => {
      calls.replace += 1;
      entries[at] = href;
      go(href);
    },
  };
  const move = (by: number) => {
    at += by;
    go(entries[at] ?? "/");
    for (const listener of listeners) listener();
  };
  const host = {
    location,
    history,
    addEventListener: (type: string, listener: () => void) => type === "popstate" && listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  } as unknown as UrlHost;
  return {
    host,
    calls,
    back: () => move(-1),
    forward: () => move(1),
    url: () => location.pathname + location.search + location.hash,
    entries: () => [...entries],
    listeners,
  };
}

const s = () => useStore.getState();

describe("urlSync", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useStore.setState(initialState, true);
    s().setDataset(tinyDataset());
  });
  afterEach(() => vi.useRealTimers());

  it("pushes a history entry per selection, and Back and Forward step through them", () => {
    const win = fakeWindow("/");
    const stop = startUrlSync(win.host);
    s().select({ kind: "entity", id: "alice" });
    s().select({ kind: "relation", id: "bob-acme" });
    expect(win.entries()).toEqual(["/", "/?entity=alice", "/?relation=bob-acme"]);
    win.back();
    expect(s().view.selection).toEqual({ kind: "entity", id: "alice" });
    win.back();
    expect(s().view.selection).toBeNull();
    win.forward();
    expect(s().view.selection).toEqual({ kind: "entity", id: "alice" });
    // Reading the URL back is not a change to write again.
    vi.advanceTimersByTime(REPLACE_EVERY_MS * 2);
    expect(win.calls).toEqual({ push: 2, replace: 0 });
    stop();
  });

  it("replaces the current entry for other changes, at most once per 250 ms, with the latest view", () => {
    const win = fakeWindow("/");
    const stop = startUrlSync(win.host);
    for (const search of ["a", "al", "ali", "alic", "alice"]) s().setSearch(search);
    s().setFilters({ countries: ["FR"] });
    expect(win.calls.replace).toBe(0);
    vi.advanceTimersByTime(REPLACE_EVERY_MS);
    expect(win.calls).toEqual({ push: 0, replace: 1 });
    expect(win.url()).toBe("/?q=alice&country=FR");
    expect(win.entries()).toHaveLength(1);
    stop();
  });

  it("round-trips a whole view: what one page writes, another page reads back as the same view", () => {
    const win = fakeWindow("/");
    const stop = startUrlSync(win.host);
    const view: View = {
      filters: { ...EMPTY_FILTERS, countries: ["FR"], entityTypes: ["person"], source: { mode: "all" } },
      search: "met",
      focus: { id: "alice", depth: 2 },
      selection: { kind: "entity", id: "alice" },
      path: { from: "alice", to: "bob" },
      layout: "circle",
    };
    s().applyView(view);
    vi.advanceTimersByTime(REPLACE_EVERY_MS);
    stop();
    const written = win.url();
    expect(written).toContain("layout=circle");

    useStore.setState(initialState, true);
    s().setDataset(tinyDataset());
    applyViewFromUrl(fakeWindow(written).host);
    expect(s().view).toEqual(view);
    expect(s().notices).toEqual([]);
  });

  it("keeps ?data= where it is and names what it ignores", () => {
    const win = fakeWindow("/?data=graph.json&country=ZZ&entity=bob");
    applyViewFromUrl(win.host);
    expect(s().view.selection).toEqual({ kind: "entity", id: "bob" });
    expect(s().notices).toEqual([expect.stringContaining("country=ZZ")]);
    const stop = startUrlSync(win.host);
    s().setSearch("acme");
    vi.advanceTimersByTime(REPLACE_EVERY_MS);
    expect(win.url()).toBe("/?data=graph.json&q=acme&entity=bob");
    stop();
  });

  it("stops writing and listening when stopped", () => {
    const win = fakeWindow("/");
    const stop = startUrlSync(win.host);
    s().setSearch("bob");
    stop();
    vi.advanceTimersByTime(REPLACE_EVERY_MS * 2);
    s().select({ kind: "entity", id: "bob" });
    expect(win.calls).toEqual({ push: 0, replace: 0 });
    expect(win.listeners.size).toBe(0);
    expect(s().view).not.toEqual(DEFAULT_VIEW);
  });
});
