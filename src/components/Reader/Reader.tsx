// The reader: an article in full, every excerpt used in the dataset highlighted (click one to select
// its relation), named entities marked (click to select), and one passage emphasised on request.
import { Fragment, lazy, Suspense, useEffect, useMemo, useRef } from "react";
import { excerptPlaces, MARK_CAPS, mentionSpans, type Segment, segmentText } from "../../domain/excerpts";
import { articlePublisher, entityName } from "../../domain/indexes";
import { formatDate } from "../../lib/dates";
import { count } from "../../lib/plural";
import { useStore } from "../../state/store";

// Edit mode's passage selection and evidence form, loaded with the editor.
const PassageTool = lazy(() => import("../Editor/PassageTool"));

interface Run {
  key: string;
  relations: string[];
  emphasised: boolean;
  segments: Segment[];
}

/** Consecutive segments covered by the same excerpts become one highlight. */
function toRuns(segments: Segment[], passage: string | null): Run[] {
  const runs: Run[] = [];
  for (const segment of segments) {
    const emphasised = passage !== null && segment.evidence.includes(passage);
    const key = `${segment.relations.join(",")}|${emphasised}`;
    const last = runs[runs.length - 1];
    if (last && last.key === key) last.segments.push(segment);
    else runs.push({ key, relations: segment.relations, emphasised, segments: [segment] });
  }
  return runs;
}

export function Reader() {
  const dataset = useStore((s) => s.dataset);
  const index = useStore((s) => s.index);
  const reader = useStore((s) => s.reader);
  const selection = useStore((s) => s.view.selection);
  const openReader = useStore((s) => s.openReader);
  const select = useStore((s) => s.select);
  const textRef = useRef<HTMLDivElement>(null);
  const texts = useStore((s) => s.articleTexts);
  const ensureTexts = useStore((s) => s.ensureArticleTexts);
  const editing = useStore((s) => s.editing && s.edit !== null);

  // The texts may load on first use (the bundled dataset's do).
  useEffect(() => {
    void ensureTexts();
  }, [ensureTexts]);

  const article = dataset?.articles.find((a) => a.id === reader.article) ?? dataset?.articles[0];
  const text = article ? texts[article.id] : undefined;
  const places = useMemo(() => (dataset ? excerptPlaces(dataset, texts) : null), [dataset, texts]);
  const spans = places?.spans ?? null;
  const segments = useMemo(() => {
    if (!article || !spans || !dataset || text === undefined) return [];
    return segmentText(text, spans.get(article.id) ?? [], mentionSpans(text, dataset.entities));
  }, [article, spans, dataset, text]);
  const runs = useMemo(() => toRuns(segments, reader.passage), [segments, reader.passage]);
  const excerptCount = article ? (spans?.get(article.id)?.length ?? 0) : 0;

  // Bring the emphasised passage into view when it is asked for (and once the text is there).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when the text arrives
  useEffect(() => {
    if (!reader.passage) return;
    const target = textRef.current?.querySelector<HTMLElement>(".is-emphasised");
    target?.scrollIntoView({ block: "center" });
    target?.focus({ preventScroll: true });
  }, [reader.passage, text]);

  if (!dataset || !article || !index) return null;
  const selectedRelation = selection?.kind === "relation" ? selection.id : null;
  const labelOf = (id: string) => {
    const r = index.relationById.get(id);
    if (!r) return id;
    return `${entityName(index, r.source)} – ${r.label} – ${entityName(index, r.target)}`;
  };

  const onTextClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const mention = target.closest<HTMLElement>("[data-entity]");
    const highlight = target.closest<HTMLElement>("[data-relation]");
    // A name inside a highlight selects the entity; elsewhere in the highlight, its relation.
    if (mention?.dataset.entity) select({ kind: "entity", id: mention.dataset.entity });
    else if (highlight?.dataset.relation) select({ kind: "relation", id: highlight.dataset.relation });
  };

  return (
    <section className="reader" aria-labelledby="reader-title">
      {dataset.articles.length > 1 && (
        <div className="segmented reader-tabs" role="group" aria-label="Article">
          {dataset.articles.map((a) => (
            <button
              key={a.id}
              type="button"
              aria-pressed={a.id === article.id}
              onClick={() => openReader(a.id)}
            >
              {a.publisher}
            </button>
          ))}
        </div>
      )}
      <header className="reader-header">
        <h2 id="reader-title">{article.title}</h2>
        <p>
          {article.publisher}
          {article.author && <> · {article.author}</>} ·{" "}
          <time dateTime={article.published}>{formatDate(article.published)}</time>
          {article.derivedFrom && <> · a rewrite of {articlePublisher(index, article.derivedFrom)}</>}
        </p>
        <p>
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            Original address
          </a>{" "}
          · {count(excerptCount, "highlighted excerpt")}
        </p>
        {(places?.unlooked.get(article.id) ?? 0) > 0 && (
          <p className="reader-capped" data-testid="reader-unlooked">
            This article is too long to look for every excerpt in it:{" "}
            {places?.unlooked.get(article.id)?.toLocaleString("en")} excerpt
            {places?.unlooked.get(article.id) === 1 ? " is" : "s are"} not highlighted. Each is still shown,
            word for word, in its link's details.
          </p>
        )}
        {places?.capped.get(article.id) && (
          <p className="reader-capped" data-testid="reader-capped">
            Some excerpts occur more often than is marked: at most {MARK_CAPS.perExcerpt} places per excerpt
            and {MARK_CAPS.perArticle.toLocaleString("en")} per article are highlighted.
          </p>
        )}
      </header>
      {editing && text !== undefined && (
        <Suspense fallback={null}>
          <PassageTool textRef={textRef} article={article} text={text} />
        </Suspense>
      )}
      {/* Clicks are delegated here; every highlight is focusable and answers Enter for the keyboard. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the buttons inside handle keys */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: delegation for the buttons inside */}
      <div className="reader-text" ref={textRef} onClick={onTextClick} aria-busy={text === undefined}>
        {text === undefined && <p className="reader-loading">Loading the article…</p>}
        {runs.map((run) => {
          const children = run.segments.map((seg) =>
            seg.entityId ? (
              // In edit mode names are plain text (a button cannot be selected through).
              run.relations.length > 0 || editing ? (
                <span key={seg.start} className="mention" data-entity={seg.entityId}>
                  {seg.text}
                </span>
              ) : (
                <button key={seg.start} type="button" className="mention" data-entity={seg.entityId}>
                  {seg.text}
                </button>
              )
            ) : (
              <Fragment key={seg.start}>{seg.text}</Fragment>
            ),
          );
          if (run.relations.length === 0) return <Fragment key={run.segments[0]?.start}>{children}</Fragment>;
          const first = run.relations[0] as string;
          const current = selectedRelation !== null && run.relations.includes(selectedRelation);
          const label = `Excerpt supporting: ${run.relations.map(labelOf).join("; ")}`;
          // A <mark> stays inline in the flow of the text (a <button> would not); it acts as a button.
          return (
            <mark
              key={run.segments[0]?.start}
              role="button"
              tabIndex={0}
              className={`excerpt-highlight${current ? " is-current" : ""}${run.emphasised ? " is-emphasised" : ""}${run.relations.length > 1 ? " is-shared" : ""}`}
              data-relation={current ? selectedRelation : first}
              title={run.relations.map(labelOf).join("\n")}
              aria-label={label}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  select({ kind: "relation", id: current && selectedRelation ? selectedRelation : first });
                }
              }}
            >
              {children}
            </mark>
          );
        })}
      </div>
    </section>
  );
}
