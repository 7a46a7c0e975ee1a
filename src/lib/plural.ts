// Counting words for the screen: "1 link", "2 links", "1 of 3 articles". English only, but through
// Intl.PluralRules so that the rule lives in one place (and a translation would change only here).

const rules = new Intl.PluralRules("en");

/** `one` or `other`, whichever English uses for `n` ("actor"/"actors"). */
export function plural(n: number, one: string, other = `${one}s`): string {
  return rules.select(n) === "one" ? one : other;
}

/** `n` and the word for it: `count(1, "link")` is "1 link", `count(3, "link")` "3 links". */
export function count(n: number, one: string, other?: string): string {
  return `${n.toLocaleString("en")} ${plural(n, one, other)}`;
}

/** "12 of 60 actors, 9 of 85 links shown": what the filters leave on screen, in the reader's words. */
export function shownSummary(
  entities: number,
  totalEntities: number,
  relations: number,
  totalRelations: number,
) {
  return `${entities.toLocaleString("en")} of ${count(totalEntities, "actor")}, ${relations.toLocaleString("en")} of ${count(totalRelations, "link")} shown`;
}
