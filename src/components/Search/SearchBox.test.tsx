// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { initialState, useStore } from "../../state/store";
import { tinyDataset } from "../../test/fixtures";
import { SEARCH_DEBOUNCE_MS, SearchBox } from "./SearchBox";

describe("SearchBox", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useStore.setState(initialState, true);
    useStore.getState().setDataset(tinyDataset());
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  const box = () => screen.getByRole("combobox", { name: "Search actors and excerpts" }) as HTMLInputElement;

  it("shows every key at once and searches once typing pauses", () => {
    render(<SearchBox />);
    const hits: string[] = [];
    const stop = useStore.subscribe((s, prev) => {
      if (s.view.search !== prev.view.search) hits.push(s.view.search);
    });
    for (const text of ["P", "Pa", "Par", "Pari", "Paris"]) {
      fireEvent.change(box(), { target: { value: text } });
      act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    }
    expect(box().value).toBe("Paris");
    expect(useStore.getState().view.search).toBe("");
    act(() => vi.advanceTimersByTime(1));
    // Five keys, one search: the graph, the excerpt list and the address change once.
    expect(hits).toEqual(["Paris"]);
    expect(useStore.getState().hits?.relations.size).toBeGreaterThan(0);
    stop();
  });

  it("clears at once, and follows a search changed elsewhere", () => {
    render(<SearchBox />);
    fireEvent.change(box(), { target: { value: "Alice" } });
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(useStore.getState().view.search).toBe("Alice");
    fireEvent.change(box(), { target: { value: "" } });
    expect(useStore.getState().view.search).toBe("");
    act(() => useStore.getState().setSearch("Bob"));
    expect(box().value).toBe("Bob");
    // A pending search is dropped when the search is changed elsewhere first (e.g. Reset).
    fireEvent.change(box(), { target: { value: "Acme" } });
    act(() => useStore.getState().resetFilters());
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2));
    expect(useStore.getState().view.search).toBe("");
    expect(box().value).toBe("");
  });

  it("leaving the box searches at once, so that the next Escape undoes the search, not the selection", () => {
    render(<SearchBox />);
    const first = useStore.getState().dataset?.entities[0];
    if (!first) throw new Error("the fixture has no entity");
    act(() => useStore.getState().select({ kind: "entity", id: first.id }));
    fireEvent.change(box(), { target: { value: "Alice" } });
    fireEvent.blur(box());
    expect(useStore.getState().view.search).toBe("Alice");
    act(() => {
      useStore.getState().escape();
    });
    expect(useStore.getState().view.search).toBe("");
    expect(useStore.getState().view.selection).toEqual({ kind: "entity", id: first.id });
    // Nothing typed is searched for later behind the reader's back.
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2));
    expect(useStore.getState().view.search).toBe("");
    expect(box().value).toBe("");
  });
});
