import type { Relation } from "../../data/types";
import { versionsOf } from "../../domain/comparison";
import { articlePublisher } from "../../domain/indexes";
import { originsOf } from "../../domain/outlets";
import { outletsPhrase, relationOutlets, rewriteOverstates } from "../../domain/rewrites";
import { formatPartialDate, whenText } from "../../domain/time";
import { reportLines, reportsOf } from "../../domain/timeline";
import { count } from "../../lib/plural";
import { statusesAsOfView } from "../../state/selectors";
import { useStore } from "../../state/store";
import { RELATION_VISUALS, STATUS_VISUALS } from "../../visuals/vocabulary";
import { EntityLink } from "./EntityLink";
import { EvidenceQuote } from "./EvidenceQuote";
import { StatusBadge } from "./StatusBadge";

export function RelationDetails({ relation }: { relation: Relation }) {
  const index = useStore((s) => s.index);
  const articles = useStore((s) => s.dataset?.articles);
  const articleCount = articles?.length ?? 0;
  const origins = originsOf(articles ?? []);
  const outlets = relationOutlets(relation, origins);
  const versions = versionsOf(relation);
  const differ = new Set(versions.map((v) => v.status)).size > 1;
  const publisher = (id: string) => articlePublisher(index, id);
  const reported = index ? reportLines(reportsOf(relation, index.articleById), publisher) : [];
  // At a stop of the "as reported" clock the status it had then leads, as the canvas draws it.
  const asOf = useStore(statusesAsOfView);
  const statusThen = asOf?.statuses.get(relation.id) ?? null;
  return (
    <section className="details" id="details-section" tabIndex={-1} aria-labelledby="details-title">
      <p className="details-kind">Link · {RELATION_VISUALS[relation.type].label}</p>
      <h2 id="details-title" className="relation-title">
        <EntityLink id={relation.source} /> <span aria-hidden="true">{relation.directed ? "→" : "—"}</span>
        <span className="visually-hidden">{relation.directed ? " to " : " and "}</span>{" "}
        <EntityLink id={relation.target} />
      </h2>
      <p className="relation-label">{relation.label}</p>
      <dl className="facts">
        {asOf && statusThen ? (
          <>
            <dt>Status as of {formatPartialDate(asOf.stop)}</dt>
            <dd data-testid="status-as-of">
              <StatusBadge status={statusThen} />{" "}
              <span className="muted">
                as the latest article out by then put it (overall:{" "}
                {STATUS_VISUALS[relation.status].label.toLowerCase()})
              </span>
            </dd>
          </>
        ) : (
          <>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={relation.status} />
            </dd>
          </>
        )}
        <dt>Direction</dt>
        <dd>{relation.directed ? "directed (from first to second)" : "mutual"}</dd>
        {(relation.date || relation.period) && (
          <>
            <dt>When</dt>
            <dd>{whenText(relation.date, relation.period)}</dd>
          </>
        )}
        {reported.length > 0 && (
          <>
            <dt>Reported</dt>
            <dd>
              <ul className="report-lines" data-testid="relation-reports">
                {reported.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Articles</dt>
        <dd>
          {versions.length === articleCount && articleCount > 1
            ? articleCount === 2
              ? "both articles"
              : "every article"
            : versions.length === 1
              ? `${publisher(versions[0]?.article ?? "")} only`
              : count(versions.length, "article")}
          <ul className="versions-inline">
            {versions.map((v) => (
              <li key={v.article}>
                {publisher(v.article)}: <StatusBadge status={v.status} />
              </li>
            ))}
          </ul>
          <p className="outlets" data-testid="relation-outlets">
            {outletsPhrase(outlets.outlets.length)}
            {outlets.alsoInRewrite && " · also in the rewrite"}
            {outlets.onlyInRewrite && " · only in the rewrite"}
          </p>
          {differ && <p className="differ-flag">The articles differ in how sure they are.</p>}
          {rewriteOverstates(relation, origins) && (
            <p className="differ-flag">The rewrite states more than the article it rewrites.</p>
          )}
        </dd>
      </dl>
      {relation.note && <p className="relation-note">{relation.note}</p>}
      <h3>{relation.evidence.length === 1 ? "Excerpt" : count(relation.evidence.length, "excerpt")}</h3>
      {relation.evidence.map((evidence, i) => (
        <EvidenceQuote
          key={`${evidence.article}:${evidence.quote}`}
          evidence={evidence}
          passage={`${relation.id}#${i}`}
        />
      ))}
      <p className="relation-id">
        Link id: <code>{relation.id}</code>
      </p>
    </section>
  );
}
