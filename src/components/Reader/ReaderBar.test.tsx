// @vitest-environment jsdom
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { initialState, useStore } from "../../state/store";
import { tinyDatasetWithRewrite } from "../../test/fixtures";
import { ReaderBar } from "./ReaderBar";

describe("ReaderBar", () => {
  beforeEach(() => {
    useStore.setState(initialState, true);
    useStore.getState().setDataset(tinyDatasetWithRewrite());
  });
  afterEach(cleanup);

  it("at a stop of the 'as reported' clock, names the link's status then, as the canvas draws it", () => {
    // The paper could not confirm the call; its rewrite, out by the end of January, reports it.
    const call = useStore.getState().index?.relationById.get("carol-alice") ?? null;
    const { container } = render(
      <ReaderBar relation={call} places={1} at={0} onStep={() => {}} elsewhere={null} />,
    );
    const badge = () => container.querySelector(".status-badge");
    expect(badge()?.className).toContain("status-unconfirmed");
    act(() => useStore.getState().setFilters({ reportedBy: "2020-01" }));
    expect(badge()?.className).toContain("status-reported");
    act(() => useStore.getState().setFilters({ reportedBy: "2020-01-02" }));
    expect(badge()?.className).toContain("status-unconfirmed");
  });
});
