// @vitest-environment jsdom
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { initialState, useStore } from "../../state/store";
import { tinyDatasetWithRewrite } from "../../test/fixtures";
import { PathResults } from "./PathResults";

describe("PathResults", () => {
  beforeEach(() => {
    useStore.setState(initialState, true);
    useStore.getState().setDataset(tinyDatasetWithRewrite());
  });
  afterEach(cleanup);

  it("at a stop of the 'as reported' clock, names the weakest link as sure as it was then", () => {
    useStore.getState().setPath({ from: "carol", to: "bob", mode: "strongest" });
    const { container } = render(<PathResults />);
    const weakest = () => container.querySelector(".path-weakest");
    // Today: the paper could not confirm the call (its own excerpt).
    expect(weakest()?.querySelector(".status-badge")?.className).toContain("status-unconfirmed");
    expect(weakest()?.textContent).toContain("It could not be confirmed whether Carol called Alice.");
    // By the end of January the rewrite reported it: that status, and the rewrite's excerpt.
    act(() => useStore.getState().setFilters({ reportedBy: "2020-01" }));
    expect(weakest()?.querySelector(".status-badge")?.className).toContain("status-reported");
    expect(weakest()?.textContent).toContain("Carol called Alice at night.");
  });
});
