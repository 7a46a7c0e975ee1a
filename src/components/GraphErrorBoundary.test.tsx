// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GraphErrorBoundary } from "./GraphErrorBoundary";

let failing = true;
function Renderer() {
  if (failing) throw new Error("WebGL context lost");
  return <p>graph drawn</p>;
}

describe("GraphErrorBoundary", () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it("should keep a renderer failure inside the graph area and mount the graph again on request", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    failing = true;
    render(
      <div>
        <aside>panel</aside>
        <GraphErrorBoundary>
          <Renderer />
        </GraphErrorBoundary>
      </div>,
    );
    expect(screen.getByRole("alert").textContent).toContain("WebGL context lost");
    expect(screen.getByText("panel")).toBeTruthy();
    failing = false;
    fireEvent.click(screen.getByRole("button", { name: "Reload the graph" }));
    expect(screen.getByText("graph drawn")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
