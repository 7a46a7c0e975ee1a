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

  it("a brush turns off the marks outside the range, and words no mark's date again", () => {
    const { container } = render(<HappenedAxis />);
    const marks = () => [...container.querySelectorAll<SVGGElement>(".tl-mark")];
    expect(marks().length).toBeGreaterThan(0);
    expect(marks().filter((m) => m.classList.contains("is-off"))).toHaveLength(0);
    // Every mark is named with its link and its date in words.
    expect(marks()[0]?.getAttribute("aria-label")).toMatch(/: /);
    formatted.n = 0;
    act(() => useStore.getState().setFilters({ time: { from: "2016-07-01", to: "2016-12-31" } }));
    const off = marks().filter((m) => m.classList.contains("is-off")).length;
    expect(off).toBeGreaterThan(0);
    expect(off).toBeLessThan(marks().length);
    // The marks' words are kept from the first drawing: a brush formats no date.
    expect(formatted.n).toBe(0);
  });
});
