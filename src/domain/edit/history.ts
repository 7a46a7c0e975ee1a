// Undo and redo: the datasets before and after each edit. Edits never mutate (ops.ts), so a step
// costs only what it changed; the oldest steps beyond the limit are forgotten.
import type { LoadedDataset } from "../../data/types";

export const HISTORY_LIMIT = 500;

export interface Step {
  dataset: LoadedDataset;
  /** What the edit that led from this dataset did, for "Undo add link …". */
  label: string;
}

export interface History {
  /** Datasets before each edit, oldest first, with the label of the edit made from it. */
  past: readonly Step[];
  present: LoadedDataset;
  /** Datasets undone, the next redo first, each with the label of the edit that makes it. */
  future: readonly Step[];
}

export const startHistory = (dataset: LoadedDataset): History => ({ past: [], present: dataset, future: [] });

/** After an edit: the present goes to the past; what was undone cannot be redone any more. */
export function record(history: History, next: LoadedDataset, label: string, limit = HISTORY_LIMIT): History {
  const past = [...history.past, { dataset: history.present, label }];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [] };
}

export function undo(history: History): History {
  const last = history.past[history.past.length - 1];
  if (!last) return history;
  return {
    past: history.past.slice(0, -1),
    present: last.dataset,
    future: [{ dataset: history.present, label: last.label }, ...history.future],
  };
}

export function redo(history: History): History {
  const next = history.future[0];
  if (!next) return history;
  return {
    past: [...history.past, { dataset: history.present, label: next.label }],
    present: next.dataset,
    future: history.future.slice(1),
  };
}

export const undoLabel = (h: History): string | null => h.past[h.past.length - 1]?.label ?? null;
export const redoLabel = (h: History): string | null => h.future[0]?.label ?? null;
