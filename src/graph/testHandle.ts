// The test handle: `window.throughline`, kept in production builds on purpose. The browser tests
// (ours and others'), `npm run bench` and `npm run data:layout` read the live canvas through it, so it
// is documented in the README; nothing in the app reads it.
import type cytoscape from "cytoscape";
import { useLayoutEffect } from "react";
import { useStore } from "../state/store";

export interface TestHandle {
  /** The live cytoscape instance. */
  cy: cytoscape.Core;
  /** False while a layout (or the framing that follows a filter) is moving the nodes. */
  layoutDone: boolean;
  /** The element array react-cytoscapejs was given (the bench checks its identity stays the same). */
  elements: cytoscape.ElementDefinition[];
  /** performance.now() when the elements were built: the canvas' frames before it are older data. */
  elementsAt: number;
  /** Re-renders the canvas' component without changing anything (the bench times it). */
  rerender: () => void;
  /** The store, for the bench to time its changes. */
  store: typeof useStore;
  /** Every text the last PNG/JPG export drew, in order (the tests compare it with the SVG's). */
  exportedTexts?: string[];
  /** performance.now() when the Export dialog's preview was last drawn (the bench times it). */
  previewDrawnAt?: number;
  /** How long the last pass of name placement took, in ms (the bench reports it per zoom step). */
  labelPassMs?: number;
  /** Edit mode's own actions, once the editor has loaded (the tests make hundreds of edits with it). */
  editor?: EditorHandle;
}

/** What the editor (state/editActions.ts) publishes: the very functions its buttons and keys call. */
export interface EditorHandle {
  commit: (op: never) => { ok: boolean };
  undo: () => string | null;
  redo: () => string | null;
}

let editor: EditorHandle | undefined;

/** Called by the editor when it loads; kept across new element sets (a new dataset, an undo). */
export function publishEditor(handle: EditorHandle): void {
  editor = handle;
  if (window.throughline) window.throughline.editor = handle;
}

declare global {
  interface Window {
    throughline?: TestHandle;
  }
}

/** Publishes the handle for a new instance or element set; layoutDone starts false. */
export function publishTestHandle(handle: Omit<TestHandle, "layoutDone">): void {
  window.throughline = { ...handle, layoutDone: false, ...(editor ? { editor } : {}) };
}

/** Says whether the last layout is done, on the handle of this instance only. */
export function setLayoutDone(cy: cytoscape.Core, done: boolean): void {
  const handle = window.throughline;
  if (handle && handle.cy === cy) handle.layoutDone = done;
}

/** Notes how long a pass of name placement took on this instance. */
export function noteLabelPass(cy: cytoscape.Core, ms: number): void {
  const handle = window.throughline;
  if (handle && handle.cy === cy) handle.labelPassMs = ms;
}

/**
 * Publishes the handle whenever the instance or the element set changes. Call it before the hooks
 * that move the nodes (useLayouts), so that their effects find it: a layout effect, as theirs are.
 */
export function useTestHandle(
  cy: cytoscape.Core | null,
  built: { elements: cytoscape.ElementDefinition[]; at: number },
  rerender: () => void,
): void {
  useLayoutEffect(() => {
    if (!cy || cy.destroyed() || built.elements.length === 0) return;
    publishTestHandle({ cy, elements: built.elements, elementsAt: built.at, rerender, store: useStore });
  }, [cy, built, rerender]);
}
