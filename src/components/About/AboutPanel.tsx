import { useMemo } from "react";
import { attributionKindOf } from "../../domain/attribution";
import { sourceDifferences } from "../../domain/comparison";
import { formatDate } from "../../lib/dates";
import { count, plural } from "../../lib/plural";
import { useStore } from "../../state/store";

/** What the graph covers, how it was made, its rules, and how to report an error. */
export function AboutPanel() {
  const dataset = useStore((s) => s.dataset);
  const figures = useMemo(() => {
    if (!dataset) return null;
    const evidence = dataset.relations.flatMap((r) => r.evidence);
    return {
      unnamed: dataset.entities.filter((e) => e.unnamed).length,
      excerpts: evidence.length,
      fromUnnamedSources: evidence.filter((e) => attributionKindOf(e) === "unnamed").length,
      differences: sourceDifferences(dataset).length,
    };
  }, [dataset]);
  if (!dataset || !figures) return null;
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title">About this graph</h2>
      {dataset.description && <p>{dataset.description}</p>}
      <p>
        It draws the people, companies, governments and agencies in{" "}
        {dataset.articles.length === 2 ? "two articles" : count(dataset.articles.length, "article")}:
      </p>
      <ul>
        {dataset.articles.map((a) => (
          <li key={a.id}>
            <cite>{a.title}</cite>, {a.publisher}
            {a.author && `, ${a.author}`}, {formatDate(a.published)}
            {a.derivedFrom && " (a rewrite of the first)"}
          </li>
        ))}
      </ul>
      <dl className="facts">
        <dt>Actors</dt>
        <dd>
          {dataset.entities.length}, of which {figures.unnamed} {plural(figures.unnamed, "is", "are")} not
          named in the articles
        </dd>
        <dt>Links</dt>
        <dd>{dataset.relations.length}</dd>
        <dt>Excerpts</dt>
        <dd>
          {figures.excerpts}, {figures.fromUnnamedSources} of them attributed to unnamed sources
        </dd>
        <dt>Articles differ</dt>
        <dd>on {count(figures.differences, "link")} (see Compare)</dd>
      </dl>
      <h3>How it was made</h3>
      <p>
        Curated by hand from the articles. Every link carries the excerpts that support it, quoted word for
        word (a check in the project proves each one is found in its article), with who the article says it
        comes from and how sure the article is.
      </p>
      <h3>The rules</h3>
      <ul>
        <li>Excerpts are verbatim; only runs of white space may differ.</li>
        <li>Actors the articles do not name stay unnamed; no name is guessed.</li>
        <li>Hedged claims stay hedged: where an article could not confirm something, the link says so.</li>
        <li>Where both articles say something, both are cited, so you can see which source says what.</li>
      </ul>
      <h3>Found an error?</h3>
      <p>
        Note the link's id (at the foot of its details) and the excerpt, and report it in the project's issue
        tracker, saying what the article says instead.
      </p>
    </section>
  );
}
