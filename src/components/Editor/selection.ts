// A passage of the reader's text as offsets into the article, from the page's selection and back.
// The reader renders the article's text exactly (runs of highlights and names are its pieces), plus
// a few annotations of its own (an excerpt's date, marked `data-annotation`, and the space written
// before one): those are skipped, so the article's characters before a point are its offset.
// A long article is drawn in blocks, each marked with where it starts (`data-offset`), a few at a
// time: a point's offset is counted from the start of its block, so a passage can be selected (and
// checked against the article) before the blocks after it are drawn, without reading them all.

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

/** The drawn blocks of a long article's text, in order; none for a text drawn in one piece. */
function blocksOf(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(":scope > [data-offset]")];
}

/** The piece of `container` that holds `node` (its block, or the whole) and where it starts. */
function pieceOf(container: HTMLElement, node: Node): { piece: HTMLElement; base: number } {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>("[data-offset]");
  if (block && block !== container && container.contains(block))
    return { piece: block, base: Number(block.dataset.offset) };
  return { piece: container, base: 0 };
}

/** The offset in the article of the point (node, offset) inside `container`. */
function offsetOf(container: HTMLElement, node: Node, offset: number): number {
  const { piece, base } = pieceOf(container, node);
  const before = document.createRange();
  before.selectNodeContents(piece);
  before.setEnd(node, offset);
  let seen = 0;
  for (const text of articleNodes(piece)) {
    if (text === node) return base + seen + offset;
    // Wholly before the point: its end lies inside [start of the piece, point].
    if (before.comparePoint(text, text.data.length) !== 0) break;
    seen += text.data.length;
  }
  return base + seen;
}

/** The selection's [start, end) inside `container`, or null when it is not (wholly) there. */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = offsetOf(container, range.startContainer, range.startOffset);
  const end = offsetOf(container, range.endContainer, range.endOffset);
  return { start, end: Math.max(start, end) };
}

/**
 * Whether the pieces of `container` that a passage [start, end) lies in show the article's `text`
 * exactly there (offsets hold only then): the blocks it spans, or the whole of a text drawn in one
 * piece. False when the passage runs past what is drawn.
 */
export function showsText(container: HTMLElement, text: string, start: number, end: number): boolean {
  const blocks = blocksOf(container);
  if (blocks.length === 0) return articleText(container) === text;
  let covered = start;
  for (const block of blocks) {
    const base = Number(block.dataset.offset);
    const shown = articleText(block);
    if (base + shown.length < start || base > end) continue;
    if (base > covered || shown !== text.slice(base, base + shown.length)) return false;
    covered = base + shown.length;
  }
  return covered >= end;
}

/** The text node and offset at character `offset` of the article's text in `container`. */
function pointAt(container: HTMLElement, offset: number): { node: Node; offset: number } {
  // The last block that starts at or before the offset (or the whole text, drawn in one piece).
  let piece = container;
  let seen = 0;
  for (const block of blocksOf(container)) {
    const base = Number(block.dataset.offset);
    if (base > offset && piece !== container) break;
    piece = block;
    seen = base;
  }
  let last: Text | null = null;
  for (const node of articleNodes(piece)) {
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
