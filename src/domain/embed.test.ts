import { describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { embedCode, embedUrl, normalizeOrigin, parseEmbedParams, parseHostMessage } from "./embed";
import { buildIndex } from "./indexes";
import { queryToView } from "./permalink";

const index = buildIndex(tinyDataset());

describe("#parseEmbedParams", () => {
  it("should read embed=1 and the one origin allowed to drive it", () => {
    expect(parseEmbedParams("?embed=1&host=https://news.example.org")).toEqual({
      embed: true,
      host: "https://news.example.org",
    });
    expect(parseEmbedParams("?entity=alice")).toEqual({ embed: false, host: null });
  });

  it("should allow no host that is not a bare http(s) origin", () => {
    for (const bad of [
      "javascript:alert(1)",
      "https://news.example.org/story",
      "https://user:pw@news.example.org",
      "https://news.example.org?x=1",
      "*",
      "null",
      "",
    ]) {
      expect(normalizeOrigin(bad)).toBeNull();
    }
    expect(normalizeOrigin("https://News.Example.org:443/")).toBe("https://news.example.org");
    expect(normalizeOrigin("http://127.0.0.1:5208")).toBe("http://127.0.0.1:5208");
  });

  it("should leave the embed's parameters out of the view, without a notice", () => {
    const { ignored } = queryToView("?embed=1&host=https://a.example&entity=alice", tinyDataset(), index);
    expect(ignored).toEqual([]);
  });
});

describe("#parseHostMessage", () => {
  it("should select an actor or a link by id, and clear with null", () => {
    expect(parseHostMessage({ type: "throughline:select", id: "alice" }, index)).toEqual({
      ok: true,
      command: { type: "select", selection: { kind: "entity", id: "alice" } },
    });
    expect(parseHostMessage({ type: "throughline:select", id: "alice-bob" }, index)).toEqual({
      ok: true,
      command: { type: "select", selection: { kind: "relation", id: "alice-bob" } },
    });
    expect(parseHostMessage({ type: "throughline:select", id: null }, index)).toEqual({
      ok: true,
      command: { type: "select", selection: null },
    });
  });

  it("should focus on an actor to depth 1–3, and reset", () => {
    expect(parseHostMessage({ type: "throughline:focus", id: "bob", depth: 2 }, index)).toEqual({
      ok: true,
      command: { type: "focus", focus: { id: "bob", depth: 2 } },
    });
    expect(parseHostMessage({ type: "throughline:focus", id: "bob" }, index)).toMatchObject({
      command: { focus: { depth: 1 } },
    });
    expect(parseHostMessage({ type: "throughline:reset" }, index)).toEqual({
      ok: true,
      command: { type: "reset" },
    });
  });

  it("should name what is wrong with a message meant for it", () => {
    expect(parseHostMessage({ type: "throughline:select", id: "nobody" }, index)).toEqual({
      ok: false,
      error: 'throughline:select: no actor or link with id "nobody"',
    });
    expect(parseHostMessage({ type: "throughline:focus", id: "alice-bob" }, index)).toMatchObject({
      ok: false,
    });
    expect(parseHostMessage({ type: "throughline:focus", id: "bob", depth: 9 }, index)).toMatchObject({
      ok: false,
    });
    expect(parseHostMessage({ type: "throughline:explode" }, index)).toMatchObject({ ok: false });
  });

  it("should pass over messages that are not for it", () => {
    for (const other of [null, "select", 42, { type: "select", id: "alice" }, { id: "alice" }, []]) {
      expect(parseHostMessage(other, index)).toBeNull();
    }
  });
});

describe("#embedCode", () => {
  it("should write a lazy, titled, sandboxed iframe of the permalink with embed=1", () => {
    const url = embedUrl("https://tl.example/?entity=alice&embed=0#x", "https://news.example.org");
    expect(url).toBe("https://tl.example/?entity=alice&embed=1&host=https%3A%2F%2Fnews.example.org");
    const code = embedCode({ url, title: 'Who knew "whom" <b>' });
    expect(code).toContain(`src="${url.replace(/&/g, "&amp;")}"`);
    expect(code).toContain('title="Who knew &quot;whom&quot; &lt;b&gt;"');
    expect(code).toContain('loading="lazy"');
    expect(code).toMatch(/height="\d+"/);
    expect(code).toContain('sandbox="allow-scripts allow-same-origin allow-popups');
    expect(code).toMatch(/^<iframe [^<]*><\/iframe>$/);
  });
});
