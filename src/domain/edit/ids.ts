// Ids for what the editor creates: made from a name, never colliding, never reserved. Actors and
// links share one id space (they are nodes and edges of one graph), so both are checked together.
import { ID_PATTERN } from "../../data/schema";

/** Keys of every plain object: as element ids they would be mistaken for present keys (FIELD-NOTES). */
const RESERVED = new Set(["constructor", "__proto__", "prototype", "tostring", "valueof", "hasownproperty"]);

/** Lowercase words joined by dashes, at most 60 characters; "item" when nothing is left. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug === "" || RESERVED.has(slug) ? `${slug || "item"}-1` : slug;
}

/** Why `id` cannot be used for something new, or null when it can. */
export function idProblem(id: string, taken: ReadonlySet<string>): string | null {
  if (id === "") return "is empty: give an id";
  if (RESERVED.has(id.toLowerCase()))
    return `'${id}' is reserved (a built-in name of every object): choose another id`;
  if (id.length > 80) return "is longer than 80 characters";
  if (!ID_PATTERN.test(id)) return "must be lowercase letters, digits and single dashes";
  if (taken.has(id)) return `'${id}' is already used: ids of actors and links must all differ`;
  return null;
}

/** `base`, or `base-2`, `base-3`, … : the first that is free. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  const root = slugify(base);
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const id = `${root.slice(0, 70)}-${n}`;
    if (!taken.has(id)) return id;
  }
}
