// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_VIEW } from "../domain/view";
import { tinyDataset } from "../test/fixtures";
import { startEmbedBridge } from "./embedBridge";
import { initialState, useStore } from "./store";

const HOST = "https://news.example.org";

/** A stand-in for the framing window: records what the embed posts to it, and to which origin. */
function fakeParent() {
  const posted: { message: { type: string; [k: string]: unknown }; origin: string }[] = [];
  const parent = {
    postMessage: (message: { type: string }, origin: string) => posted.push({ message, origin }),
  } as unknown as Window;
  return { parent, posted };
}

function deliver(data: unknown, origin: string, source: unknown) {
  window.dispatchEvent(new MessageEvent("message", { data, origin, source: source as Window }));
}

describe("#startEmbedBridge", () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    useStore.setState(initialState, true);
    useStore.getState().setDataset(tinyDataset());
  });
  afterEach(() => stop());

  it("should take select, focus and reset from the allowed origin's framing window", () => {
    const { parent, posted } = fakeParent();
    useStore.getState().setFilters({ countries: ["FR", "US"] });
    const initial = { ...DEFAULT_VIEW, filters: useStore.getState().view.filters };
    stop = startEmbedBridge({ host: HOST, initialView: () => initial, parent });
    expect(posted[0]).toMatchObject({ message: { type: "throughline:ready" }, origin: HOST });

    deliver({ type: "throughline:select", id: "alice" }, HOST, parent);
    expect(useStore.getState().view.selection).toEqual({ kind: "entity", id: "alice" });
    expect(posted.at(-1)).toEqual({
      message: { type: "throughline:selection", selection: { kind: "entity", id: "alice" } },
      origin: HOST,
    });
    deliver({ type: "throughline:focus", id: "alice", depth: 2 }, HOST, parent);
    expect(useStore.getState().view.focus).toEqual({ id: "alice", depth: 2 });
    deliver({ type: "throughline:reset" }, HOST, parent);
    expect(useStore.getState().view.focus).toBeNull();
    expect(useStore.getState().view.selection).toBeNull();
    expect(useStore.getState().view.filters.countries).toEqual(["FR", "US"]);
  });

  it("should ignore other origins, other windows, and every message when no host is allowed", () => {
    const { parent, posted } = fakeParent();
    stop = startEmbedBridge({ host: HOST, initialView: () => DEFAULT_VIEW, parent });
    deliver({ type: "throughline:select", id: "alice" }, "https://evil.example", parent);
    deliver({ type: "throughline:select", id: "alice" }, HOST, {}); // right origin, another window
    expect(useStore.getState().view.selection).toBeNull();
    expect(posted.map((p) => p.message.type)).toEqual(["throughline:ready"]);
    stop();

    const other = fakeParent();
    stop = startEmbedBridge({ host: null, initialView: () => DEFAULT_VIEW, parent: other.parent });
    deliver({ type: "throughline:select", id: "alice" }, HOST, other.parent);
    expect(useStore.getState().view.selection).toBeNull();
    expect(other.posted).toEqual([]);
  });

  it("should tell the host what it could not do", () => {
    const { parent, posted } = fakeParent();
    useStore.getState().setFilters({ countries: ["US"] });
    stop = startEmbedBridge({ host: HOST, initialView: () => DEFAULT_VIEW, parent });
    deliver({ type: "throughline:select", id: "nobody" }, HOST, parent);
    deliver({ type: "throughline:select", id: "alice" }, HOST, parent); // hidden: Alice is in FR
    expect(
      posted.filter((p) => p.message.type === "throughline:error").map((p) => p.message.message),
    ).toEqual([
      'throughline:select: no actor or link with id "nobody"',
      "alice is hidden by the embed's filters",
    ]);
    expect(posted.every((p) => p.origin === HOST)).toBe(true);
  });
});
