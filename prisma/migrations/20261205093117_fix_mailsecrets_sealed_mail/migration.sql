-- Secrets in stored mail (reset and confirmation links, generated passwords) move out of the readable
-- copy into a sealed column. Rows written before kept them in clear in "redact" and, until SMTP
-- accepted them (or for good without SMTP), in the message itself: mask them there, plain and
-- HTML-escaped, one listed value per step, before the column goes. A message still queued now goes
-- out masked, and the customer asks for a new link.
WITH RECURSIVE step AS (
  SELECT id, array_remove(array_remove(redact, NULL), '') AS secrets, 1 AS i, subject, text, html
  FROM "EmailMessage" WHERE cardinality(array_remove(array_remove(redact, NULL), '')) > 0
  UNION ALL
  SELECT s.id, s.secrets, s.i + 1,
         replace(replace(s.subject, v.plain, '••••••••'), v.escaped, '••••••••'),
         replace(replace(s.text, v.plain, '••••••••'), v.escaped, '••••••••'),
         replace(replace(s.html, v.plain, '••••••••'), v.escaped, '••••••••')
  FROM step s
  CROSS JOIN LATERAL (
    SELECT s.secrets[s.i] AS plain,
           -- escapeHtml of lib/mail/templates.ts (chr(59) is the semicolon, which the migration runner splits statements at)
           replace(replace(replace(replace(replace(s.secrets[s.i], '&', '&amp' || chr(59)), '<', '&lt' || chr(59)), '>', '&gt' || chr(59)),
                   '"', '&quot' || chr(59)), '''', '&#39' || chr(59)) AS escaped
  ) v
  WHERE s.i <= cardinality(s.secrets)
)
UPDATE "EmailMessage" e SET subject = f.subject, text = f.text, html = f.html
FROM step f WHERE f.id = e.id AND f.i = cardinality(f.secrets) + 1;

-- AlterTable
ALTER TABLE "EmailMessage" DROP COLUMN "redact",
ADD COLUMN     "sealed" TEXT;
