// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { focusWhenReady } from "./focus";

/** Runs the queued animation frames, one round at a time. */
let frames: FrameRequestCallback[] = [];
function nextFrame() {
  const now = frames;
  frames = [];
  for (const f of now) f(0);
}

function button(id: string): HTMLButtonElement {
  const b = document.createElement("button");
  b.id = id;
  b.textContent = id;
  document.body.append(b);
  return b;
}

describe("focusWhenReady", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
    frames = [];
  });
  const stubFrames = () =>
    vi.stubGlobal("requestAnimationFrame", (f: FrameRequestCallback) => {
      frames.push(f);
      return frames.length;
    });

  it("focuses an element that arrives a few frames later", () => {
    stubFrames();
    focusWhenReady("details-section");
    nextFrame();
    nextFrame();
    const details = button("details-section");
    nextFrame();
    expect(document.activeElement).toBe(details);
    expect(frames).toHaveLength(0); // done: no more frames asked for
  });

  it("does not undo a Tab the reader pressed while it waited", () => {
    stubFrames();
    const search = button("search");
    search.focus();
    focusWhenReady("details-section");
    // The reader tabs on before the panel is there (the browser moves focus after the keydown).
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", bubbles: true }));
    const next = button("next");
    next.focus();
    const details = button("details-section");
    nextFrame();
    nextFrame();
    expect(document.activeElement).toBe(next);
    expect(details).not.toBe(document.activeElement);
  });

  it("does not undo a click elsewhere while it waited, but other keys (typing on) do not stop it", () => {
    stubFrames();
    focusWhenReady("details-section");
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "a", bubbles: true }));
    const details = button("details-section");
    nextFrame();
    expect(document.activeElement).toBe(details);

    const other = button("other");
    focusWhenReady("later");
    document.dispatchEvent(new Event("pointerdown", { bubbles: true }));
    other.focus();
    button("later");
    nextFrame();
    expect(document.activeElement).toBe(other);
  });
});
