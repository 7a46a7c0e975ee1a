// @vitest-environment jsdom
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { realDataset } from "../../test/realDataset";

const formatted = vi.hoisted(() => ({ n: 0 }));
vi.mock("../../domain/time", async (importOriginal) => {
  const time = await importOriginal<typeof import("../../domain/time")>();
  return {
    ...time,
    formatDateValue: (...args: Parameters<typeof time.formatDateValue>) => {
      formatted.n += 1;
      return time.formatDateValue(...args);
    },
  };
});

const { initialState, useStore } = await import("../../state/store");
const { HappenedAxis } = await import("./HappenedAxis");

describe("HappenedAxis", () => {
  beforeAll(() => {
    // jsdom has no ResizeObserver: the axis keeps its default width.
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  });
  beforeEach(() => {
    useStore.setState(initialState, true);
    useStore.getState().setDataset(realDataset().dataset);
  });
  afterEach(cleanup);

  it("a brush veils the time outside the range and greys no mark, and words no mark's date again", () => {
    const { container } = render(<HappenedAxis />);
    const marks = () => [...container.querySelectorAll<SVGGElement>(".tl-mark")];
    const greyed = () => marks().filter((m) => m.classList.contains("is-off"));
    const veils = () => [...container.querySelectorAll<SVGRectElement>(".tl-veil rect")];
    expect(marks().length).toBeGreaterThan(0);
    expect(greyed()).toHaveLength(0);
    expect(veils()).toHaveLength(0);
    // Every mark is named with its link and its date in words.
    expect(marks()[0]?.getAttribute("aria-label")).toMatch(/: /);
    formatted.n = 0;
    act(() => useStore.getState().setFilters({ time: { from: "2016-07-01", to: "2016-12-31" } }));
    const hidden = marks().filter(
      (m) => !useStore.getState().visibility.relations.has(m.dataset.relation ?? ""),
    );
    expect(hidden.length).toBeGreaterThan(0);
    // The time outside the range is veiled on both sides: the marks there stay as they were.
    const [before, after] = veils().map((r) => Number(r.getAttribute("width")));
    expect(before).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(0);
    expect(greyed()).toHaveLength(0);
    // The marks' words are kept from the first drawing: a brush formats no date.
    expect(formatted.n).toBe(0);
  });

  it("greys, under a range, the marks another filter hides", () => {
    const { container } = render(<HappenedAxis />);
    act(() => useStore.getState().setFilters({ relationTypes: ["communication"] }));
    const byType = new Set(
      [...container.querySelectorAll<SVGGElement>(".tl-mark.is-off")].map((m) => m.dataset.relation),
    );
    expect(byType.size).toBeGreaterThan(0);
    act(() => useStore.getState().setFilters({ time: { from: "2016-07-01", to: "2016-12-31" } }));
    const greyed = new Set(
      [...container.querySelectorAll<SVGGElement>(".tl-mark.is-off")].map((m) => m.dataset.relation),
    );
    // Every mark the type filter hides stays greyed, inside the range or under the veil.
    for (const id of byType) expect(greyed.has(id)).toBe(true);
  });
});
