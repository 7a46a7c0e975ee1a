// The form that makes a selected passage evidence: for a link that exists, or for a new link between
// two actors picked by typing (or created on the spot). There is no field for the excerpt's words:
// they are the passage, shown read-only. The form warns when the passage leaves out a hedge or an
// attribution of its sentence (the editorial check `excerpt-drops-frame`) and offers to widen it,
// and when a passage that hedges itself ("allegedly", "may") is to be called confirmed.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { ClaimStatus, Entity, EntityType, LoadedDataset, RelationType } from "../../data/types";
import { ATTRIBUTION_KINDS, CLAIM_STATUSES, ENTITY_TYPES, RELATION_TYPES } from "../../data/vocabulary";
import { freeId, slugify } from "../../domain/edit/ids";
import { type EditOp, passageQuote, takenIds } from "../../domain/edit/ops";
import { passageHedge, passageWarning } from "../../domain/edit/passage";
import { announce } from "../../lib/announce";
import { commit } from "../../state/editActions";
import { useStore } from "../../state/store";
import {
  ActorOptions,
  CheckField,
  ErrorList,
  errorsByField,
  Field,
  GUESS_KIND,
  linkOption,
  resolveActor,
  resolveLink,
  SelectField,
  TextField,
} from "./fields";

interface Props {
  dataset: LoadedDataset;
  article: { id: string; text: string; publisher: string };
  passage: { start: number; end: number };
  onWiden: (start: number, end: number) => void;
  onClose: () => void;
}

interface NewActor {
  type: EntityType;
  description: string;
  unnamed: boolean;
}

const NO_ACTOR: NewActor = { type: "person", description: "", unnamed: false };

