// Form pieces the editor's forms share: a labelled field with its error beside it (announced), and
// actor or link pickers that take typing (a native list of suggestions, keyboard first).
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
  hint?: string;
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
