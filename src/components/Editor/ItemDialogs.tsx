// Actors and links, edited field by field with the loader's validation (errors beside each field),
// deleted or (actors) merged after a preview of what changes and what would be lost.
import { useMemo, useState } from "react";
import type { ClaimStatus, Entity, EntityType, Relation, RelationType } from "../../data/types";
import { ATTRIBUTION_KINDS, CLAIM_STATUSES, ENTITY_TYPES, RELATION_TYPES } from "../../data/vocabulary";
import { datasetChanges } from "../../domain/edit/changes";
import { freeId } from "../../domain/edit/ids";
import { type EditError, type EditOp, takenIds } from "../../domain/edit/ops";
import { announce } from "../../lib/announce";
import { commit, preview } from "../../state/editActions";
import { useStore } from "../../state/store";
import { ChangeList } from "./ChangeList";
import { Dialog } from "./Dialog";
import {
  ActorOptions,
  actorOption,
  CheckField,
  ErrorList,
  errorsByField,
  GUESS_KIND,
  resolveActor,
  SelectField,
  TextField,
} from "./fields";

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * An edit shown before it is done (a deletion, a merge): what it changes, item by item, and what it
 * takes away; done on confirmation, which closes the dialog.
 */
function Preview({
  pending,
  onCancel,
  onDone,
}: {
  pending: { op: EditOp; verb: string };
  onCancel: () => void;
  onDone: () => void;
}) {
  const present = useStore((s) => s.edit?.history.present);
  const result = useMemo(() => preview(pending.op), [pending]);
  if (!result || !present) return null;
  const confirm = () => {
    const r = commit(pending.op);
    if (r.ok) done(r.label, onDone);
  };
  return (
    <section className="editor-warning editor-preview" role="alert" aria-label={`${pending.verb}: preview`}>
      {result.ok ? (
        <>
          <p>What this changes:</p>
          <ChangeList changes={datasetChanges(present, result.dataset)} />
          {result.lost.length > 0 ? (
            <>
              <p>What is lost:</p>
              <ul>
                {result.lost.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>Nothing else is lost.</p>
          )}
        </>
      ) : (
        <ul className="editor-error">
          {result.errors.map((e) => (
            <li key={`${e.path}-${e.message}`}>
              <code>{e.path}</code> {e.message}
            </li>
          ))}
        </ul>
      )}
      <div className="editor-actions">
        <button type="button" className="primary" disabled={!result.ok} onClick={confirm}>
          {pending.verb}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function done(label: string, close: () => void) {
  announce(`Done: ${label}. Undo with Ctrl+Z.`);
  close();
}

export function ActorDialog({ id, onClose }: { id: string | null; onClose: () => void }) {
  const dataset = useStore((s) => s.dataset);
  const select = useStore((s) => s.select);
  const existing = id ? dataset?.entities.find((e) => e.id === id) : undefined;
  const [name, setName] = useState(existing?.name ?? "");
  const [newId, setNewId] = useState("");
  const [type, setType] = useState<EntityType>(existing?.type ?? "person");
  const [aliases, setAliases] = useState(existing?.aliases.join("\n") ?? "");
  const [countries, setCountries] = useState(existing?.countries.join(", ") ?? "");
  const [organizations, setOrganizations] = useState(
    existing?.organizations
      .map((o) => {
        const e = dataset?.entities.find((x) => x.id === o);
        return e ? actorOption(e) : o;
      })
      .join("\n") ?? "",
  );
  const [roles, setRoles] = useState(existing?.roles.join("\n") ?? "");
  const [description, setDescription] = useState(existing?.description ?? "");
  const [unnamed, setUnnamed] = useState(existing?.unnamed ?? false);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; rest: string[] }>({
    fields: {},
    rest: [],
  });
  const [pending, setPending] = useState<{ op: EditOp; verb: string } | null>(null);
  const [mergeWith, setMergeWith] = useState("");
  if (!dataset) return null;
  const at = existing ? dataset.entities.indexOf(existing) : dataset.entities.length;
  const entity = (): Entity => ({
    id: existing?.id ?? (newId.trim() || freeId(name || "actor", takenIds(dataset))),
    name: name.trim(),
    aliases: lines(aliases),
    type,
    countries: countries
      .split(/[,\s]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
    organizations: lines(organizations).map((o) => resolveActor(dataset, o) ?? o),
    roles: lines(roles),
    description: description.trim(),
    ...(unnamed ? { unnamed: true } : {}),
    ...(existing?.acknowledge ? { acknowledge: existing.acknowledge } : {}),
  });
  const show = (errs: EditError[]) =>
    setErrors(
      errorsByField(errs, [
        [`entities[${at}]`, ""],
        ["id", "id"],
      ]),
    );
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const e = entity();
    const r = existing
      ? commit({ kind: "update-entity", id: existing.id, entity: e })
      : commit({ kind: "add-entity", entity: e });
    if (!r.ok) return show(r.errors);
    select({ kind: "entity", id: e.id });
    done(r.label, onClose);
  };
  const f = errors.fields;
  return (
    <Dialog title={existing ? `Actor “${existing.name}”` : "New actor"} onClose={onClose}>
      <form onSubmit={save} aria-label={existing ? "Edit actor" : "New actor"}>
        <TextField label="Name" error={f.name} value={name} onChange={setName} />
        {!existing && (
          <TextField
            label="Id (optional)"
            error={f.id}
            hint="Lowercase words joined by dashes; made from the name when empty."
            value={newId}
            onChange={setNewId}
          />
        )}
        <SelectField
          label="Kind of actor"
          error={f.type}
          value={type}
          options={ENTITY_TYPES}
          onChange={(t) => setType(t as EntityType)}
        />
        <TextField
          label="Description"
          error={f.description}
          rows={2}
          value={description}
          onChange={setDescription}
        />
        <TextField
          label="Aliases, one per line"
          error={f.aliases}
          hint="Other names the articles use."
          rows={2}
          value={aliases}
          onChange={setAliases}
        />
        <TextField
          label="Countries"
          error={f.countries}
          hint="Two-letter codes, e.g. US, DE."
          value={countries}
          onChange={setCountries}
        />
        <TextField
          label="Belongs to, one actor per line"
          error={f.organizations}
          rows={2}
          value={organizations}
          onChange={setOrganizations}
        />
        <TextField label="Roles, one per line" error={f.roles} rows={2} value={roles} onChange={setRoles} />
        <CheckField checked={unnamed} onChange={setUnnamed}>
          The articles do not name this actor
        </CheckField>
        <ErrorList errors={errors.rest} />
        <div className="editor-actions">
          <button type="submit" className="primary">
            {existing ? "Save changes" : "Add actor"}
          </button>
          {existing && (
            <button
              type="button"
              onClick={() =>
                setPending({ op: { kind: "delete-entity", id: existing.id }, verb: "Delete actor" })
              }
            >
              Delete actor…
            </button>
          )}
        </div>
      </form>
      {existing && (
        <div className="editor-group">
          <ActorOptions id="merge-actors" dataset={dataset} />
          <TextField
            label="Merge with another actor (it becomes this one)"
            list="merge-actors"
            value={mergeWith}
            onChange={setMergeWith}
          />
          <button
            type="button"
            disabled={!resolveActor(dataset, mergeWith)}
            onClick={() => {
              const drop = resolveActor(dataset, mergeWith);
              if (drop)
                setPending({ op: { kind: "merge-entities", keep: existing.id, drop }, verb: "Merge" });
            }}
          >
            Preview merge…
          </button>
        </div>
      )}
      {pending && <Preview pending={pending} onCancel={() => setPending(null)} onDone={onClose} />}
    </Dialog>
  );
}

function dateText(date: Relation["date"]): string {
  if (date === undefined) return "";
  return typeof date === "string" ? date : `${date.start ?? ""}..${date.end ?? ""}`;
}

function parseDate(text: string): Relation["date"] {
  const t = text.trim();
  if (!t) return undefined;
  if (!t.includes("..")) return t;
  const [start, end] = t.split("..").map((s) => s.trim());
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

export function LinkDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const dataset = useStore((s) => s.dataset);
  const relation = dataset?.relations.find((r) => r.id === id);
  const name = (x: string) => {
    const e = dataset?.entities.find((y) => y.id === x);
    return e ? actorOption(e) : x;
  };
  const [source, setSource] = useState(relation ? name(relation.source) : "");
  const [target, setTarget] = useState(relation ? name(relation.target) : "");
  const [type, setType] = useState<RelationType>(relation?.type ?? "business");
  const [directed, setDirected] = useState(relation?.directed ?? true);
  const [label, setLabel] = useState(relation?.label ?? "");
  const [status, setStatus] = useState<ClaimStatus>(relation?.status ?? "reported");
  const [date, setDate] = useState(dateText(relation?.date));
  const [period, setPeriod] = useState(relation?.period ?? "");
  const [note, setNote] = useState(relation?.note ?? "");
  const [errors, setErrors] = useState<{ fields: Record<string, string>; rest: string[] }>({
    fields: {},
    rest: [],
  });
  const [pending, setPending] = useState<{ op: EditOp; verb: string } | null>(null);
  if (!dataset || !relation) return null;
  const at = dataset.relations.indexOf(relation);
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const src = resolveActor(dataset, source);
    const tgt = resolveActor(dataset, target);
    if (!src || !tgt) {
      setErrors({
        fields: {
          ...(src ? {} : { source: "pick an actor from the list" }),
          ...(tgt ? {} : { target: "pick an actor from the list" }),
        },
        rest: [],
      });
      return;
    }
    const d = parseDate(date);
    const r = commit({
      kind: "update-relation",
      id: relation.id,
      relation: {
        source: src,
        target: tgt,
        type,
        directed,
        label: label.trim(),
        status,
        ...(d !== undefined ? { date: d } : {}),
        ...(period.trim() ? { period: period.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(relation.acknowledge ? { acknowledge: relation.acknowledge } : {}),
      },
    });
    if (!r.ok) return setErrors(errorsByField(r.errors, [[`relations[${at}]`, ""]]));
    done(r.label, onClose);
  };
  const f = errors.fields;
  return (
    <Dialog title={`Link “${relation.label}”`} onClose={onClose}>
      <form onSubmit={save} aria-label="Edit link">
        <ActorOptions id="link-actors" dataset={dataset} />
        <TextField
          label="From actor"
          error={f.source}
          list="link-actors"
          value={source}
          onChange={setSource}
        />
        <TextField label="To actor" error={f.target} list="link-actors" value={target} onChange={setTarget} />
        <SelectField
          label="Kind of link"
          error={f.type}
          value={type}
          options={RELATION_TYPES}
          onChange={(t) => setType(t as RelationType)}
        />
        <CheckField checked={directed} onChange={setDirected}>
          Directed
        </CheckField>
        <TextField label="Label" error={f.label} value={label} onChange={setLabel} />
        <SelectField
          label="Claim status"
          error={f.status}
          hint="No surer than its surest excerpt."
          value={status}
          options={CLAIM_STATUSES}
          onChange={(v) => setStatus(v as ClaimStatus)}
        />
        <TextField
          label="Date (optional)"
          error={f.date}
          hint="YYYY, YYYY-MM or YYYY-MM-DD; a range as start..end."
          value={date}
          onChange={setDate}
        />
        <TextField
          label="Period, in the articles' words (optional)"
          error={f.period}
          value={period}
          onChange={setPeriod}
        />
        <TextField label="Note (optional)" error={f.note} value={note} onChange={setNote} />
        <ErrorList errors={errors.rest} />
        <div className="editor-actions">
          <button type="submit" className="primary">
            Save changes
          </button>
          <button
            type="button"
            onClick={() =>
              setPending({ op: { kind: "delete-relation", id: relation.id }, verb: "Delete link" })
            }
          >
            Delete link…
          </button>
        </div>
      </form>
      <h3>Excerpts</h3>
      <ol className="changes-list">
        {relation.evidence.map((e, i) => (
          <ExcerptRow key={`${e.article}-${e.quote}`} relation={relation} index={i} />
        ))}
      </ol>
      {pending && <Preview pending={pending} onCancel={() => setPending(null)} onDone={onClose} />}
    </Dialog>
  );
}

function ExcerptRow({ relation, index }: { relation: Relation; index: number }) {
  const e = relation.evidence[index];
  const [status, setStatus] = useState<ClaimStatus>(e?.status ?? "reported");
  const [attribution, setAttribution] = useState(e?.attribution ?? "");
  const [kind, setKind] = useState<string>(e?.attributionKind ?? "");
  const [error, setError] = useState<string | null>(null);
  if (!e) return null;
  const apply = () => {
    const { article: _a, quote: _q, ...rest } = e;
    const r = commit({
      kind: "update-evidence",
      relation: relation.id,
      index,
      evidence: {
        ...rest,
        status,
        attribution: attribution.trim(),
        ...(kind
          ? { attributionKind: kind as (typeof ATTRIBUTION_KINDS)[number] }
          : { attributionKind: undefined }),
      },
    });
    setError(r.ok ? null : r.errors.map((x) => `${x.path}: ${x.message}`).join("; "));
    if (r.ok) announce(`Done: ${r.label}`);
  };
  const remove = () => {
    const r = commit({ kind: "remove-evidence", relation: relation.id, index });
    setError(r.ok ? null : r.errors.map((x) => x.message).join("; "));
    if (r.ok) announce(`Done: ${r.label}${r.lost.length ? ` (${r.lost.join("; ")})` : ""}`);
  };
  return (
    <li>
      <q>{e.quote}</q> <span className="hint">({e.article})</span>
      <div className="excerpt-edit">
        <SelectField
          label={`Excerpt ${index + 1}: claim status`}
          value={status}
          options={CLAIM_STATUSES}
          onChange={(v) => setStatus(v as ClaimStatus)}
        />
        <TextField
          label={`Excerpt ${index + 1}: attribution`}
          value={attribution}
          onChange={setAttribution}
        />
        <SelectField
          label={`Excerpt ${index + 1}: attribution kind`}
          value={kind}
          options={ATTRIBUTION_KINDS}
          first={GUESS_KIND}
          onChange={setKind}
        />
        <button type="button" onClick={apply}>
          Apply
        </button>
        <button type="button" onClick={remove}>
          Remove excerpt
        </button>
      </div>
      {error && (
        <p className="editor-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
