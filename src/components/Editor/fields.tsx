// Form pieces the editor's forms share: a labelled field with its error beside it (announced), as
// a text field, a choice or a check box; and actor or link pickers that take typing (a native list
// of suggestions, keyboard first).
import { type ReactNode, useId } from "react";
import type { LoadedDataset } from "../../data/types";

export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ");
  return (
    <div className={`editor-field${error ? " has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint && (
        <span className="editor-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="editor-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

interface RowProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A labelled text field (a text area when `rows` is given), its error beside it. */
export function TextField({
  value,
  onChange,
  rows,
  list,
  ...row
}: RowProps & { value: string; onChange: (value: string) => void; rows?: number; list?: string }) {
  return (
    <Field {...row}>
      {(p) =>
        rows ? (
          <textarea {...p} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...p} list={list} value={value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

/** A labelled choice among a vocabulary's words, with an optional first choice of its own. */
export function SelectField({
  value,
  options,
  onChange,
  first,
  ...row
}: RowProps & {
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  first?: { value: string; label: string };
}) {
  return (
    <Field {...row}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {first && <option value={first.value}>{first.label}</option>}
          {options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The first choice of an attribution kind: none, so that the app guesses it from the attribution. */
export const GUESS_KIND = { value: "", label: "guess from the attribution" };

/** A check box with its label. */
export function CheckField({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="editor-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {children}
    </label>
  );
}

/** The errors no field of the form owns, announced. */
export function ErrorList({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="editor-error" role="alert">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** How an actor is offered in a picker: its name and, to tell namesakes apart, its id. */
export const actorOption = (e: { id: string; name: string }) => `${e.name} (${e.id})`;

/** The actor a picker's text names: an offered option, an id, or a name only one actor has. */
export function resolveActor(dataset: LoadedDataset, text: string): string | null {
  const t = text.trim();
  if (t === "") return null;
  const byOption = dataset.entities.find((e) => actorOption(e) === t);
  if (byOption) return byOption.id;
  const byId = dataset.entities.find((e) => e.id === t);
  if (byId) return byId.id;
  const named = dataset.entities.filter((e) => e.name.toLowerCase() === t.toLowerCase());
  return named.length === 1 ? (named[0]?.id ?? null) : null;
}

export const linkOption = (
  dataset: LoadedDataset,
  r: { id: string; source: string; target: string; label: string },
) => {
  const name = (id: string) => dataset.entities.find((e) => e.id === id)?.name ?? id;
  return `${name(r.source)} – ${r.label} – ${name(r.target)} (${r.id})`;
};

export function resolveLink(dataset: LoadedDataset, text: string): string | null {
  const t = text.trim();
  return dataset.relations.find((r) => linkOption(dataset, r) === t || r.id === t)?.id ?? null;
}

export function ActorOptions({ id, dataset }: { id: string; dataset: LoadedDataset }) {
  return (
    <datalist id={id}>
      {dataset.entities.map((e) => (
        <option key={e.id} value={actorOption(e)} />
      ))}
    </datalist>
  );
}

/** Errors by form field, from the loader's JSON paths under `prefixes` (path prefix → field prefix). */
export function errorsByField(
  errors: ReadonlyArray<{ path: string; message: string }>,
  prefixes: ReadonlyArray<[string, string]>,
): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const e of errors) {
    const match = prefixes.find(
      ([p]) => e.path === p || e.path.startsWith(`${p}.`) || e.path.startsWith(`${p}[`),
    );
    if (!match) {
      rest.push(`${e.path}: ${e.message}`);
      continue;
    }
    const key = `${match[1]}${e.path
      .slice(match[0].length)
      .replace(/^\./, "")
      .replace(/\[\d+\]$/, "")}`;
    fields[key] ??= e.message;
  }
  return { fields, rest };
}
