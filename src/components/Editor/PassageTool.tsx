// Edit mode in the reader: the article's text becomes a place to select passages, with the mouse or
// the keyboard (focus the text, move with the arrow keys, hold Shift to select, Ctrl/Alt for words;
// Enter opens the form). The selection is read as offsets into the article (selection.ts), so two
// identical passages are told apart, and the form (EvidenceForm) makes it evidence.
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { useStore } from "../../state/store";
import { EvidenceForm } from "./EvidenceForm";
import { caretKey, selectionOffsets, selectOffsets, showsText } from "./selection";
import "./editor.css";

interface Props {
  textRef: RefObject<HTMLDivElement | null>;
  article: { id: string; publisher: string };
  text: string;
}

export default function PassageTool({ textRef, article, text }: Props) {
  const dataset = useStore((s) => s.dataset);
  const [passage, setPassage] = useState<{ start: number; end: number } | null>(null);
  const [open, setOpen] = useState(false);
  // While the form is open its passage stays put (the form's own "Widen" changes it).
  const openRef = useRef(open);
  openRef.current = open;

  /** The passage the page's selection is in the text, null when none; undefined when outside it. */
  const selected = useCallback(() => {
    const el = textRef.current;
    const at = el ? selectionOffsets(el) : null;
    if (!el || !at) return undefined;
    // The offsets hold only where the element shows the article's text exactly.
    return at.end > at.start && showsText(el, text, at.start, at.end) ? at : null;
  }, [textRef, text]);

  const read = useCallback(() => {
    if (openRef.current) return;
    const at = selected();
    if (at !== undefined) setPassage(at);
  }, [selected]);

  // Enter reads the selection as it is when pressed: the "selectionchange" that tells React of the
  // last Shift+arrow is a task of its own, and a quick typist's Enter can come before it.
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  // The text element takes focus and caret keys while the tool is here. Set up once: taking the
  // tabindex off and on again (as re-running this on every new passage did) drops the focus from the
  // text to the page, so Enter after a keyboard selection reached nothing.
  useEffect(() => {
    const el = textRef.current;
    if (!el) return;
    el.tabIndex = 0;
    el.setAttribute("role", "group");
    el.setAttribute("aria-roledescription", "article text");
    el.setAttribute(
      "aria-label",
      "Article text: move with the arrow keys, hold Shift to select a passage, Enter to make it an excerpt",
    );
    const onKey = (event: KeyboardEvent) => {
      // The text, or a highlight inside it (the caret may carry focus into one): with a passage
      // selected, Enter makes it an excerpt rather than choosing the highlight's link.
      if (!(event.target instanceof Node) || !el.contains(event.target)) return;
      const at = event.key === "Enter" ? selectedRef.current() : null;
      if (at) {
        event.preventDefault();
        event.stopPropagation();
        setPassage(at);
        setOpen(true);
        return;
      }
      if (caretKey(event, el)) event.preventDefault();
    };
    el.addEventListener("keydown", onKey);
    return () => {
      el.removeEventListener("keydown", onKey);
      el.removeAttribute("tabindex");
      el.removeAttribute("role");
      el.removeAttribute("aria-roledescription");
      el.removeAttribute("aria-label");
    };
  }, [textRef]);

  useEffect(() => {
    document.addEventListener("selectionchange", read);
    return () => document.removeEventListener("selectionchange", read);
  }, [read]);

  // Another article: the passage was of the last one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the article changes
  useEffect(() => {
    setPassage(null);
    setOpen(false);
  }, [article.id]);

  if (!dataset) return null;
  // "Use as excerpt…" takes the selection as it is when clicked, as Enter does: a selection made a
  // moment before may not have reached React yet ("selectionchange" is a task of its own, and a
  // click can be handled first), and the bar still shows the passage before it.
  const takeSelection = () => {
    const at = selected();
    if (at === null) return setPassage(null);
    if (at) setPassage(at);
    setOpen(true);
  };
  const widen = (start: number, end: number) => {
    const el = textRef.current;
    if (el) selectOffsets(el, start, end);
    setPassage({ start, end });
  };
  const shown = passage ? text.slice(passage.start, passage.end).replace(/\s+/g, " ").trim() : "";
  return (
    <div className={`passage-tool${open && passage ? " is-form" : ""}`} data-testid="passage-tool">
      {open && passage ? (
        <EvidenceForm
          dataset={dataset}
          article={{ id: article.id, publisher: article.publisher, text }}
          passage={passage}
          onWiden={widen}
          onClose={() => {
            setOpen(false);
            textRef.current?.focus({ preventScroll: true });
          }}
        />
      ) : (
        <div className="passage-bar" aria-live="polite">
          {passage ? (
            <>
              <span className="passage-preview">
                Selected: “{shown.length > 80 ? `${shown.slice(0, 79)}…` : shown}”
              </span>
              <button type="button" className="primary" onClick={takeSelection}>
                Use as excerpt…
              </button>
            </>
          ) : (
            <span className="hint">
              Select a passage to make it an excerpt
              <span className="editor-wide"> (with the keyboard: focus the text, Shift+arrow keys)</span>.
            </span>
          )}
        </div>
      )}
    </div>
  );
}
