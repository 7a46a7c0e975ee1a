// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { articleText, selectionOffsets, selectOffsets } from "./selection";

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
