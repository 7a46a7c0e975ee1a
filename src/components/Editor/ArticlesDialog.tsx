// Articles: add one by pasting or dropping its text (.txt) with its metadata; edit an article's
// metadata; remove one after seeing what would be lost (every excerpt that cites it, the links left
// without evidence, the story steps that cite them). Texts are normalised as the loader reads them
// (articleText.ts) and are limited as loading is.
import { useState } from "react";
import type { Article, LoadedDataset } from "../../data/types";
import { normalizeArticleText } from "../../domain/edit/articleText";
import { freeId } from "../../domain/edit/ids";
import type { EditOp } from "../../domain/edit/ops";
import { announce } from "../../lib/announce";
import { commit, preview } from "../../state/editActions";
import { useStore } from "../../state/store";
import { Dialog } from "./Dialog";
import { errorsByField, Field } from "./fields";

type Meta = Omit<Article, "id" | "file" | "text" | "author" | "derivedFrom"> & {
  author: string;
  derivedFrom: string;
};

const EMPTY: Meta = { title: "", publisher: "", author: "", published: "", url: "", derivedFrom: "" };

function MetaFields({
  meta,
  set,
  errors,
  dataset,
  self,
}: {
  meta: Meta;
  set: (m: Meta) => void;
  errors: Record<string, string>;
  dataset: LoadedDataset;
  self: string | null;
}) {
  return (
    <>
      <Field label="Title" error={errors.title}>
        {(p) => <input {...p} value={meta.title} onChange={(e) => set({ ...meta, title: e.target.value })} />}
      </Field>
      <Field label="Publisher" error={errors.publisher}>
        {(p) => (
          <input
            {...p}
            value={meta.publisher}
            onChange={(e) => set({ ...meta, publisher: e.target.value })}
          />
        )}
      </Field>
      <Field label="Author (optional)" error={errors.author}>
        {(p) => (
          <input {...p} value={meta.author} onChange={(e) => set({ ...meta, author: e.target.value })} />
        )}
      </Field>
      <Field label="Published" error={errors.published} hint="YYYY, YYYY-MM or YYYY-MM-DD.">
        {(p) => (
          <input
            {...p}
            value={meta.published}
            onChange={(e) => set({ ...meta, published: e.target.value })}
          />
        )}
      </Field>
      <Field label="Address (URL)" error={errors.url}>
        {(p) => (
          <input {...p} type="url" value={meta.url} onChange={(e) => set({ ...meta, url: e.target.value })} />
        )}
      </Field>
      <Field label="Rewrites article (optional)" error={errors.derivedFrom}>
        {(p) => (
          <select
            {...p}
            value={meta.derivedFrom}
            onChange={(e) => set({ ...meta, derivedFrom: e.target.value })}
          >
            <option value="">none: an original article</option>
            {dataset.articles
              .filter((a) => a.id !== self)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.publisher}: {a.title}
                </option>
              ))}
          </select>
        )}
      </Field>
    </>
  );
}

const fromMeta = (m: Meta) => ({
  title: m.title.trim(),
  publisher: m.publisher.trim(),
  author: m.author.trim() || null,
  published: m.published.trim(),
  url: m.url.trim(),
  derivedFrom: m.derivedFrom || null,
});

