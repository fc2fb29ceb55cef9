"use client";

import { useTranslations } from "next-intl";

import type { RenderedEmail } from "@/lib/mail/templates";

/** The HTML is staff-written markup: a sandbox without scripts and without the back office's origin keeps it inert. */
const frameDocument = (html: string) =>
  `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'none'"><base target="_blank">${html}`;

export function TemplatePreview({ preview }: { preview: RenderedEmail }) {
  const t = useTranslations("templates");
  return (
    <section className="rounded-lg bg-white p-6 shadow" data-testid="template-preview">
      <h2 className="text-lg font-semibold">{t("previewTitle")}</h2>
      <p className="mt-3 text-sm font-medium" data-testid="preview-subject">
        {preview.subject}
      </p>
      <pre
        className="relative mt-3 overflow-x-auto whitespace-pre-wrap rounded bg-slate-50 p-3 text-sm"
        data-testid="preview-text"
      >
        {preview.text}
      </pre>
      {preview.html && (
        <iframe
          title={t("previewHtml")}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          srcDoc={frameDocument(preview.html)}
          className="mt-3 h-72 w-full rounded border border-slate-200 bg-white"
          data-testid="preview-html"
        />
      )}
    </section>
  );
}
