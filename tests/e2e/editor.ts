// Shared by the editor's browser tests (issue 19): turning edit mode on, and selecting a passage of
// the reader's text with the mouse, as a person drags across it.
import { expect, type Page } from "@playwright/test";
import { escapeRegExp } from "./helpers";

export async function startEditing(page: Page) {
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("region", { name: "Editor" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
}

/**
 * Where the `nth` occurrence of `phrase` is drawn in the reader's text (the article's characters,
 * the reader's own annotations left out): the page points just inside its first and last characters,
 * after scrolling it into view. Null when the phrase is not drawn.
 */
export async function phrasePoints(page: Page, phrase: string, nth = 0) {
  return page.evaluate(
    ({ phrase, nth }) => {
      const container = document.querySelector<HTMLElement>(".reader-text");
      if (!container) return null;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (!(n as Text).parentElement?.closest("[data-annotation]")) nodes.push(n as Text);
      const all = nodes.map((n) => n.data).join("");
      let at = -1;
      for (let i = 0; i <= nth; i++) {
        at = all.indexOf(phrase, at + 1);
        if (at < 0) return null;
      }
      const point = (offset: number) => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.data.length) return { node, offset: offset - seen };
          seen += node.data.length;
        }
        return null;
      };
      const first = point(at);
      const last = point(at + phrase.length - 1);
      if (!first || !last) return null;
      // Scroll the phrase itself to the middle of the panel that scrolls it (its element may be a
      // block of a long text, taller than the view).
      const startRect = () => {
        const r = document.createRange();
        r.setStart(first.node, first.offset);
        r.setEnd(first.node, first.offset + 1);
        return r.getBoundingClientRect();
      };
      let scroller: HTMLElement | null = container;
      while (
        scroller &&
        !(
          scroller.scrollHeight > scroller.clientHeight &&
          /auto|scroll/.test(getComputedStyle(scroller).overflowY)
        )
      )
        scroller = scroller.parentElement;
      if (scroller) {
        const view = scroller.getBoundingClientRect();
        scroller.scrollTop += startRect().top - (view.top + view.height / 2);
      }
      const rectOf = (p: { node: Text; offset: number }) => {
        const r = document.createRange();
        r.setStart(p.node, p.offset);
        r.setEnd(p.node, p.offset + 1);
        return r.getBoundingClientRect();
      };
      const a = rectOf(first);
      const b = rectOf(last);
      return {
        start: { x: a.left + 1, y: a.top + a.height / 2 },
        end: { x: b.right - 1, y: b.top + b.height / 2 },
      };
    },
    { phrase, nth },
  );
}

/** Drags the mouse across `phrase` in the reader's text (press before it, release after it). */
export async function dragSelect(page: Page, phrase: string, nth = 0) {
  // The article's text may still be loading, or its block still to be drawn; the passage tool
  // mounts above the text once it is there and moves it down: wait until the phrase holds still.
  await page.locator(".passage-tool").waitFor();
  let last = "";
  await expect
    .poll(
      async () => {
        const before = last;
        last = JSON.stringify(await phrasePoints(page, phrase, nth));
        return last !== "null" && last === before;
      },
      { message: `“${phrase}” is drawn and holds still` },
    )
    .toBe(true);
  const at = await phrasePoints(page, phrase, nth);
  if (!at) throw new Error(`“${phrase}” is not drawn in the reader`);
  await page.mouse.move(at.start.x, at.start.y);
  await page.mouse.down();
  await page.mouse.move((at.start.x + at.end.x) / 2, (at.start.y + at.end.y) / 2, { steps: 4 });
  await page.mouse.move(at.end.x, at.end.y, { steps: 4 });
  await page.mouse.up();
}

/**
 * How many rows of the screen show the article's text, as a reader sees it: down the middle of the
 * text, the rows where the topmost thing drawn is the text (not a bar, a sheet's grip or a tab over it).
 */
export function textRowsInSight(page: Page) {
  return page.evaluate(() => {
    const text = document.querySelector(".reader-text");
    if (!text) return 0;
    const r = text.getBoundingClientRect();
    let rows = 0;
    for (let y = 0; y < window.innerHeight; y++) {
      const el = document.elementFromPoint(r.left + r.width / 2, y);
      if (el && text.contains(el)) rows++;
    }
    return rows;
  });
}

/** Whether a tap at the middle of the element reaches it: it is on screen and nothing covers it. */
export async function inReach(page: Page, selector: string) {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.height === 0 || x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return !!hit && el.contains(hit);
  }, selector);
}

export const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search actors and excerpts" });

/** Selects an actor as a reader would find it: typed into the search box, its suggestion chosen. */
export async function selectActor(page: Page, name: string) {
  await searchBox(page).fill(name);
  await page
    .getByRole("listbox", { name: /suggestions/ })
    .getByRole("option", { name: new RegExp(`^${escapeRegExp(name)}`) })
    .first()
    .click();
}

/** Opens the Edit actor… / Edit link… dialog for what is selected. */
export async function editSelected(page: Page, kind: "actor" | "link") {
  await page.getByRole("button", { name: kind === "actor" ? "Edit actor…" : "Edit link…" }).click();
  const dialog = page.getByRole("dialog", { name: kind === "actor" ? /^Actor “/ : /^Link “/ });
  await expect(dialog).toBeVisible();
  return dialog;
}