function ArticleRow({
  article,
  dataset,
}: {
  article: LoadedDataset["articles"][number];
  dataset: LoadedDataset;
}) {
  const [open, setOpen] = useState(false);
  const [meta, setMeta] = useState<Meta>({
    title: article.title,
    publisher: article.publisher,
    author: article.author ?? "",
    published: article.published,
    url: article.url,
    derivedFrom: article.derivedFrom ?? "",
  });
  const [errors, setErrors] = useState<{ fields: Record<string, string>; rest: string[] }>({
    fields: {},
    rest: [],
  });
  const [removing, setRemoving] = useState(false);
  const at = dataset.articles.indexOf(article);
  const op: EditOp = { kind: "remove-article", id: article.id };
  const lost = removing ? preview(op) : null;
  return (
    <li>
      <strong>{article.publisher}</strong>: {article.title} <code>{article.id}</code>
      <div className="editor-actions">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          Edit details
        </button>
        <button type="button" onClick={() => setRemoving(true)}>
          Remove…
        </button>
      </div>
      {open && (
        <form
          aria-label={`Details of ${article.title}`}
          onSubmit={(e) => {
            e.preventDefault();
            const r = commit({
              kind: "update-article",
              id: article.id,
              article: { ...fromMeta(meta), file: article.file },
            });
            if (!r.ok) return setErrors(errorsByField(r.errors, [[`articles[${at}]`, ""]]));
            announce(`Done: ${r.label}`);
            setOpen(false);
          }}
        >
          <MetaFields meta={meta} set={setMeta} errors={errors.fields} dataset={dataset} self={article.id} />
          {errors.rest.map((e) => (
            <p key={e} className="editor-error" role="alert">
              {e}
            </p>
          ))}
          <button type="submit" className="primary">
            Save details
          </button>
        </form>
      )}
      {removing && lost && (
        <div className="editor-warning" role="alert">
          {lost.ok ? (
            lost.lost.length > 0 ? (
              <>
                <p>Removing it also removes:</p>
                <ul>
                  {lost.lost.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Nothing cites it: nothing else is lost.</p>
            )
          ) : (
            <p>{lost.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}</p>
          )}
          <div className="editor-actions">
            <button
              type="button"
              className="primary"
              disabled={!lost.ok}
              onClick={() => {
                const r = commit(op);
                if (r.ok) announce(`Done: ${r.label}`);
              }}
            >
              Remove article
            </button>
            <button type="button" onClick={() => setRemoving(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

export default function ArticlesDialog({ onClose }: { onClose: () => void }) {
  const dataset = useStore((s) => s.dataset);
  const openReader = useStore((s) => s.openReader);
  const [meta, setMeta] = useState<Meta>(EMPTY);
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<{ fields: Record<string, string>; rest: string[] }>({
    fields: {},
    rest: [],
  });
  if (!dataset) return null;
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const { decodeText } = await import("../../data/open/decode");
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return setErrors({ fields: { text: `${file.name} ${decoded.message}` }, rest: [] });
    setText(decoded.text);
    if (!meta.title) setMeta({ ...meta, title: file.name.replace(/\.txt$/i, "") });
  };
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const normal = normalizeArticleText(text);
    if (!normal.ok) return setErrors({ fields: { text: `The text ${normal.message}` }, rest: [] });
    const id = freeId(
      `${meta.publisher} ${meta.published}` || meta.title || "article",
      new Set(dataset.articles.map((a) => a.id)),
    );
    const r = commit({
      kind: "add-article",
      article: { id, file: `articles/${id}.txt`, ...fromMeta(meta), text: normal.text },
    });
    if (!r.ok)
      return setErrors(
        errorsByField(r.errors, [
          [`articles[${dataset.articles.length}]`, ""],
          ["id", "title"],
        ]),
      );
    announce(`Done: ${r.label}. Select a passage of it in the reader to make evidence.`);
    openReader(id);
    onClose();
  };
  return (
    <Dialog title="Articles" onClose={onClose}>
      {dataset.articles.length > 0 && (
        <ul className="changes-list">
          {dataset.articles.map((a) => (
            <ArticleRow key={a.id} article={a} dataset={dataset} />
          ))}
        </ul>
      )}
      <form aria-label="Add an article" onSubmit={add}>
        <h3>Add an article</h3>
        <MetaFields meta={meta} set={setMeta} errors={errors.fields} dataset={dataset} self={null} />
        <Field
          label="The article's text"
          error={errors.fields.text}
          hint="Paste it, or drop or choose its .txt file. Line ends, no-break spaces and a byte order mark are made plain."
        >
          {(p) => (
            <textarea
              {...p}
              rows={6}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onDrop={(e) => {
                const file = e.dataTransfer.files[0];
                if (file) {
                  e.preventDefault();
                  void readFile(file);
                }
              }}
            />
          )}
        </Field>
        <Field label="Or its .txt file">
          {(p) => (
            <input
              {...p}
              type="file"
              accept=".txt,text/plain"
              onChange={(e) => void readFile(e.target.files?.[0])}
            />
          )}
        </Field>
        {errors.rest.map((e) => (
          <p key={e} className="editor-error" role="alert">
            {e}
          </p>
        ))}
        <button type="submit" className="primary">
          Add article
        </button>
      </form>
    </Dialog>
  );
}
