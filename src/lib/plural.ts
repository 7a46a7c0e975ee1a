// Counting words for the screen: "1 link", "2 links", "1 of 3 articles". English only, but through
// Intl.PluralRules so that the rule lives in one place (and a translation would change only here).

const rules = new Intl.PluralRules("en");

/**
 * `n` with its thousands grouped as English writes them ("12,000"), as `toLocaleString("en")` gives
 * for a whole number. Whole numbers are grouped here: the first `toLocaleString` of a page loads
 * ICU's number formatting (30-130 ms on our 2-core machine), and the header's counts are drawn
 * before the graph's first frame (docs/performance.md). Other numbers go to Intl.
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en");
  const digits = String(Math.abs(n));
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const part = digits.slice(Math.max(0, end - 3), end);
    out = out ? `${part},${out}` : part;
  }
  return n < 0 ? `-${out}` : out;
}

/** `one` or `other`, whichever English uses for `n` ("actor"/"actors"). */
export function plural(n: number, one: string, other = `${one}s`): string {
  return rules.select(n) === "one" ? one : other;
}

/** `n` and the word for it: `count(1, "link")` is "1 link", `count(3, "link")` "3 links". */
export function count(n: number, one: string, other?: string): string {
  return `${grouped(n)} ${plural(n, one, other)}`;
}

/** "12 of 60 actors, 9 of 85 links shown": what the filters leave on screen, in the reader's words. */
export function shownSummary(
  entities: number,
  totalEntities: number,
  relations: number,
  totalRelations: number,
) {
  return `${grouped(entities)} of ${count(totalEntities, "actor")}, ${grouped(relations)} of ${count(totalRelations, "link")} shown`;
}
