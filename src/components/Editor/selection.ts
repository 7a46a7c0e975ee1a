// A passage of the reader's text as offsets into the article, from the page's selection and back.
// The reader renders the article's text exactly (runs of highlights and names are its pieces), so
// the characters before a point in the text element are its offset in the article.

/** The selection's [start, end) inside `container`, or null when it is not (wholly) there. */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** The text node and offset at character `offset` of `container`'s text. */
function pointAt(container: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (seen + length >= offset) return { node, offset: offset - seen };
    seen += length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: container, offset: 0 };
}

/** Selects [start, end) of `container`'s text on the page. */
export function selectOffsets(container: HTMLElement, start: number, end: number): void {
  const selection = window.getSelection();
  if (!selection) return;
  const a = pointAt(container, start);
  const b = pointAt(container, end);
  selection.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
}

type Modify = (alter: string, direction: string, granularity: string) => void;

/**
 * Moves or extends the page's selection as a caret would: Shift extends, Ctrl/Alt goes by word,
 * Up/Down by line, Home/End to the line's ends. Returns false for keys it does not handle.
 */
export function caretKey(event: KeyboardEvent | React.KeyboardEvent, container: HTMLElement): boolean {
  const selection = window.getSelection();
  const modify = (selection as unknown as { modify?: Modify } | null)?.modify;
  if (!selection || !modify) return false;
  const moves: Record<string, [string, string]> = {
    ArrowLeft: ["backward", event.ctrlKey || event.altKey ? "word" : "character"],
    ArrowRight: ["forward", event.ctrlKey || event.altKey ? "word" : "character"],
    ArrowUp: ["backward", "line"],
    ArrowDown: ["forward", "line"],
    Home: ["backward", "lineboundary"],
    End: ["forward", "lineboundary"],
  };
  const move = moves[event.key];
  if (!move) return false;
  if (selection.rangeCount === 0 || !container.contains(selection.anchorNode)) {
    const start = pointAt(container, 0);
    selection.collapse(start.node, start.offset);
  }
  modify.call(selection, event.shiftKey ? "extend" : "move", move[0], move[1]);
  return true;
}
