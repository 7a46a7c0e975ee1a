import type cytoscape from "cytoscape";

// What the canvas code remembers about one cytoscape instance (names placed, home positions, the
// camera before a frame). Not in `cy.scratch()`: setting or removing a core scratch value restyles
// every element (cytoscape defines it with `updateStyle: true`), which made each zoom step at
// 5,000 actors restyle 27,000 elements, three times.
const memos = new WeakMap<cytoscape.Core, Map<string, unknown>>();

export function recall<T>(cy: cytoscape.Core, key: string): T | undefined {
  return memos.get(cy)?.get(key) as T | undefined;
}

export function remember(cy: cytoscape.Core, key: string, value: unknown): void {
  let memo = memos.get(cy);
  if (!memo) {
    memo = new Map();
    memos.set(cy, memo);
  }
  memo.set(key, value);
}

export function forget(cy: cytoscape.Core, key: string): void {
  memos.get(cy)?.delete(key);
}
