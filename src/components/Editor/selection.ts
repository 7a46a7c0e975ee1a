// A passage of the reader's text as offsets into the article, from the page's selection and back.
// The reader renders the article's text exactly (runs of highlights and names are its pieces), plus
// a few annotations of its own (an excerpt's date, marked `data-annotation`, and the space written
// before one): those are skipped, so the article's characters before a point are its offset.

/** Whether a text node of the reader is an annotation of the reader's, not the article's text. */
function isAnnotation(node: Text): boolean {
  const parent = node.parentElement;
  if (parent?.closest("[data-annotation]")) return true;
  const next = node.nextSibling;
  return next instanceof Element && next.hasAttribute("data-annotation") && node.data.trim() === "";
}

/** The article's text nodes inside `container`, in order. */
function articleNodes(container: HTMLElement): Text[] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
    if (!isAnnotation(node)) nodes.push(node);
  return nodes;
}

/** The article's text as `container` shows it (without the reader's annotations). */
export function articleText(container: HTMLElement): string {
  return articleNodes(container)
    .map((n) => n.data)
    .join("");
}

/** The offset in the article of the point (node, offset) inside `container`. */
function offsetOf(container: HTMLElement, nodes: Text[], node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(node, offset);
  let seen = 0;
  for (const text of nodes) {
    if (text === node) return seen + offset;
    // Wholly before the point: its end lies inside [start of container, point].
    if (before.comparePoint(text, text.data.length) !== 0) break;
    seen += text.data.length;
  }
  return seen;
}

/** The selection's [start, end) inside `container`, or null when it is not (wholly) there. */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const nodes = articleNodes(container);
  const start = offsetOf(container, nodes, range.startContainer, range.startOffset);
  const end = offsetOf(container, nodes, range.endContainer, range.endOffset);
  return { start, end: Math.max(start, end) };
}

/** The text node and offset at character `offset` of the article's text in `container`. */
function pointAt(container: HTMLElement, offset: number): { node: Node; offset: number } {
  let seen = 0;
  let last: Text | null = null;
  for (const node of articleNodes(container)) {
    const length = node.data.length;
    if (seen + length >= offset) return { node, offset: offset - seen };
    seen += length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: container, offset: 0 };
}

/** Selects [start, end) of the article's text in `container` on the page. */
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
