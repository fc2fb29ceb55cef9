// The default wording of every transactional e-mail, in English and German; staff edit it in the back office.
type Texts = { subject: string; text: string };

const TEXTS: Record<string, Record<"en" | "de", Texts>> = {
  welcome: {
    en: {
      subject: "Welcome to {{ websiteName }}",
      text: "Hello {{ firstName }} {{ lastName }},\n\nyour account at {{ websiteName }} is ready.\nE-mail: {{ email }}\nPassword: {{ password }}\n\nSign in at {{ loginUrl }} and change your password.",
    },
    de: {
      subject: "Willkommen bei {{ websiteName }}",
      text: "Hallo {{ firstName }} {{ lastName }},\n\nIhr Konto bei {{ websiteName }} ist eingerichtet.\nE-Mail: {{ email }}\nPasswort: {{ password }}\n\nMelden Sie sich unter {{ loginUrl }} an und ändern Sie Ihr Passwort.",
    },
  },
  "confirm-registration": {
    en: {
      subject: "Confirm your registration at {{ websiteName }}",
      text: "Hello {{ firstName }} {{ lastName }},\n\nplease confirm your registration with {{ email }}:\n{{ confirmUrl }}",
    },
    de: {
      subject: "Bestätigen Sie Ihre Registrierung bei {{ websiteName }}",
      text: "Hallo {{ firstName }} {{ lastName }},\n\nbitte bestätigen Sie Ihre Registrierung mit {{ email }}:\n{{ confirmUrl }}",
    },
  },
  "registration-existing-account": {
    en: {
      subject: "Someone tried to register at {{ websiteName }} with your e-mail address",
      text: "Hello {{ firstName }} {{ lastName }},\n\nsomeone just tried to create an account at {{ websiteName }} with {{ email }}. You already have an account with this address, so nothing was changed.\n\nSign in here:\n{{ loginUrl }}\n\nForgot your password? Choose a new one here:\n{{ forgotPasswordUrl }}\n\nIf this was not you, you can ignore this e-mail.",
    },
    de: {
      subject: "Jemand wollte sich bei {{ websiteName }} mit Ihrer E-Mail-Adresse registrieren",
      text: "Hallo {{ firstName }} {{ lastName }},\n\njemand hat gerade versucht, bei {{ websiteName }} ein Konto mit {{ email }} anzulegen. Sie haben mit dieser Adresse bereits ein Konto, daher wurde nichts geändert.\n\nHier melden Sie sich an:\n{{ loginUrl }}\n\nPasswort vergessen? Hier wählen Sie ein neues:\n{{ forgotPasswordUrl }}\n\nWenn Sie das nicht waren, können Sie diese E-Mail ignorieren.",
    },
  },
  "reset-password": {
    en: {
      subject: "Reset your password for {{ websiteName }}",
      text: "Hello {{ firstName }},\n\nchoose a new password here within {{ expiresInHours }} hours:\n{{ resetUrl }}\n\nIf you did not ask for this, ignore this e-mail.",
    },
    de: {
      subject: "Passwort für {{ websiteName }} zurücksetzen",
      text: "Hallo {{ firstName }},\n\nwählen Sie innerhalb von {{ expiresInHours }} Stunden hier ein neues Passwort:\n{{ resetUrl }}\n\nFalls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.",
    },
  },
  "forced-password-reset": {
    en: {
      subject: "Please set a new password for {{ websiteName }}",
      text: "Hello {{ firstName }},\n\nfor your security, your password has been reset. Choose a new one here:\n{{ resetUrl }}",
    },
    de: {
      subject: "Bitte legen Sie ein neues Passwort für {{ websiteName }} fest",
      text: "Hallo {{ firstName }},\n\nzu Ihrer Sicherheit wurde Ihr Passwort zurückgesetzt. Wählen Sie hier ein neues:\n{{ resetUrl }}",
    },
  },
  "password-expiring": {
    en: {
      subject: "Your password for {{ websiteName }} expires on {{ expiresOn }}",
      text: "Hello {{ firstName }},\n\nyour password expires on {{ expiresOn }}. Change it here:\n{{ changeUrl }}",
    },
    de: {
      subject: "Ihr Passwort für {{ websiteName }} läuft am {{ expiresOn }} ab",
      text: "Hallo {{ firstName }},\n\nIhr Passwort läuft am {{ expiresOn }} ab. Ändern Sie es hier:\n{{ changeUrl }}",
    },
  },
  "oauth-application-created": {
    en: {
      subject: "OAuth application “{{ applicationName }}” created",
      text: "Hello {{ firstName }},\n\n{{ createdBy }} created the OAuth application “{{ applicationName }}” for your account at {{ websiteName }}. It can use the {{ websiteName }} API on your behalf.\nClient ID: {{ clientId }}\n\nIf you did not expect this, please contact us.",
    },
    de: {
      subject: "OAuth-Anwendung „{{ applicationName }}“ angelegt",
      text: "Hallo {{ firstName }},\n\n{{ createdBy }} hat die OAuth-Anwendung „{{ applicationName }}“ für Ihr Konto bei {{ websiteName }} angelegt. Sie kann die API von {{ websiteName }} in Ihrem Namen nutzen.\nClient-ID: {{ clientId }}\n\nWenn Sie das nicht erwartet haben, wenden Sie sich bitte an uns.",
    },
  },
  "impersonation-notice": {
    en: {
      subject: "{{ staffName }} signed in to your account",
      text: "Hello {{ firstName }},\n\n{{ staffName }} from {{ websiteName }} signed in to your account on {{ startedAt }} to help you.",
    },
    de: {
      subject: "{{ staffName }} hat sich in Ihrem Konto angemeldet",
      text: "Hallo {{ firstName }},\n\n{{ staffName }} von {{ websiteName }} hat sich am {{ startedAt }} in Ihrem Konto angemeldet, um Ihnen zu helfen.",
    },
  },
  "order-confirmation": {
    en: {
      subject: "Your order {{ orderNumber }} at {{ websiteName }}",
      text: "Hello {{ firstName }},\n\nthank you for your order {{ orderNumber }} at {{ websiteName }}. Total: {{ total }}.\n{{ createdOnBehalfNote }}\n\nYour order: {{ orderUrl }}",
    },
    de: {
      subject: "Ihre Bestellung {{ orderNumber }} bei {{ websiteName }}",
      text: "Hallo {{ firstName }},\n\nvielen Dank für Ihre Bestellung {{ orderNumber }} bei {{ websiteName }}. Gesamtbetrag: {{ total }}.\n{{ createdOnBehalfNote }}\n\nIhre Bestellung: {{ orderUrl }}",
    },
  },
  "quote-sent": {
    en: {
      subject: "Your quote {{ quoteNumber }} from {{ websiteName }}",
      text: "Hello {{ firstName }} {{ lastName }},\n\nyour quote {{ quoteNumber }} over {{ total }} is ready. It is valid until {{ validUntil }}.\n\nReview, accept or decline it here:\n{{ quoteUrl }}",
    },
    de: {
      subject: "Ihr Angebot {{ quoteNumber }} von {{ websiteName }}",
      text: "Hallo {{ firstName }} {{ lastName }},\n\nIhr Angebot {{ quoteNumber }} über {{ total }} liegt vor. Es gilt bis {{ validUntil }}.\n\nHier können Sie es prüfen, annehmen oder ablehnen:\n{{ quoteUrl }}",
    },
  },
  "export-ready": {
    en: {
      subject: 'Your export "{{ exportName }}" is ready',
      text: 'Hello {{ firstName }},\n\nyour export "{{ exportName }}" ({{ rows }} rows) is ready. Download it until {{ expiresOn }}:\n{{ downloadUrl }}',
    },
    de: {
      subject: "Ihr Export „{{ exportName }}“ ist fertig",
      text: "Hallo {{ firstName }},\n\nIhr Export „{{ exportName }}“ ({{ rows }} Zeilen) ist fertig. Sie können ihn bis {{ expiresOn }} herunterladen:\n{{ downloadUrl }}",
    },
  },
};

/** The HTML body repeats the text, one paragraph per blank-line block; the template values are escaped when rendered. */
const toHtml = (text: string) =>
  text
    .split("\n\n")
    .map((block) => `<p>${block.replace(/\n/g, "<br>")}</p>`)
    .join("\n");

export const EMAIL_TEMPLATES = Object.entries(TEXTS).flatMap(([key, byLocale]) =>
  (Object.entries(byLocale) as ["en" | "de", Texts][]).map(([locale, t]) => ({
    key,
    locale,
    subject: t.subject,
    bodyText: t.text,
    bodyHtml: toHtml(t.text),
  })),
);
