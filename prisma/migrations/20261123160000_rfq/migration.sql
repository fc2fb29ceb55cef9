-- Requests for quote get human-facing numbers ("RFQ-000001") from their own sequence, like orders and quotes.
CREATE SEQUENCE "rfq_number_seq" START 1;

-- The "quote-sent" e-mail in English and German for installations seeded before it existed;
-- rows an editor already created are left alone.
INSERT INTO "EmailTemplate" ("id", "key", "localizationId", "subject", "bodyText", "bodyHtml", "updatedAt")
SELECT 'tpl-quote-sent-' || l.code, 'quote-sent', l.id, v.subject, v.body, v.html, CURRENT_TIMESTAMP
FROM (VALUES
  ('en', 'Your quote {{ quoteNumber }} from {{ websiteName }}',
   E'Hello {{ firstName }} {{ lastName }},\n\nyour quote {{ quoteNumber }} over {{ total }} is ready. It is valid until {{ validUntil }}.\n\nReview, accept or decline it here:\n{{ quoteUrl }}',
   E'<p>Hello {{ firstName }} {{ lastName }},</p>\n<p>your quote {{ quoteNumber }} over {{ total }} is ready. It is valid until {{ validUntil }}.</p>\n<p>Review, accept or decline it here:<br>{{ quoteUrl }}</p>'),
  ('de', 'Ihr Angebot {{ quoteNumber }} von {{ websiteName }}',
   E'Hallo {{ firstName }} {{ lastName }},\n\nIhr Angebot {{ quoteNumber }} über {{ total }} liegt vor. Es gilt bis {{ validUntil }}.\n\nHier können Sie es prüfen, annehmen oder ablehnen:\n{{ quoteUrl }}',
   E'<p>Hallo {{ firstName }} {{ lastName }},</p>\n<p>Ihr Angebot {{ quoteNumber }} über {{ total }} liegt vor. Es gilt bis {{ validUntil }}.</p>\n<p>Hier können Sie es prüfen, annehmen oder ablehnen:<br>{{ quoteUrl }}</p>')
) AS v(code, subject, body, html)
JOIN "Localization" l ON l.code = v.code
WHERE NOT EXISTS (SELECT 1 FROM "EmailTemplate" e WHERE e.key = 'quote-sent' AND e."localizationId" = l.id);
