import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { writeZip } from "../../lib/zip";
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

describe("#loadFromFiles with a .zip", () => {
  const onProgress = () => {};
  const NOW = new Date(2026, 11, 1, 12, 0, 0);
  /** The minimal example with its article's text in `articles/…` beside it, as "Save dataset" writes it. */
  const saved = () => {
    const data = minimal();
    const text = data.articles[0]?.text as string;
    delete data.articles[0]?.text;
    return { json: JSON.stringify(data), text };
  };
  const zipFile = async (name: string, entries: { name: string; data: string | Uint8Array }[]) => {
    const blob = new Blob([(await writeZip(entries, { date: NOW })) as BlobPart]);
    return { name, size: blob.size, stream: () => blob.stream() } satisfies FileLike;
  };
  const patched = async (name: string, zip: Uint8Array) => {
    const blob = new Blob([zip as BlobPart]);
    return { name, size: blob.size, stream: () => blob.stream() } satisfies FileLike;
  };

  it("should open the .json and the .txt files inside it, texts matched by their path beside the .json", async () => {
    const { json, text } = saved();
    for (const folder of ["", "harbour/"]) {
      const zip = await zipFile("harbour.zip", [
        { name: `${folder}harbour.json`, data: json },
        { name: `${folder}articles/gazette-2024-03-01.txt`, data: text },
      ]);
      const outcome = await loadFromFiles([zip], onProgress);
      expect(outcome).toMatchObject({ ok: true, file: `harbour.zip/${folder}harbour.json` });
      if (outcome.ok) expect(outcome.dataset.articles[0]?.text).toBe(text);
    }
  });

  it("should check what is inside as it checks loose files, naming the entry", async () => {
    const { json } = saved();
    const missing = await zipFile("harbour.zip", [{ name: "harbour.json", data: json }]);
    expect(problemsOf(await loadFromFiles([missing], onProgress))).toEqual([
      {
        file: "harbour.zip/harbour.json",
        path: "articles[0]",
        message: `has no text: embed it as "text", or give its file 'articles/gazette-2024-03-01.txt' with the dataset`,
      },
    ]);
    const none = await zipFile("texts.zip", [{ name: "articles/a.txt", data: "words" }]);
    expect(problemsOf(await loadFromFiles([none], onProgress))).toEqual([
      { file: "texts.zip", path: "(file)", message: "no .json dataset in texts.zip" },
    ]);
    const other = await zipFile("harbour.zip", [
      { name: "harbour.json", data: json },
      { name: "photo.png", data: "" },
    ]);
    expect(problemsOf(await loadFromFiles([other], onProgress))).toEqual([
      {
        file: "harbour.zip/photo.png",
        path: "(file)",
        message: "is neither a dataset (.json) nor an article text (.txt)",
      },
    ]);
  });

  it("should open a .zip on its own, and refuse one over the size limit without reading it", async () => {
    const zip = await zipFile("harbour.zip", [{ name: "harbour.json", data: MINIMAL }]);
    expect(problemsOf(await loadFromFiles([zip, file("extra.txt", "x")], onProgress))).toEqual([
      {
        file: "harbour.zip",
        path: "(file)",
        message: "a .zip opens on its own, without other files (2 were given)",
      },
    ]);
    const huge = file("huge.zip", "", { size: FILE_LIMITS.zipBytes + 1, unreadable: true });
    expect(problemsOf(await loadFromFiles([huge], onProgress))).toEqual([
      {
        file: "huge.zip",
        path: "(file)",
        message: "is 70.0 MB, larger than the limit of 70.0 MB for a .zip",
      },
    ]);
  });

  it("should refuse more entries than the limits allow", async () => {
    const entries = Array.from({ length: FILE_LIMITS.zipEntries + 1 }, (_, i) => ({
      name: `a${i}.txt`,
      data: "",
    }));
    expect(problemsOf(await loadFromFiles([await zipFile("many.zip", entries)], onProgress))).toEqual([
      { file: "many.zip", path: "(file)", message: "holds 203 entries; the limit is 202" },
    ]);
    const files = Array.from({ length: FILE_LIMITS.files }, (_, i) => ({ name: `a${i}.txt`, data: "" }));
    const many = await zipFile("many.zip", [{ name: "m.json", data: MINIMAL }, ...files]);
    expect(problemsOf(await loadFromFiles([many], onProgress))).toEqual([
      { file: "many.zip/m.json", path: "(file)", message: "too many files (102); the limit is 101" },
    ]);
  });

  it("should refuse an entry that declares more than its limit, before inflating anything", async () => {
    const { json, text } = saved();
    const zip = await writeZip(
      [
        { name: "harbour.json", data: json },
        { name: "articles/gazette-2024-03-01.txt", data: text },
      ],
      { date: NOW },
    );
    // The second entry's central record: declared uncompressed size just over the limit.
    const v = new DataView(zip.buffer);
    let at = v.getUint32(zip.length - 22 + 16, true);
    at += 46 + v.getUint16(at + 28, true);
    v.setUint32(at + 24, FILE_LIMITS.textBytes + 1, true);
    const inflate = vi.spyOn(globalThis, "DecompressionStream");
    expect(problemsOf(await loadFromFiles([await patched("harbour.zip", zip)], onProgress))).toEqual([
      {
        file: "harbour.zip/articles/gazette-2024-03-01.txt",
        path: "(file)",
        message: "is 2.0 MB uncompressed, larger than the limit of 2.0 MB for an article",
      },
    ]);
    expect(inflate).not.toHaveBeenCalled();
    inflate.mockRestore();
  });

  it("should stop an entry that holds more than it declares, and refuse an unsafe or encrypted one", async () => {
    const bomb = await writeZip(
      [
        { name: "harbour.json", data: MINIMAL },
        { name: "articles/bomb.txt", data: new Uint8Array(8 * 1024 * 1024) },
      ],
      { date: NOW },
    );
    const v = new DataView(bomb.buffer);
    let at = v.getUint32(bomb.length - 22 + 16, true);
    at += 46 + v.getUint16(at + 28, true);
    v.setUint32(at + 24, 100, true);
    expect(problemsOf(await loadFromFiles([await patched("bomb.zip", bomb)], onProgress))).toEqual([
      {
        file: "bomb.zip/articles/bomb.txt",
        path: "(file)",
        message: "holds more than the 100 bytes it declares (stopped there)",
      },
    ]);
    const unsafe = await zipFile("up.zip", [
      { name: "harbour.json", data: MINIMAL },
      { name: "../articles/x.txt", data: "x" },
    ]);
    expect(problemsOf(await loadFromFiles([unsafe], onProgress))).toEqual([
      {
        file: "up.zip/../articles/x.txt",
        path: "(file)",
        message: "has a path that climbs out of its folder with '..'",
      },
    ]);
    const locked = await writeZip([{ name: "harbour.json", data: MINIMAL }], { date: NOW });
    const c = new DataView(locked.buffer).getUint32(locked.length - 22 + 16, true);
    new DataView(locked.buffer).setUint16(c + 8, 0x0801, true);
    expect(problemsOf(await loadFromFiles([await patched("locked.zip", locked)], onProgress))).toEqual([
      {
        file: "locked.zip/harbour.json",
        path: "(file)",
        message: "is encrypted: open a .zip made without a password",
      },
    ]);
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
