// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { articleText, selectionOffsets, selectOffsets, showsText } from "./selection";

/** The reader's text as it renders one: a highlight, then an excerpt's date (the reader's own words). */
function reader(): HTMLDivElement {
  const el = document.createElement("div");
  el.innerHTML =
    'Allies <mark>watch the staff</mark> <small data-annotation="">dated 13 Feb 2017</small>, and the staff knows.';
  document.body.replaceChildren(el);
  return el;
}
const ARTICLE = "Allies watch the staff, and the staff knows.";

describe("passages of the reader's text", () => {
  it("reads the article's text without the reader's annotations", () => {
    expect(articleText(reader())).toBe(ARTICLE);
  });

  it("gives a selection after a date its offsets in the article, not in the page", () => {
    const el = reader();
    const start = ARTICLE.lastIndexOf("the staff");
    selectOffsets(el, start, start + "the staff".length);
    expect(String(window.getSelection())).toBe("the staff");
    expect(selectionOffsets(el)).toEqual({ start, end: start + "the staff".length });
  });

  it("leaves the date out of a selection across it", () => {
    const el = reader();
    const selection = window.getSelection();
    const mark = el.querySelector("mark")?.firstChild as Text;
    const after = el.lastChild as Text;
    selection?.setBaseAndExtent(mark, 6, after, 5);
    const at = selectionOffsets(el);
    expect(at && ARTICLE.slice(at.start, at.end)).toBe("the staff, and");
  });

  it("is null for a selection outside the text", () => {
    const el = reader();
    const outside = document.createElement("p");
    outside.textContent = "elsewhere";
    document.body.append(outside);
    window.getSelection()?.selectAllChildren(outside);
    expect(selectionOffsets(el)).toBeNull();
  });
});

/** A long text as the reader draws it: in blocks that say where they start, the last not drawn yet. */
const LONG = "One block of the text. Then another block, with more words. And a third one, not drawn.";
function blocks(): HTMLDivElement {
  const el = document.createElement("div");
  const cuts = [0, 23, 61];
  for (const [i, start] of cuts.slice(0, 2).entries()) {
    const block = document.createElement("div");
    block.dataset.offset = String(start);
    block.textContent = LONG.slice(start, cuts[i + 1]);
    el.append(block);
  }
  document.body.replaceChildren(el);
  return el;
}

describe("passages of a long text drawn in blocks", () => {
  it("counts offsets from each block's start, across blocks, before every block is drawn", () => {
    const el = blocks();
    const start = LONG.indexOf("text.");
    const end = LONG.indexOf(", with");
    selectOffsets(el, start, end);
    expect(String(window.getSelection())).toBe("text. Then another block");
    expect(selectionOffsets(el)).toEqual({ start, end });
    expect(showsText(el, LONG, start, end)).toBe(true);
  });

  it("says when a passage runs past what is drawn, or the blocks do not show the text", () => {
    const el = blocks();
    expect(showsText(el, LONG, 30, 70)).toBe(false);
    expect(showsText(el, LONG.replace("another", "one more"), 30, 40)).toBe(false);
  });
});
