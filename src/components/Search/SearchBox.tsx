// Search: suggests entities as you type and lists the relations whose excerpts contain the words.
// The graph dims everything that does not match (the store's `hits`); choosing a result selects it.
// The box answers every key at once; the store (graph, excerpt list, address) follows once typing
// pauses for SEARCH_DEBOUNCE_MS, so a fast typist on a large dataset does not queue a search per key.
import { type Ref, useEffect, useMemo, useRef, useState } from "react";
import { entityName } from "../../domain/indexes";
import { searchExcerpts } from "../../domain/search";
import { focusWhenReady } from "../../lib/focus";
import { count } from "../../lib/plural";
import { useStore } from "../../state/store";
import { EntityCombobox } from "./EntityCombobox";

export const SEARCH_DEBOUNCE_MS = 150;

export function SearchBox({ inputRef }: { inputRef?: Ref<HTMLInputElement> }) {
  const dataset = useStore((s) => s.dataset);
  const search = useStore((s) => s.view.search);
  const index = useStore((s) => s.index);
  const [draft, setDraft] = useState(search);
  const timer = useRef<number | undefined>(undefined);
  /** Typed but not yet searched for (the debounce is running). */
  const pending = useRef<string | null>(null);
  // The search can change elsewhere (Escape, Reset, a permalink, a new dataset): the box follows.
  useEffect(() => {
    window.clearTimeout(timer.current);
    pending.current = null;
    setDraft(search);
  }, [search]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const visibility = useStore((s) => s.visibility);
  const setSearch = useStore((s) => s.setSearch);
  const onInput = (text: string) => {
    setDraft(text);
    window.clearTimeout(timer.current);
    pending.current = null;
    // Clearing the box is not worth waiting for.
    if (text.trim() === "") setSearch(text);
    else {
      pending.current = text;
      timer.current = window.setTimeout(() => {
        pending.current = null;
        setSearch(text);
      }, SEARCH_DEBOUNCE_MS);
    }
  };
  // Leaving the box searches for what it holds at once: an Escape pressed next must undo that
  // search, not the selection under it (with the debounce still running, it undid the selection,
  // then the search came back).
  const flush = () => {
    const text = pending.current;
    if (text === null) return;
    window.clearTimeout(timer.current);
    pending.current = null;
    setSearch(text);
  };
  const select = useStore((s) => s.select);
  const entities = useMemo(
    () => dataset?.entities.filter((e) => visibility.entities.has(e.id)) ?? [],
    [dataset, visibility],
  );
  const searchProgress = useStore((s) => s.searchProgress);
  // The folded text, once ready (a large dataset's is prepared in slices after it opens).
  const searchText = searchProgress === null ? (index?.searchText ?? null) : null;
  const excerpts = useMemo(
    () =>
      dataset && searchText
        ? searchExcerpts(dataset, search, 200, searchText).filter((m) =>
            visibility.relations.has(m.relation.id),
          )
        : [],
    [dataset, searchText, search, visibility],
  );
  const nameOf = (id: string) => entityName(index, id);

  const footer =
    search.trim().length >= 2 && searchText ? (
      <div className="excerpt-matches">
        <p className="option-heading">
          {excerpts.length === 0
            ? "No excerpt contains these words"
            : `${count(excerpts.length, "link")} whose excerpts contain these words`}
        </p>
        <ul>
          {excerpts.slice(0, 8).map((m) => (
            <li key={m.relation.id}>
              <button
                type="button"
                className="excerpt-match"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => select({ kind: "relation", id: m.relation.id })}
              >
                <strong>
                  {nameOf(m.relation.source)} – {nameOf(m.relation.target)}
                </strong>
                <span className="snippet">
                  {m.snippet[0]}
                  <mark>{m.snippet[1]}</mark>
                  {m.snippet[2]}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    ) : undefined;

  return (
    <search className="search-box" onBlur={flush}>
      <EntityCombobox
        label="Search actors and excerpts"
        placeholder="A name or words  ( / )"
        entities={entities}
        value={draft}
        onInput={onInput}
        searchText={searchText}
        preparing={searchProgress}
        onChoose={(entity) => {
          select({ kind: "entity", id: entity.id });
          // Focus moves to what choosing opened: the actor's details, a few Tabs from its links.
          focusWhenReady("details-section");
        }}
        inputRef={inputRef}
        footer={footer}
      />
    </search>
  );
}
