// A list of changes (domain/edit/changes.ts): what the Changes dialog shows since the dataset was
// opened, and what an edit's preview shows before it is done (a merge, a deletion).
import { type Changes, type FieldChange, type ItemChange, show } from "../../domain/edit/changes";

/** Each changed field, its old value struck out and its new one beside it. */
export function FieldDiffs({ fields }: { fields: readonly FieldChange[] }) {
  if (fields.length === 0) return null;
  return (
    <ul>
      {fields.map((f) => (
        <li key={f.field}>
          {f.field}: <del>{show(f.before)}</del> → <ins>{show(f.after)}</ins>
        </li>
      ))}
    </ul>
  );
}

function Items({ heading, items }: { heading: string; items: ItemChange[] }) {
  if (items.length === 0) return null;
  return (
    <section>
      <h3>
        {heading} ({items.length})
      </h3>
      <ul className="changes-list">
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className={`is-${item.kind}`}>
            <strong>{item.kind}</strong> {item.name} <code>{item.id}</code>
            <FieldDiffs fields={item.fields} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ChangeList({ changes }: { changes: Changes }) {
  return (
    <div className="changes" data-testid="changes">
      {changes.title && (
        <p>
          Title: <del>{show(changes.title.before)}</del> → <ins>{show(changes.title.after)}</ins>
        </p>
      )}
      <Items heading="Articles" items={changes.articles} />
      <Items heading="Actors" items={changes.actors} />
      <Items heading="Links" items={changes.links} />
      {changes.excerpts.length > 0 && (
        <section>
          <h3>Excerpts ({changes.excerpts.length})</h3>
          <ul className="changes-list">
            {changes.excerpts.map((e) => (
              <li key={`${e.kind}-${e.relation}-${e.article}-${e.quote}`} className={`is-${e.kind}`}>
                <strong>{e.kind}</strong> on <code>{e.relation}</code>: “{e.quote}”
                <FieldDiffs fields={e.fields} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