export function EvidenceForm({ dataset, article, passage, onWiden, onClose }: Props) {
  const ids = useId();
  const select = useStore((s) => s.select);
  // The link selected when the form opens is the one offered, should the passage be for a link that
  // exists (a new link stays the default: in a session of adding links, the last one is selected).
  const selected = useStore((s) => s.view.selection);
  const [mode, setMode] = useState<"new" | "existing">("new");
  const [link, setLink] = useState(() => {
    const r = selected?.kind === "relation" ? dataset.relations.find((x) => x.id === selected.id) : undefined;
    return r ? linkOption(dataset, r) : "";
  });
  const [source, setSource] = useState("");
  const [target, setTarget] = useState("");
  const [newSource, setNewSource] = useState<NewActor>(NO_ACTOR);
  const [newTarget, setNewTarget] = useState<NewActor>(NO_ACTOR);
  const [type, setType] = useState<RelationType>("business");
  const [directed, setDirected] = useState(true);
  const [label, setLabel] = useState("");
  const [status, setStatus] = useState<ClaimStatus>("reported");
  const [linkStatus, setLinkStatus] = useState<ClaimStatus | "same">("same");
  const [attribution, setAttribution] = useState(article.publisher);
  const [attributionKind, setAttributionKind] = useState<string>("article");
  const [date, setDate] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ fields: Record<string, string>; rest: string[] }>({
    fields: {},
    rest: [],
  });

  // The form opens above the text it was opened from: focus goes to its first choice, or a keyboard
  // user's Tab would move on past it, into the text.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current
      ?.querySelector<HTMLElement>("input:checked, input, select")
      ?.focus({ preventScroll: false });
  }, []);

  const quote = useMemo(
    () => passageQuote(dataset, { article: article.id, ...passage }),
    [dataset, article.id, passage],
  );
  const warning = useMemo(
    () => passageWarning(article.text, passage.start, passage.end, status),
    [article.text, passage, status],
  );
  const hedge = useMemo(() => (quote.ok ? passageHedge(quote.quote, status) : null), [quote, status]);
  const sourceId = resolveActor(dataset, source);
  const targetId = resolveActor(dataset, target);

  const evidenceFields = {
    attribution: attribution.trim(),
    ...(attributionKind ? { attributionKind: attributionKind as (typeof ATTRIBUTION_KINDS)[number] } : {}),
    status,
    ...(date.trim() ? { date: date.trim() } : {}),
    ...(note.trim() ? { note: note.trim() } : {}),
  };

  const actorFor = (text: string, extra: NewActor, taken: Set<string>): Entity => {
    const id = freeId(text || "actor", taken);
    taken.add(id);
    return {
      id,
      name: text.trim(),
      aliases: [],
      type: extra.type,
      countries: [],
      organizations: [],
      roles: [],
      description: extra.description.trim(),
      ...(extra.unnamed ? { unnamed: true } : {}),
    };
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const p = { article: article.id, ...passage };
    let op: EditOp;
    let prefixes: Array<[string, string]>;
    let selectId: string;
    if (mode === "existing") {
      const relationId = resolveLink(dataset, link);
      if (!relationId) {
        setErrors({ fields: { link: "pick a link from the list (type to search)" }, rest: [] });
        return;
      }
      const at = dataset.relations.findIndex((r) => r.id === relationId);
      const n = dataset.relations[at]?.evidence.length ?? 0;
      op = { kind: "add-evidence", relation: relationId, passage: p, evidence: evidenceFields };
      prefixes = [
        [`relations[${at}].evidence[${n}]`, "ev-"],
        ["passage", "passage"],
        ["relation", "link"],
      ];
      selectId = relationId;
    } else {
      const fields: Record<string, string> = {};
      if (!source.trim()) fields.source = "type an actor's name, or a new one";
      if (!target.trim()) fields.target = "type an actor's name, or a new one";
      if (Object.keys(fields).length > 0) {
        setErrors({ fields, rest: [] });
        return;
      }
      const taken = takenIds(dataset);
      const ops: EditOp[] = [];
      const n = dataset.entities.length;
      const made: Array<[string, string]> = [];
      let src = sourceId;
      let tgt = targetId;
      if (!src) {
        const e = actorFor(source, newSource, taken);
        ops.push({ kind: "add-entity", entity: e });
        made.push([`entities[${n + made.length}]`, "source-"]);
        src = e.id;
      }
      if (!tgt) {
        const e = source.trim() === target.trim() && src ? null : actorFor(target, newTarget, taken);
        if (e) {
          ops.push({ kind: "add-entity", entity: e });
          made.push([`entities[${n + made.length}]`, "target-"]);
          tgt = e.id;
        } else tgt = src;
      }
      const id = freeId(`${src}-${tgt}-${slugify(label || type)}`, taken);
      const at = dataset.relations.length;
      ops.push({
        kind: "add-relation",
        id,
        relation: {
          source: src as string,
          target: tgt as string,
          type,
          directed,
          label: label.trim(),
          status: linkStatus === "same" ? status : linkStatus,
        },
        passage: p,
        evidence: evidenceFields,
      });
      op =
        ops.length === 1 ? (ops[0] as EditOp) : { kind: "batch", label: `add link “${label.trim()}”`, ops };
      prefixes = [
        [`relations[${at}].evidence[0]`, "ev-"],
        [`relations[${at}]`, ""],
        ...made,
        ["passage", "passage"],
      ];
      selectId = id;
    }
    const result = commit(op);
    if (!result.ok) {
      setErrors(errorsByField(result.errors, prefixes));
      announce(`Not added: ${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} to fix`);
      return;
    }
    announce(`Done: ${result.label}. Undo with Ctrl+Z.`);
    select({ kind: "relation", id: selectId });
    onClose();
  };

  const f = errors.fields;
  const newActorFields = (which: "source" | "target", value: NewActor, set: (v: NewActor) => void) => (
    <fieldset className="editor-new-actor">
      <legend>New actor “{which === "source" ? source.trim() : target.trim()}”</legend>
      <SelectField
        label="Kind of actor"
        error={f[`${which}-type`]}
        value={value.type}
        options={ENTITY_TYPES}
        onChange={(type) => set({ ...value, type: type as EntityType })}
      />
      <TextField
        label="Description"
        error={f[`${which}-description`]}
        hint="What the articles say this actor is, in a sentence."
        value={value.description}
        onChange={(description) => set({ ...value, description })}
      />
      <CheckField checked={value.unnamed} onChange={(unnamed) => set({ ...value, unnamed })}>
        The articles do not name this actor
      </CheckField>
    </fieldset>
  );

  return (
    <form className="evidence-form" aria-labelledby={`${ids}-title`} onSubmit={submit} ref={formRef}>
      <h3 id={`${ids}-title`}>Make this passage an excerpt</h3>
      <figure className="evidence-form-quote">
        <blockquote data-testid="evidence-quote">{quote.ok ? quote.quote : ""}</blockquote>
        <figcaption>
          {article.publisher}, characters {passage.start.toLocaleString("en")}–
          {passage.end.toLocaleString("en")}. The excerpt is the selected text, word for word.
        </figcaption>
      </figure>
      {!quote.ok && (
        <p className="editor-error" role="alert">
          The selection {quote.message}.
        </p>
      )}
      {f.passage && (
        <p className="editor-error" role="alert">
          The passage {f.passage}
        </p>
      )}
      {warning && (
        <div className="editor-warning" role="status" data-testid="hedge-warning">
          <p>
            The selection leaves out “{warning.phrase}” of its sentence, so on its own it reads surer than the
            article is. Widen it, or lower the claim status.
          </p>
          <button type="button" onClick={() => onWiden(warning.widened.start, warning.widened.end)}>
            Widen to keep “{warning.phrase}”
          </button>
        </div>
      )}
      {hedge && (
        <p className="editor-warning" role="status" data-testid="hedge-warning">
          The passage hedges (“{hedge}”): the article does not state it as fact, so “confirmed” would say more
          than it does. Choose “reported” or “unconfirmed”.
        </p>
      )}
      <fieldset className="editor-choice">
        <legend>Attach to</legend>
        <label>
          <input type="radio" name={`${ids}-mode`} checked={mode === "new"} onChange={() => setMode("new")} />
          A new link
        </label>
        <label>
          <input
            type="radio"
            name={`${ids}-mode`}
            checked={mode === "existing"}
            disabled={dataset.relations.length === 0}
            onChange={() => setMode("existing")}
          />
          An existing link
        </label>
      </fieldset>
      <ActorOptions id={`${ids}-actors`} dataset={dataset} />
      {mode === "existing" ? (
        <Field label="Link" error={f.link} hint="Type an actor's name or the link's words, then pick.">
          {(p) => (
            <>
              <input {...p} list={`${ids}-links`} value={link} onChange={(e) => setLink(e.target.value)} />
              <datalist id={`${ids}-links`}>
                {dataset.relations.map((r) => (
                  <option key={r.id} value={linkOption(dataset, r)} />
                ))}
              </datalist>
            </>
          )}
        </Field>
      ) : (
        <>
          <TextField
            label="From actor"
            error={f.source}
            hint={sourceId || !source.trim() ? undefined : "A new actor: describe it below."}
            list={`${ids}-actors`}
            value={source}
            onChange={setSource}
          />
          {!sourceId && source.trim() && newActorFields("source", newSource, setNewSource)}
          <TextField
            label="To actor"
            error={f.target}
            hint={targetId || !target.trim() ? undefined : "A new actor: describe it below."}
            list={`${ids}-actors`}
            value={target}
            onChange={setTarget}
          />
          {!targetId &&
            target.trim() &&
            target.trim() !== source.trim() &&
            newActorFields("target", newTarget, setNewTarget)}
          <SelectField
            label="Kind of link"
            error={f.type}
            value={type}
            options={RELATION_TYPES}
            onChange={(t) => setType(t as RelationType)}
          />
          <CheckField checked={directed} onChange={setDirected}>
            Directed (from the first actor to the second)
          </CheckField>
          <TextField
            label="Label"
            error={f.label}
            hint="A few words the link is drawn with, e.g. “met”."
            value={label}
            onChange={setLabel}
          />
          <SelectField
            label="Link's claim status"
            error={f.status}
            value={linkStatus}
            options={CLAIM_STATUSES}
            first={{ value: "same", label: "as the excerpt's" }}
            onChange={(v) => setLinkStatus(v as ClaimStatus | "same")}
          />
        </>
      )}
      <fieldset className="editor-group">
        <legend>The excerpt</legend>
        <SelectField
          label="Claim status"
          error={f["ev-status"]}
          hint="How sure the article is of what the passage says."
          value={status}
          options={CLAIM_STATUSES}
          onChange={(v) => setStatus(v as ClaimStatus)}
        />
        <TextField
          label="Attribution"
          error={f["ev-attribution"]}
          hint="Who the article says the claim comes from."
          value={attribution}
          onChange={setAttribution}
        />
        <SelectField
          label="Attribution kind"
          error={f["ev-attributionKind"]}
          value={attributionKind}
          options={ATTRIBUTION_KINDS}
          first={GUESS_KIND}
          onChange={setAttributionKind}
        />
        <TextField
          label="Date (optional)"
          error={f["ev-date"]}
          hint="YYYY, YYYY-MM or YYYY-MM-DD, as the article dates it."
          value={date}
          onChange={setDate}
        />
        <TextField label="Note (optional)" error={f["ev-note"]} value={note} onChange={setNote} />
      </fieldset>
      <ErrorList errors={errors.rest} />
      <div className="editor-actions">
        <button type="submit" className="primary" disabled={!quote.ok}>
          {mode === "new" ? "Add link with this excerpt" : "Add excerpt to the link"}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
