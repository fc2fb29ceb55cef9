-- A registration with an address that already has an account is answered like any other, and the
-- owner is told by mail instead, at most once per interval (as forgotten-password mails are).
ALTER TABLE "CustomerUser" ADD COLUMN "registrationMailSentAt" TIMESTAMP(3);

-- The default wording of that mail in English and German, for installations seeded before it existed
-- (rows an editor already created are left alone).
INSERT INTO "EmailTemplate" ("id", "key", "localizationId", "subject", "bodyText", "bodyHtml", "updatedAt")
SELECT 'tpl-registration-existing-account-' || l.code, 'registration-existing-account', l.id, v.subject, v.body, v.html, CURRENT_TIMESTAMP
FROM (VALUES
  ('en', 'Someone tried to register at {{ websiteName }} with your e-mail address',
   E'Hello {{ firstName }} {{ lastName }},\n\nsomeone just tried to create an account at {{ websiteName }} with {{ email }}. You already have an account with this address, so nothing was changed.\n\nSign in here:\n{{ loginUrl }}\n\nForgot your password? Choose a new one here:\n{{ forgotPasswordUrl }}\n\nIf this was not you, you can ignore this e-mail.',
   E'<p>Hello {{ firstName }} {{ lastName }},</p>\n<p>someone just tried to create an account at {{ websiteName }} with {{ email }}. You already have an account with this address, so nothing was changed.</p>\n<p>Sign in here:<br>{{ loginUrl }}</p>\n<p>Forgot your password? Choose a new one here:<br>{{ forgotPasswordUrl }}</p>\n<p>If this was not you, you can ignore this e-mail.</p>'),
  ('de', 'Jemand wollte sich bei {{ websiteName }} mit Ihrer E-Mail-Adresse registrieren',
   E'Hallo {{ firstName }} {{ lastName }},\n\njemand hat gerade versucht, bei {{ websiteName }} ein Konto mit {{ email }} anzulegen. Sie haben mit dieser Adresse bereits ein Konto, daher wurde nichts geändert.\n\nHier melden Sie sich an:\n{{ loginUrl }}\n\nPasswort vergessen? Hier wählen Sie ein neues:\n{{ forgotPasswordUrl }}\n\nWenn Sie das nicht waren, können Sie diese E-Mail ignorieren.',
   E'<p>Hallo {{ firstName }} {{ lastName }},</p>\n<p>jemand hat gerade versucht, bei {{ websiteName }} ein Konto mit {{ email }} anzulegen. Sie haben mit dieser Adresse bereits ein Konto, daher wurde nichts geändert.</p>\n<p>Hier melden Sie sich an:<br>{{ loginUrl }}</p>\n<p>Passwort vergessen? Hier wählen Sie ein neues:<br>{{ forgotPasswordUrl }}</p>\n<p>Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren.</p>')
) AS v(code, subject, body, html)
JOIN "Localization" l ON l.code = v.code
WHERE NOT EXISTS (SELECT 1 FROM "EmailTemplate" e WHERE e.key = 'registration-existing-account' AND e."localizationId" = l.id);
