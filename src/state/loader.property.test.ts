// The loader is the front door: whatever a file holds, loading it must not throw, must say what is
// wrong and where, and must leave the dataset that was open (and the view) as it was. These
// properties feed it thousands of generated bad inputs, through the same path the app uses.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { type LoadOutcome, loadFromText } from "../data/sources";
import { tinyDataset } from "../test/fixtures";
import { applyLoadOutcome } from "./openDataset";
import { initialState, useStore } from "./store";

const MINIMAL = readFileSync("data/examples/minimal.json", "utf8");
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const minimal = () => JSON.parse(MINIMAL) as { [key: string]: Json };
const RUNS = 250; // per property; 6 properties below: 1,500 bad inputs per run of the suite

/** Every path to a value inside a JSON value, e.g. ["relations", 0, "evidence", 0, "quote"]. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value && typeof value === "object") {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return here;
}

function getAt(root: Json, path: (string | number)[]): Json {
  let at: Json = root;
  for (const key of path) at = (at as Record<string | number, Json>)[key] as Json;
  return at;
}

function setAt(root: Json, path: (string | number)[], value: Json): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = value;
}

const kind = (v: Json) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** Loads like the app does and checks the properties every bad input must satisfy. */
function expectRefused(text: string) {
  const before = useStore.getState();
  let outcome: LoadOutcome | undefined;
  expect(() => {
    outcome = loadFromText("bad.json", text, new Map());
    applyLoadOutcome(outcome);
  }).not.toThrow();
  expect(outcome?.ok).toBe(false);
  if (!outcome || outcome.ok) return;
  expect(outcome.problems.length).toBeGreaterThanOrEqual(1);
  for (const problem of outcome.problems) {
    expect(problem.path.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.file).toBe("bad.json");
  }
  const after = useStore.getState();
  expect(after.dataset).toBe(before.dataset);
  expect(after.index).toBe(before.index);
  expect(after.view.selection).toBe(before.view.selection);
  expect(after.view.filters).toBe(before.view.filters);
  expect(after.view.search).toBe(before.view.search);
  expect(after.view.focus).toBe(before.view.focus);
  expect(after.visibility).toBe(before.visibility);
  expect(after.loadProblems).toBe(outcome.problems);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** A path into the minimal dataset, chosen by the generator. */
const anyPath = () => {
  const paths = pathsOf(minimal());
  return fc.integer({ min: 0, max: paths.length - 1 }).map((i) => paths[i] as (string | number)[]);
};

const ID_PATHS: (string | number)[][] = [
  ["relations", 0, "source"],
  ["relations", 0, "target"],
  ["relations", 1, "source"],
  ["relations", 1, "target"],
  ["entities", 2, "organizations", 0],
  ["relations", 0, "evidence", 0, "article"],
  ["relations", 1, "evidence", 0, "article"],
  ["articles", 0, "derivedFrom"],
];

describe("the loader, fed bad input", () => {
  beforeEach(() => {
    useStore.setState(initialState, true);
    useStore.getState().setDataset(tinyDataset());
    useStore.getState().select({ kind: "entity", id: "bob" });
    useStore.getState().setSearch("Bob");
    useStore.getState().setFocus("bob");
  });

  it("should refuse truncated JSON", () => {
    const end = MINIMAL.trimEnd().length - 1; // cutting anywhere before the last brace
    fc.assert(
      fc.property(fc.integer({ min: 0, max: end }), (cut) => expectRefused(MINIMAL.slice(0, cut))),
      { numRuns: RUNS },
    );
  });

  it("should refuse values of the wrong type", () => {
    const other: fc.Arbitrary<Json> = fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.string(),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
    );
    fc.assert(
      fc.property(anyPath(), other, (path, value) => {
        const data = minimal();
        const original = getAt(data, path);
        // Only replacements that change the JSON type, and neither null nor a string where both are
        // allowed (author, derivedFrom).
        const nullable = path[path.length - 1] === "author" || path[path.length - 1] === "derivedFrom";
        fc.pre(
          kind(value) !== kind(original) && !(nullable && (value === null || typeof value === "string")),
        );
        setAt(data, path, value);
        expectRefused(JSON.stringify(data));
      }),
      { numRuns: RUNS },
    );
  });

  it("should refuse references to ids that do not exist", () => {
    const freshId = fc
      .stringMatching(/^[a-z]{3,12}(-[a-z0-9]{1,6})?$/)
      .filter((id) => !MINIMAL.includes(`"${id}"`));
    fc.assert(
      fc.property(fc.constantFrom(...ID_PATHS), freshId, (path, id) => {
        const data = minimal();
        setAt(data, path, id);
        expectRefused(JSON.stringify(data));
      }),
      { numRuns: RUNS },
    );
  });

  it("should refuse duplicate ids", () => {
    const pairs = [
      ["entities", 0, 1],
      ["entities", 1, 2],
      ["entities", 0, 2],
      ["relations", 0, 1],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.boolean(), ([list, a, b], flip) => {
        const data = minimal();
        const items = data[list] as { id: Json }[];
        const [from, to] = flip ? [b, a] : [a, b];
        (items[to] as { id: Json }).id = (items[from] as { id: Json }).id;
        expectRefused(JSON.stringify(data));
      }),
      { numRuns: RUNS },
    );
  });

  it("should refuse prototype-polluting keys and ids", () => {
    const key = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty");
    const objectPaths = pathsOf(minimal()).filter((p) => kind(getAt(minimal(), p)) === "object");
    const where = fc.constantFrom<(string | number)[]>([], ...objectPaths);
    const idPaths = fc.constantFrom<(string | number)[]>(
      ["entities", 0, "id"],
      ["relations", 0, "id"],
      ["articles", 0, "id"],
      ...ID_PATHS,
    );
    fc.assert(
      fc.property(fc.boolean(), where, idPaths, key, (asKey, objectPath, idPath, name) => {
        const data = minimal();
        if (asKey) {
          // Written as text: a `__proto__` key in an object literal would set the prototype instead.
          const payload = JSON.stringify({ polluted: true });
          const text = JSON.stringify(data, (_k, v) =>
            v === getAt(data, objectPath) ? { ...v, [`@@${name}`]: 0 } : v,
          ).replace(`"@@${name}":0`, `${JSON.stringify(name)}:${payload}`);
          expectRefused(text);
        } else {
          fc.pre(name !== "prototype"); // a fine id: no plain object inherits a key of that name
          setAt(data, idPath, name);
          expectRefused(JSON.stringify(data));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("should refuse huge strings, in values and in keys", () => {
    const stringPaths = pathsOf(minimal()).filter(
      (p) => typeof getAt(minimal(), p) === "string" && p[p.length - 1] !== "text",
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...stringPaths),
        fc.integer({ min: 2_001, max: 300_000 }),
        fc.boolean(),
        (path, length, asKey) => {
          const data = minimal();
          const huge = "\u202E<script>".padEnd(length, "x");
          const parent = getAt(data, path.slice(0, -1));
          if (asKey && kind(parent) === "object") (parent as Record<string, Json>)[huge] = 1;
          else setAt(data, path, huge);
          expectRefused(JSON.stringify(data));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("should keep problems short, whatever the input", () => {
    const data = minimal();
    (data as Record<string, Json>)["k".repeat(100_000)] = 1;
    const outcome = loadFromText("bad.json", JSON.stringify(data), new Map());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      for (const p of outcome.problems) expect(p.path.length + p.message.length).toBeLessThanOrEqual(500);
    }
  });
});
