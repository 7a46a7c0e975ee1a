// The editor's graph sync: an edit changes the dataset, not the element set the canvas was built
// from (GraphCanvas builds once per dataset opened), so the difference is applied to the live
// instance here: elements added, removed, moved to other ends, their data updated, all in one batch,
// without running the layout. A new actor is placed beside the actors it is linked to (or in the
// middle of the view when it has none yet); one that comes back (an undo) returns to where it was.
// Loaded with the editor only.
import type cytoscape from "cytoscape";
import type { LoadedDataset } from "../data/types";
import { type AppState, useStore } from "../state/store";
import { canvasState } from "./hooks/useClassSync";
import { getGraphInstance } from "./instance";
import { syncClasses } from "./sync";
import { toElements } from "./toElements";

/** A small, stable offset per id, so actors added side by side do not land on one another. */
function offsetFor(id: string): { x: number; y: number } {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  const angle = ((h >>> 0) % 360) * (Math.PI / 180);
  return { x: Math.round(70 * Math.cos(angle)), y: Math.round(70 * Math.sin(angle)) };
}

function placeNear(cy: cytoscape.Core, id: string, dataset: LoadedDataset): { x: number; y: number } {
  const neighbours: Array<{ x: number; y: number }> = [];
  for (const r of dataset.relations) {
    const other = r.source === id ? r.target : r.target === id ? r.source : null;
    if (!other) continue;
    const node = cy.getElementById(other);
    if (node.nonempty() && node.isNode()) neighbours.push(node.position());
  }
  const o = offsetFor(id);
  if (neighbours.length === 0) {
    const e = cy.extent();
    return { x: (e.x1 + e.x2) / 2 + o.x, y: (e.y1 + e.y2) / 2 + o.y };
  }
  const x = neighbours.reduce((s, p) => s + p.x, 0) / neighbours.length;
  const y = neighbours.reduce((s, p) => s + p.y, 0) / neighbours.length;
  return { x: x + o.x, y: y + o.y };
}

const sameData = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(b).every((k) => a[k] === b[k]);

/**
 * Where removed actors were, by instance: an actor that comes back (an undone deletion or merge)
 * returns to its place, not to a new one beside its neighbours.
 */
const wereAt = new WeakMap<cytoscape.Core, Map<string, { x: number; y: number }>>();

/** Brings the instance's elements to those of `dataset`; returns how many changed. */
export function patchElements(cy: cytoscape.Core, dataset: LoadedDataset): number {
  const wanted = toElements(dataset);
  const ids = new Set(wanted.map((e) => e.data.id as string));
  let changes = 0;
  const remembered = wereAt.get(cy) ?? new Map<string, { x: number; y: number }>();
  wereAt.set(cy, remembered);
  cy.batch(() => {
    const gone = cy.elements().filter((e) => !ids.has(e.id()));
    changes += gone.length;
    gone.nodes().forEach((n) => {
      remembered.set(n.id(), { ...n.position() });
    });
    // Edges first: removing a node takes its edges along.
    gone.edges().remove();
    gone.nodes().remove();
    const nodes = wanted.filter((e) => e.group === "nodes");
    const edges = wanted.filter((e) => e.group === "edges");
    const added: cytoscape.ElementDefinition[] = [];
    for (const def of nodes) {
      const el = cy.getElementById(def.data.id as string);
      if (el.empty()) {
        const id = def.data.id as string;
        added.push({ ...def, position: remembered.get(id) ?? placeNear(cy, id, dataset) });
      } else if (!sameData(el.data(), def.data)) {
        el.data(def.data);
        changes++;
      }
    }
    if (added.length > 0) cy.add(added);
    for (const def of edges) {
      const el = cy.getElementById(def.data.id as string);
      if (el.empty()) {
        cy.add(def);
        changes++;
        continue;
      }
      const edge = el as cytoscape.EdgeSingular;
      if (edge.data("source") !== def.data.source || edge.data("target") !== def.data.target) {
        edge.move({ source: def.data.source as string, target: def.data.target as string });
        changes++;
      }
      if (!sameData(edge.data(), def.data)) {
        edge.data(def.data);
        changes++;
      }
    }
    changes += added.length;
  });
  return changes;
}

/**
 * Follows the store: each edit of the open dataset is patched into the canvas, then every class is
 * applied again (new elements take the filters, search and selection). Returns the unsubscribe.
 */
export function startEditSync(): () => void {
  return useStore.subscribe((state: AppState, prev: AppState) => {
    if (state.dataset === prev.dataset || state.datasetGeneration !== prev.datasetGeneration) return;
    const cy = getGraphInstance();
    if (!cy || cy.destroyed() || !state.dataset) return;
    if (patchElements(cy, state.dataset) > 0) syncClasses(cy, canvasState(state), null, false);
  });
}
