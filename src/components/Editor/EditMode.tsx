// Edit mode (issue 19), loaded when the header's Edit switch is first turned on; nothing of it is in
// the first download.
//   EditMode        the editor's bar: undo/redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z), changes, save,
//                   new dataset; the beforeunload prompt while changes are unsaved
//   ├─ ChangesDialog  what changed since opening, and its report
//   ├─ SaveDialog     the checks, then the download
//   └─ (in the reader) PassageTool → EvidenceForm: a selected passage becomes evidence
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { changeCount, datasetChanges } from "../../domain/edit/changes";
import { redoLabel, undoLabel } from "../../domain/edit/history";
import { announce } from "../../lib/announce";
import { draftKeeper } from "../../state/draft";
import { hasUnsavedChanges, newDataset, redoEdit, startSession, undoEdit } from "../../state/editActions";
import { useStore } from "../../state/store";
import "./editor.css";

const ChangesDialog = lazy(() => import("./ChangesDialog"));
const SaveDialog = lazy(() => import("./SaveDialog"));
const ArticlesDialog = lazy(() => import("./ArticlesDialog"));
const ActorDialog = lazy(() => import("./ItemDialogs").then((m) => ({ default: m.ActorDialog })));
const LinkDialog = lazy(() => import("./ItemDialogs").then((m) => ({ default: m.LinkDialog })));

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

export default function EditMode() {
  const edit = useStore((s) => s.edit);
  const dataset = useStore((s) => s.dataset);
  const setSidePanel = useStore((s) => s.setSidePanel);
  const selection = useStore((s) => s.view.selection);
  const [dialog, setDialog] = useState<
    "changes" | "save" | "new-actor" | "articles" | { kind: "entity" | "relation"; id: string } | null
  >(null);
  const [failed, setFailed] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const moreRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void startSession().then((ok) => {
      setFailed(!ok);
      // Evidence is made in the reader: show it.
      if (ok) setSidePanel("reader");
    });
  }, [setSidePanel]);

  // Undo and redo from anywhere but a text field (which keeps its own undo).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === "z" && event.shiftKey) || (key === "y" && !event.shiftKey);
      if (key !== "z" && !redo) return;
      event.preventDefault();
      const label = redo ? redoEdit() : undoEdit();
      announce(label ? `${redo ? "Redone" : "Undone"}: ${label}` : `Nothing to ${redo ? "redo" : "undo"}`);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // The work in progress goes to this browser's storage while it is unsaved (state/draft.ts): at most
  // once per 400 ms while editing, and at once as the page is left or hidden (a reload, a closed
  // tab, a phone switching apps), so the last edit does not wait for a timer the page will not see.
  useEffect(() => {
    const keep = draftKeeper();
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.edit !== prev.edit && s.edit)
        keep({ original: s.edit.original, saved: s.edit.saved, present: s.edit.history.present });
    });
    const onHidden = () => {
      if (document.visibilityState === "hidden") keep.flush();
    };
    window.addEventListener("beforeunload", keep.flush);
    window.addEventListener("pagehide", keep.flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      unsubscribe();
      window.removeEventListener("beforeunload", keep.flush);
      window.removeEventListener("pagehide", keep.flush);
      document.removeEventListener("visibilitychange", onHidden);
      keep.flush();
    };
  }, []);

  // The folded menu (phones) closes on a choice, on Escape (focus back on "More") and on a tap
  // anywhere else.
  useEffect(() => {
    if (dialog) setMenuOpen(false);
  }, [dialog]);
  useEffect(() => {
    if (!menuOpen) return;
    const onDown = (event: PointerEvent) => {
      if (!(event.target as Element).closest?.("#editor-more, .editor-more-button")) setMenuOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      setMenuOpen(false);
      moreRef.current?.focus();
    };
    window.addEventListener("pointerdown", onDown);
    window.addEventListener("keydown", onKey, true);
    return () => {
      window.removeEventListener("pointerdown", onDown);
      window.removeEventListener("keydown", onKey, true);
    };
  }, [menuOpen]);

  const unsaved = hasUnsavedChanges(edit);
  useEffect(() => {
    if (!unsaved) return;
    const onLeave = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onLeave);
    return () => window.removeEventListener("beforeunload", onLeave);
  }, [unsaved]);

  if (failed) return <p className="editor-bar">Open a dataset to edit it, or start a new one.</p>;
  if (!edit || !dataset) return <p className="editor-bar">Preparing the editor…</p>;
  const undo = undoLabel(edit.history);
  const redo = redoLabel(edit.history);
  const changes = changeCount(datasetChanges(edit.original, edit.history.present));
  return (
    <section className="editor-bar" aria-label="Editor">
      <button
        type="button"
        disabled={!undo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={undo ? `Undo ${undo} (Ctrl+Z)` : "Nothing to undo"}
        onClick={() => {
          const label = undoEdit();
          if (label) announce(`Undone: ${label}`);
        }}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!redo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        title={redo ? `Redo ${redo} (Shift+Ctrl+Z)` : "Nothing to redo"}
        onClick={() => {
          const label = redoEdit();
          if (label) announce(`Redone: ${label}`);
        }}
      >
        Redo
      </button>
      <span className="editor-status" aria-live="polite">
        <span className="editor-last">{undo ? `Last: ${undo}` : "No edits yet"} · </span>
        {unsaved ? "unsaved changes" : "all saved"}
      </span>
      {/* The actions used less often: in the bar on wide screens; on phones folded into "More", so
          the bar takes one row and the article's text keeps the height (editor.css). */}
      <div id="editor-more" className={`editor-more${menuOpen ? " is-open" : ""}`}>
        <button type="button" onClick={() => setDialog("articles")}>
          Articles…
        </button>
        <button type="button" onClick={() => setDialog("new-actor")}>
          New actor…
        </button>
        <button
          type="button"
          disabled={!selection}
          title={selection ? undefined : "Select an actor or a link first"}
          onClick={() => selection && setDialog({ kind: selection.kind, id: selection.id })}
        >
          {selection?.kind === "relation" ? "Edit link…" : "Edit actor…"}
        </button>
        <button type="button" onClick={() => setDialog("changes")}>
          Changes ({changes})
        </button>
        <button
          type="button"
          onClick={() => {
            setMenuOpen(false);
            if (unsaved && !window.confirm("Start a new dataset? The changes not saved will be lost."))
              return;
            newDataset();
            announce("New, empty dataset: add an article to start");
          }}
        >
          New dataset
        </button>
      </div>
      <button type="button" className="primary" onClick={() => setDialog("save")}>
        Save<span className="editor-wide"> dataset</span>…
      </button>
      <button
        ref={moreRef}
        type="button"
        className="editor-more-button"
        aria-expanded={menuOpen}
        aria-controls="editor-more"
        onClick={() => setMenuOpen(!menuOpen)}
      >
        More
      </button>
      <Suspense fallback={null}>
        {dialog === "changes" && <ChangesDialog onClose={() => setDialog(null)} />}
        {dialog === "save" && <SaveDialog onClose={() => setDialog(null)} />}
        {dialog === "articles" && <ArticlesDialog onClose={() => setDialog(null)} />}
        {dialog === "new-actor" && <ActorDialog id={null} onClose={() => setDialog(null)} />}
        {typeof dialog === "object" && dialog?.kind === "entity" && (
          <ActorDialog id={dialog.id} onClose={() => setDialog(null)} />
        )}
        {typeof dialog === "object" && dialog?.kind === "relation" && (
          <LinkDialog id={dialog.id} onClose={() => setDialog(null)} />
        )}
      </Suspense>
    </section>
  );
}
