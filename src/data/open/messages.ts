// zod's issues, retold as sentences about a place in the file ("entities[3].name is missing"), never
// in zod's own wording ("Invalid input: expected string, received undefined").
import type { core } from "zod";
import { type Problem, problem } from "./problems";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Renders a path such as ["relations", 12, "evidence", 0, "quote"] as `relations[12].evidence[0].quote`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === "" ? "(root)" : out;
}

const MISSING = Symbol("missing");

/** The value at a path of the raw input, or MISSING when some step is not an own property. */
function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return MISSING;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** "a number", "a list", "null": what a value is, in words. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return value.trim() === "" ? "empty text" : "text";
    case "number":
      return "a number";
    case "boolean":
      return value ? "true" : "false";
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  null: "null",
};

/** A short, safe preview of a value for a message: `'javascript:alert(1)'`, `42`. */
function preview(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return `'${shown}'`;
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return kindOf(value);
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** One zod issue as one or more problems (an unknown key each its own), in the reader's words. */
export function issueProblems(issue: core.$ZodIssue, input: unknown): Problem[] {
  const at = (path: ReadonlyArray<PropertyKey>, message: string) =>
    problem("schema", formatPath(path), message);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      if (value === MISSING || value === undefined) return [at(issue.path, "is missing")];
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return [at(issue.path, `should be ${expected}, not ${kindOf(value)}`)];
    }
    case "invalid_value": {
      const values = issue.values.map((v) => (typeof v === "string" ? `'${v}'` : String(v)));
      if (value === MISSING) return [at(issue.path, "is missing")];
      if (values.length === 1) return [at(issue.path, `must be ${values[0]}, not ${preview(value)}`)];
      const known = values.length <= 12 ? `: one of ${values.join(", ")}` : "";
      return [at(issue.path, `is ${preview(value)}, which is not a known value${known}`)];
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string")
        return [
          at(
            issue.path,
            min <= 1 ? "is empty" : `must have at least ${plural(min, "character", "characters")}`,
          ),
        ];
      if (issue.origin === "array")
        return [at(issue.path, `must list at least ${plural(min, "item", "items")}`)];
      return [at(issue.path, `must be at least ${min}`)];
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") {
        const length = typeof value === "string" ? ` (it has ${value.length.toLocaleString("en")})` : "";
        return [
          at(issue.path, `is longer than the limit of ${plural(max, "character", "characters")}${length}`),
        ];
      }
      if (issue.origin === "array") {
        const length = Array.isArray(value) ? `has ${plural(value.length, "item", "items")}; ` : "";
        return [at(issue.path, `${length}the limit is ${plural(max, "item", "items")}`)];
      }
      return [at(issue.path, `must be at most ${max}`)];
    }
    case "invalid_format":
      // Our schema gives every pattern its own sentence ("must be an ISO date: …").
      return [at(issue.path, `${issue.message}${value === MISSING ? "" : ` (it is ${preview(value)})`}`)];
    case "unrecognized_keys":
      return issue.keys.map((key) =>
        at([...issue.path, key], "is not a field of the format (a typo, or a field from another tool?)"),
      );
    case "invalid_union":
      return unionProblems(issue, input);
    case "not_multiple_of":
      return [at(issue.path, `must be a multiple of ${issue.divisor}`)];
    case "invalid_key":
    case "invalid_element":
      return issue.issues.flatMap((inner) =>
        issueProblems({ ...inner, path: [...issue.path, ...inner.path] }, input),
      );
    case "custom":
      return [at(issue.path, issue.message)];
    default:
      return [at((issue as core.$ZodIssue).path, "is not valid here")];
  }
}

/**
 * A value that fits none of a field's forms (a date or a range; one of several literals; a choice
 * made by its `mode`): said once, in the words of the form it came closest to. zod gives each
 * form's issues with paths relative to the field.
 */
function unionProblems(issue: core.$ZodIssueInvalidUnion, input: unknown): Problem[] {
  const at = (message: string) => problem("schema", formatPath(issue.path), message);
  const value = valueAt(input, issue.path);
  if (value === MISSING || value === undefined) return [at("is missing")];
  // A choice made by one field (`mode`): zod's path already ends at that field.
  if (issue.discriminator !== undefined) {
    const options = ("options" in issue ? (issue.options ?? []) : []).map((v: unknown) =>
      typeof v === "string" ? `'${v}'` : String(v),
    );
    const known = options.length > 0 && options.length <= 12 ? `: one of ${options.join(", ")}` : "";
    return [at(`is ${preview(value)}, which is not a known value${known}`)];
  }
  const forms = issue.errors.filter((form) => form.length > 0);
  if (forms.length === 0) return [at("fits more than one of its forms")];
  const top = forms.map((form) => (form.length === 1 && form[0]?.path.length === 0 ? form[0] : null));
  // Several literals (depth 1, 2 or 3): one list of the values it may take.
  if (top.every((i) => i?.code === "invalid_value")) {
    const values = top.flatMap((i) => (i?.code === "invalid_value" ? i.values : []));
    const shown = values.map((v) => (typeof v === "string" ? `'${v}'` : String(v)));
    return [at(`is ${preview(value)}, which is not a known value: one of ${shown.join(", ")}`)];
  }
  // Not the kind of value any form is (a number where text or an object goes).
  if (top.every((i) => i?.code === "invalid_type")) {
    const kinds = [
      ...new Set(top.map((i) => (i?.code === "invalid_type" ? (EXPECTED[i.expected] ?? i.expected) : ""))),
    ];
    return [at(`should be ${kinds.join(" or ")}, not ${kindOf(value)}`)];
  }
  // Otherwise the form it came closest to: the one whose problems lie deepest inside it.
  const depth = (form: core.$ZodIssue[]) => Math.max(...form.map((i) => i.path.length));
  const closest = forms.reduce((best, form) => (depth(form) > depth(best) ? form : best));
  return closest.flatMap((inner) => issueProblems({ ...inner, path: [...issue.path, ...inner.path] }, input));
}
