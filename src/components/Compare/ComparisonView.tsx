// Source comparison: which articles support which relations, and where they differ in certainty,
// each side in its own words.
import { useMemo } from "react";
import { sourceDifferences } from "../../domain/comparison";
import { articlePublisher, articlesOf } from "../../domain/indexes";
import { isCorroborated, originsOf } from "../../domain/outlets";
import { outletsPhrase, relationOutlets, rewriteOverstates } from "../../domain/rewrites";
import { count, plural } from "../../lib/plural";
import { useStore } from "../../state/store";
import { EntityLink } from "../Details/EntityLink";
import { RelationLink } from "../Details/RelationLink";
import { StatusBadge } from "../Details/StatusBadge";

export function ComparisonView() {
  const dataset = useStore((s) => s.dataset);
  const index = useStore((s) => s.index);
  const setFilters = useStore((s) => s.setFilters);
  const differences = useMemo(() => (dataset ? sourceDifferences(dataset) : []), [dataset]);
  const origins = useMemo(() => originsOf(dataset?.articles ?? []), [dataset]);
  const support = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of dataset?.relations ?? []) {
      const articles = articlesOf(r);
      const key =
        articles.length === (dataset?.articles.length ?? 0)
          ? "all"
          : articles.length === 1
            ? `only:${articles[0]}`
            : "some";
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (isCorroborated(r, origins)) counts.set("independent", (counts.get("independent") ?? 0) + 1);
    }
    return counts;
  }, [dataset, origins]);
  if (!dataset || !index) return null;
  const publisher = (id: string) => articlePublisher(index, id);

  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">How the articles compare</h2>
      <ul className="support-summary">
        {dataset.articles.length > 1 && (
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => setFilters({ source: { mode: "all" } })}
            >
              {count(support.get("all") ?? 0, "link")}
            </button>{" "}
            {plural(support.get("all") ?? 0, "is", "are")} in both articles
          </li>
        )}
        {dataset.articles.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => setFilters({ source: { mode: "only", article: a.id } })}
            >
              {count(support.get(`only:${a.id}`) ?? 0, "link")}
            </button>{" "}
            only in {a.publisher}
            {a.derivedFrom && ` (a rewrite of ${publisher(a.derivedFrom)})`}
          </li>
        ))}
        {dataset.articles.length > 1 && (
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => setFilters({ source: { mode: "independent" } })}
            >
              {count(support.get("independent") ?? 0, "link")}
            </button>{" "}
            independently reported by 2 or more outlets
            {dataset.articles.some((a) => a.derivedFrom) &&
              " (a rewrite counts with the article it rewrites)"}
          </li>
        )}
      </ul>
      <h3>
        {differences.length === 0
          ? "No link where the articles differ in certainty"
          : `${count(differences.length, "link")} where the articles differ in certainty`}
      </h3>
      <ol className="differences">
        {differences.map(({ relation, versions }) => (
          <li key={relation.id} className="difference">
            <p className="difference-title">
              <EntityLink id={relation.source} /> — <EntityLink id={relation.target} />:{" "}
              <RelationLink relation={relation} />
            </p>
            <p className="outlets">
              {outletsPhrase(relationOutlets(relation, origins).outlets.length)}
              {relationOutlets(relation, origins).alsoInRewrite && " · also in the rewrite"}
            </p>
            {rewriteOverstates(relation, origins) && (
              <p className="differ-flag">The rewrite states more than the article it rewrites.</p>
            )}
            <div className="versions">
              {versions.map((v) => (
                <div key={v.article} className="version">
                  <p className="version-head">
                    <strong>{publisher(v.article)}</strong> <StatusBadge status={v.status} />
                  </p>
                  {v.evidence.map((e) => (
                    <blockquote key={e.quote} className="evidence-quote">
                      {e.quote}
                    </blockquote>
                  ))}
                </div>
              ))}
            </div>
            {relation.evidence.find((e) => e.note)?.note && (
              <p className="evidence-note">{relation.evidence.find((e) => e.note)?.note}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
