import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkJsonText } from "./check";
import { type FileLike, loadFromFiles } from "./files";
import { FILE_LIMITS } from "./limits";
import type { LoadProgress, LoadResult } from "./result";
import { loadFromUrl, resolveDataUrl } from "./url";

const MINIMAL = readFileSync("data/examples/minimal.json", "utf8");
const minimal = () =>
  JSON.parse(MINIMAL) as Record<string, unknown> & { articles: Record<string, unknown>[] };
const none = new Map<string, string>();

function problemsOf(outcome: LoadResult) {
  if (outcome.ok) throw new Error("expected the load to fail");
  return outcome.problems.map(({ code: _code, severity: _severity, ...rest }) => rest);
}

/** A file in memory; `unreadable` files fail the test if the loader reads them. */
function file(name: string, text: string, options: { size?: number; unreadable?: boolean } = {}): FileLike {
  const blob = new Blob([text]);
  return {
    name,
    size: options.size ?? blob.size,
    stream: () => {
      if (options.unreadable) throw new Error(`${name} was read`);
      return blob.stream();
    },
  };
}

describe("#checkJsonText", () => {
  it("should load the minimal example of the README", () => {
    const outcome = checkJsonText("minimal.json", MINIMAL, none);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.dataset.entities).toHaveLength(3);
      expect(outcome.dataset.articles[0]?.text).toContain("Deepwater Works");
    }
  });

  it("should say where JSON stops making sense, by line and column", () => {
    const text = MINIMAL.replace('"title": "Harbour', '"title": Harbour');
    const [problem] = problemsOf(checkJsonText("mine.json", text, none));
    expect(problem).toEqual({
      file: "mine.json",
      path: "(file)",
      message: 'is not valid JSON: at line 3, column 12, unexpected "H"',
    });
  });

  it("should name the file, the path and what is wrong, several at once", () => {
    const data = minimal();
    const relations = data.relations as Record<string, unknown>[];
    (relations[0] as Record<string, unknown>).target = "acme-corp";
    (relations[1] as Record<string, unknown>).source = "nobody";
    const problems = problemsOf(checkJsonText("graph.json", JSON.stringify(data), none));
    expect(problems).toEqual([
      { file: "graph.json", path: "relations[0].target", message: "names no actor 'acme-corp'" },
      { file: "graph.json", path: "relations[1].source", message: "names no actor 'nobody'" },
    ]);
  });

  it("should report an excerpt missing from its article", () => {
    const data = minimal();
    const relation = (data.relations as { evidence: { quote: string }[] }[])[0];
    if (relation?.evidence[0]) relation.evidence[0].quote = "Words the article never used.";
    expect(problemsOf(checkJsonText("graph.json", JSON.stringify(data), none))).toEqual([
      {
        file: "graph.json",
        path: "relations[0].evidence[0].quote",
        message: "is not found word for word in article 'gazette-2024-03-01'",
      },
    ]);
  });

  it("should match article texts by path or by file name", () => {
    const data = minimal();
    const text = data.articles[0]?.text as string;
    delete data.articles[0]?.text;
    const json = JSON.stringify(data);
    expect(checkJsonText("g.json", json, new Map([["gazette-2024-03-01.txt", text]])).ok).toBe(true);
    expect(checkJsonText("g.json", json, new Map([["articles/gazette-2024-03-01.txt", text]])).ok).toBe(true);
    const [problem] = problemsOf(checkJsonText("g.json", json, new Map([["other.txt", text]])));
    expect(problem?.path).toBe("articles[0]");
    expect(problem?.message).toBe(
      `has no text: embed it as "text", or give its file 'articles/gazette-2024-03-01.txt' with the dataset`,
    );
  });

  it("should refuse article addresses that are not http or https", () => {
    const data = minimal();
    (data.articles[0] as Record<string, unknown>).url = "javascript:alert(1)";
    expect(problemsOf(checkJsonText("g.json", JSON.stringify(data), none))[0]?.path).toBe("articles[0].url");
  });

  it("should refuse more elements than the limits before checking any of them", () => {
    const data = minimal();
    data.entities = Array.from({ length: 25_001 }, () => null);
    expect(problemsOf(checkJsonText("big.json", JSON.stringify(data), none))).toEqual([
      { file: "big.json", path: "entities", message: "has 25,001 items; the limit is 25,000" },
    ]);
  });

  it("should cap the number of problems it lists", () => {
    const data = minimal();
    data.entities = Array.from({ length: 1000 }, () => ({}));
    const problems = problemsOf(checkJsonText("g.json", JSON.stringify(data), none));
    expect(problems).toHaveLength(201);
    expect(problems[200]?.message).toMatch(/^and [\d,]+ more problems not listed$/);
  });

  it("should accept a byte order mark", () => {
    expect(checkJsonText("bom.json", `\uFEFF${MINIMAL}`, none).ok).toBe(true);
  });
});

