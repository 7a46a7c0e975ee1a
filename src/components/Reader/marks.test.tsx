// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { articlePlaces, mentionSpans, quotesIn } from "../../domain/excerpts";
import { tinyDataset } from "../../test/fixtures";
import { useArticleMarks, WORKER_CHARS } from "./marks";

describe("useArticleMarks", () => {
  afterEach(cleanup);

  it("marks a short article at once, as articlePlaces and mentionSpans find it", () => {
    const dataset = tinyDataset();
    const article = dataset.articles[0];
    if (!article) throw new Error("fixture changed");
    const { result } = renderHook(() => useArticleMarks(dataset, article.id, article.text));
    expect(result.current?.spans).toEqual(articlePlaces(article.text, quotesIn(dataset, article.id)).spans);
    expect(result.current?.spans.length).toBeGreaterThan(0);
    expect(result.current?.mentions).toEqual(mentionSpans(article.text, dataset.entities));
  });

  it("marks a long article later (here, with no worker to start, on the page after all), and never with another text's marks", async () => {
    const dataset = tinyDataset();
    const article = dataset.articles[0];
    if (!article) throw new Error("fixture changed");
    const long = `${article.text}\n${"Filler words of no interest. ".repeat(WORKER_CHARS / 20)}`;
    expect(long.length).toBeGreaterThan(WORKER_CHARS);
    const { result, rerender } = renderHook(({ text }) => useArticleMarks(dataset, article.id, text), {
      initialProps: { text: long },
    });
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current?.spans).toEqual(articlePlaces(long, quotesIn(dataset, article.id)).spans);
    // Another text, where every excerpt stands 8 characters further on: its own marks, not the old ones.
    const other = `Prefix. ${long}`;
    rerender({ text: other });
    await waitFor(() =>
      expect(result.current?.spans[0]?.start).toBe(
        (articlePlaces(long, quotesIn(dataset, article.id)).spans[0]?.start as number) + 8,
      ),
    );
    expect(result.current?.spans).toEqual(articlePlaces(other, quotesIn(dataset, article.id)).spans);
  });
});
