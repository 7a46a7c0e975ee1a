// Search: suggests entities as you type and lists the relations whose excerpts contain the words.
// The graph dims everything that does not match (the store's `hits`); choosing a result selects it.
import { type Ref, useMemo } from "react";
import { entityName } from "../../domain/indexes";
import { searchExcerpts } from "../../domain/search";
import { useStore } from "../../state/store";
import { EntityCombobox } from "./EntityCombobox";

export function SearchBox({ inputRef }: { inputRef?: Ref<HTMLInputElement> }) {
  const dataset = useStore((s) => s.dataset);
  const search = useStore((s) => s.view.search);
  const visibility = useStore((s) => s.visibility);
  const setSearch = useStore((s) => s.setSearch);
  const select = useStore((s) => s.select);
  const entities = useMemo(
    () => dataset?.entities.filter((e) => visibility.entities.has(e.id)) ?? [],
    [dataset, visibility],
  );
  const excerpts = useMemo(
    () =>
      dataset
        ? searchExcerpts(dataset, search, 200).filter((m) => visibility.relations.has(m.relation.id))
        : [],
    [dataset, search, visibility],
  );
  const index = useStore((s) => s.index);
  const nameOf = (id: string) => entityName(index, id);

  const footer =
    search.trim().length >= 2 ? (
      <div className="excerpt-matches">
        <p className="option-heading">
          {excerpts.length === 0
            ? "No excerpt contains these words"
            : `${excerpts.length} link${excerpts.length === 1 ? "" : "s"} whose excerpts contain these words`}
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
    <search className="search-box">
      <EntityCombobox
        label="Search actors and excerpts"
        placeholder="A name or words  ( / )"
        entities={entities}
        value={search}
        onInput={setSearch}
        onChoose={(entity) => select({ kind: "entity", id: entity.id })}
        inputRef={inputRef}
        footer={footer}
      />
    </search>
  );
}
