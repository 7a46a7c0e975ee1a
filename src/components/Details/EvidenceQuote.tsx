import type { Evidence } from "../../data/types";
import { formatDateValue } from "../../domain/time";
import { formatDate } from "../../lib/dates";
import { httpUrlOrNull } from "../../lib/safeUrl";
import { useStore } from "../../state/store";
import { StatusBadge } from "./StatusBadge";

/** One excerpt, quoted verbatim, with which article says it, who it comes from and how sure it is. */
export function EvidenceQuote({ evidence, passage }: { evidence: Evidence; passage: string }) {
  const article = useStore((s) => s.index?.articleById.get(evidence.article));
  const href = article ? httpUrlOrNull(article.url) : null;
  const openReader = useStore((s) => s.openReader);
  return (
    <figure className="evidence">
      <blockquote cite={href ?? undefined} className="evidence-quote">
        {evidence.quote}
      </blockquote>
      <figcaption>
        {evidence.date !== undefined && (
          <p className="evidence-date" data-testid="evidence-date">
            Dated by this excerpt: {formatDateValue(evidence.date)}
          </p>
        )}
        <StatusBadge status={evidence.status} />{" "}
        <span className="evidence-attribution">{evidence.attribution}</span>
        {article && (
          <>
            {" — "}
            <cite>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {article.title}
                </a>
              ) : (
                article.title
              )}
            </cite>
            , {article.publisher}, <time dateTime={article.published}>{formatDate(article.published)}</time>
          </>
        )}{" "}
        <button
          type="button"
          className="link-button show-in-article"
          onClick={() => openReader(evidence.article, passage)}
        >
          Show in article
        </button>
        {evidence.note && <p className="evidence-note">{evidence.note}</p>}
      </figcaption>
    </figure>
  );
}