describe("#loadFromFiles", () => {
  const progress: LoadProgress[] = [];
  const onProgress = (p: LoadProgress) => progress.push(p);

  it("should open a .json with its articles' .txt files", async () => {
    const data = minimal();
    const text = data.articles[0]?.text as string;
    delete data.articles[0]?.text;
    const outcome = await loadFromFiles(
      [file("gazette-2024-03-01.txt", text), file("harbour.json", JSON.stringify(data))],
      onProgress,
    );
    expect(outcome).toMatchObject({ ok: true, file: "harbour.json" });
    expect(progress.at(-1)).toEqual({ file: "harbour.json", phase: "checking", fraction: null });
  });

  it("should refuse files over the size limits without reading them", async () => {
    const problems = problemsOf(
      await loadFromFiles(
        [
          file("huge.json", "{}", { size: FILE_LIMITS.jsonBytes + 1, unreadable: true }),
          file("long.txt", "", { size: FILE_LIMITS.textBytes + 1, unreadable: true }),
        ],
        onProgress,
      ),
    );
    expect(problems).toEqual([
      { file: "huge.json", path: "(file)", message: "is 50.0 MB, larger than the limit of 50.0 MB" },
      {
        file: "long.txt",
        path: "(file)",
        message: "is 2.0 MB, larger than the limit of 2.0 MB for an article",
      },
    ]);
  });

  it("should refuse a set of files without exactly one .json, or with other kinds of file", async () => {
    expect(problemsOf(await loadFromFiles([file("a.txt", "x")], onProgress))[0]?.message).toBe(
      "no .json dataset among the files opened",
    );
    const two = problemsOf(await loadFromFiles([file("a.json", "{}"), file("b.json", "{}")], onProgress));
    expect(two[0]?.message).toBe("open one .json dataset at a time (2 were given)");
    const other = problemsOf(await loadFromFiles([file("a.json", MINIMAL), file("x.png", "")], onProgress));
    expect(other[0]).toEqual({
      file: "x.png",
      path: "(file)",
      message: "is neither a dataset (.json) nor an article text (.txt)",
    });
  });
});

describe("#resolveDataUrl", () => {
  const page = "https://throughline.example/app/?data=x";

  it("should resolve addresses on the page's origin", () => {
    const r = resolveDataUrl("data/story.json", page);
    expect(r.ok && r.url.href).toBe("https://throughline.example/app/data/story.json");
    expect(resolveDataUrl("/story.json", page).ok).toBe(true);
  });

  it("should refuse other origins and other schemes", () => {
    for (const raw of [
      "https://evil.example/x.json",
      "//evil.example/x.json",
      "http://throughline.example/x.json",
      "javascript:alert(1)",
      "data:application/json,{}",
      "file:///etc/passwd",
      "blob:https://throughline.example/1",
    ]) {
      expect(resolveDataUrl(raw, page).ok, raw).toBe(false);
    }
    expect(resolveDataUrl("javascript:alert(1)", page)).toEqual({
      ok: false,
      message: "only http and https addresses can be opened, not javascript",
    });
  });
});

describe("#loadFromUrl", () => {
  const page = "https://throughline.example/";
  const server = (files: Record<string, string>, redirect?: string) => async (input: string) => {
    const url = new URL(input);
    const body = Object.hasOwn(files, url.pathname) ? files[url.pathname] : undefined;
    const response = body === undefined ? new Response("not here", { status: 404 }) : new Response(body);
    Object.defineProperty(response, "url", { value: redirect ?? input });
    return response;
  };

  it("should fetch the dataset and the articles it names, relative to it", async () => {
    const data = minimal();
    const text = data.articles[0]?.text as string;
    delete data.articles[0]?.text;
    const fetcher = server({
      "/stories/harbour.json": JSON.stringify(data),
      "/stories/articles/gazette-2024-03-01.txt": text,
    });
    const outcome = await loadFromUrl("stories/harbour.json", page, () => {}, fetcher);
    expect(outcome).toMatchObject({ ok: true, file: "harbour.json" });
  });

  it("should say when a file cannot be fetched", async () => {
    const data = minimal();
    delete data.articles[0]?.text;
    const fetcher = server({ "/harbour.json": JSON.stringify(data) });
    const problems = problemsOf(await loadFromUrl("/harbour.json", page, () => {}, fetcher));
    expect(problems[0]).toEqual({
      file: "gazette-2024-03-01.txt",
      path: "(file)",
      message: "could not be fetched: the server answered 404",
    });
    expect(problemsOf(await loadFromUrl("/gone.json", page, () => {}, fetcher))[0]?.message).toBe(
      "could not be fetched: the server answered 404",
    );
  });

  it("should refuse other origins without fetching, and redirects to them", async () => {
    const never = async (): Promise<Response> => {
      throw new Error("fetched");
    };
    const problems = problemsOf(await loadFromUrl("https://evil.example/x.json", page, () => {}, never));
    expect(problems[0]?.message).toMatch(/^is on another site/);
    const redirected = server({ "/x.json": MINIMAL }, "https://evil.example/x.json");
    expect(problemsOf(await loadFromUrl("/x.json", page, () => {}, redirected))[0]?.message).toBe(
      "could not be fetched: was redirected to another site",
    );
  });
});
