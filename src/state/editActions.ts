// The editor's actions on the one store, loaded with the editor (never in the first download): they
// start a session on the open dataset, apply edits (domain/edit/ops.ts) through `editDataset`, and
// move through the history. The graph sync for edits starts with them.
import type { LoadedDataset } from "../data/types";
import { type History, record, redo, redoLabel, startHistory, undo, undoLabel } from "../domain/edit/history";
import { applyEdit, type EditError, type EditOp } from "../domain/edit/ops";
import { startEditSync } from "../graph/editSync";
import { publishEditor } from "../graph/testHandle";
import { useStore } from "./store";
import type { EditSession } from "./types";

let syncing = false;

function startSync(): void {
  if (syncing) return;
  startEditSync();
  syncing = true;
  publishEditor({ commit, undo: undoEdit, redo: redoEdit });
}

/**
 * The open dataset made editable: every article's text in it (the bundled texts load on demand),
 * its stories loaded (the bundled story loads when played), and nothing that is not part of the
 * file format or the canvas' starting positions.
 */
export async function editableDataset(): Promise<LoadedDataset | null> {
  const store = useStore.getState();
  await store.ensureArticleTexts();
  const { dataset, articleTexts } = useStore.getState();
  if (!dataset) return null;
  const stories =
    dataset.stories ?? (dataset.deferredStories ? await dataset.deferredStories.load() : undefined);
  const { deferredStories: _deferred, ...rest } = dataset;
  return {
    ...rest,
    articles: dataset.articles.map((a) => ({ ...a, text: articleTexts[a.id] ?? a.text })),
    ...(stories && stories.length > 0 ? { stories } : {}),
  };
}

/** Starts (or resumes) editing the open dataset; false when there is none. */
export async function startSession(): Promise<boolean> {
  startSync();
  if (useStore.getState().edit) return true;
  const dataset = await editableDataset();
  if (!dataset) return false;
  useStore.getState().editDataset(dataset);
  useStore.setState({ edit: { original: dataset, history: startHistory(dataset), saved: dataset } });
  return true;
}

/** Resumes a session kept as a draft (draft.ts), its history starting from the draft. */
export function resumeSession(
  session: Pick<EditSession, "original" | "saved"> & { present: LoadedDataset },
): void {
  startSync();
  // Opened as the dataset it is (its own element set and positions), then edited from there on.
  useStore.getState().setDataset(session.present);
  useStore.setState({
    edit: { original: session.original, saved: session.saved, history: startHistory(session.present) },
    editing: true,
  });
}

function setHistory(history: History): void {
  const edit = useStore.getState().edit;
  if (!edit) return;
  useStore.setState({ edit: { ...edit, history } });
  useStore.getState().editDataset(history.present);
}

export type CommitResult = { ok: true; label: string; lost: string[] } | { ok: false; errors: EditError[] };

/** Applies an edit to the dataset being edited and records it for undo. */
export function commit(op: EditOp): CommitResult {
  const edit = useStore.getState().edit;
  if (!edit) return { ok: false, errors: [{ path: "(root)", message: "edit mode is not on" }] };
  const result = applyEdit(edit.history.present, op);
  if (!result.ok) return result;
  setHistory(record(edit.history, result.dataset, result.label));
  return { ok: true, label: result.label, lost: result.lost };
}

/** What an edit would do, without doing it: the editor shows what it loses first. */
export function preview(op: EditOp) {
  const edit = useStore.getState().edit;
  if (!edit) return null;
  return applyEdit(edit.history.present, op);
}

/** Undoes the last edit; returns what was undone, or null. */
export function undoEdit(): string | null {
  const edit = useStore.getState().edit;
  const label = edit ? undoLabel(edit.history) : null;
  if (edit && label) setHistory(undo(edit.history));
  return label;
}

export function redoEdit(): string | null {
  const edit = useStore.getState().edit;
  const label = edit ? redoLabel(edit.history) : null;
  if (edit && label) setHistory(redo(edit.history));
  return label;
}

/** The dataset being edited was saved as it is now. */
export function markSaved(): void {
  const edit = useStore.getState().edit;
  if (edit) useStore.setState({ edit: { ...edit, saved: edit.history.present } });
}

export const hasUnsavedChanges = (edit: EditSession | null): boolean =>
  edit !== null && edit.history.present !== edit.saved;

/** An empty dataset to start from: no article yet, so it cannot be saved before one is added. */
export function emptyDataset(): LoadedDataset {
  return { version: 1, title: "Untitled dataset", articles: [], entities: [], relations: [] };
}

/** Opens a new, empty dataset in edit mode. */
export function newDataset(): void {
  const dataset = emptyDataset();
  useStore.getState().setDataset(dataset);
  useStore.setState({
    edit: { original: dataset, history: startHistory(dataset), saved: dataset },
    editing: true,
  });
}
