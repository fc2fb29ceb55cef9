/**
 * The layers of lib/, lowest first; a module may import its own layer and the ones below it.
 *
 *   foundation  lib/*.ts (db, env, errors, actor, tokens, ...), generated, http, i18n, grid, markdown, money
 *   platform    config (settings reads), websites (site by host), acl (rules), audit (the log)
 *   identity    who is acting: both realms' sign-in, lockout, password rules, sessions, impersonation check;
 *               oauth: the API's authorization server (client credentials, signing keys, access tokens, scopes)
 *   actions     the server action wrappers (staffAction, shopAction) and their result type
 *   domains     every other folder: staff-*, shop-*, customers, catalog, sales, content, mail, ...,
 *               oauth-applications (managing API applications), api (the storefront API's resources)
 *
 * scripts/check-layers.mjs runs these rules and also refuses any cycle between two lib folders.
 */
const FOUNDATION = "^lib/([^/]+\\.(ts|mjs)$|(generated|http|i18n|grid|markdown|money)/)";
const PLATFORM = "^lib/(config|websites|acl|audit)/";
const IDENTITY = "^lib/(identity|oauth)/";
const ACTIONS = "^lib/actions/";
const below = (...layers) => ({ path: "^lib/", pathNot: layers.join("|") });

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "modules that import each other, directly or not",
      from: {},
      to: { circular: true },
    },
    {
      name: "foundation-imports-foundation",
      severity: "error",
      comment: "the foundation knows no layer above it",
      from: { path: FOUNDATION },
      to: below(FOUNDATION),
    },
    {
      name: "platform-below-identity",
      severity: "error",
      comment: "settings reads, websites, ACL and audit sit below who is acting",
      from: { path: PLATFORM },
      to: below(FOUNDATION, PLATFORM),
    },
    {
      name: "identity-imports-no-domain",
      severity: "error",
      comment: "sign-in, sessions and the impersonation check import no domain folder",
      from: { path: IDENTITY },
      to: below(FOUNDATION, PLATFORM, IDENTITY),
    },
    {
      name: "actions-import-no-domain",
      severity: "error",
      comment: "the wrappers stand between identity and the domains that use them",
      from: { path: ACTIONS },
      to: below(FOUNDATION, PLATFORM, IDENTITY, ACTIONS),
    },
    {
      name: "pages-do-not-query",
      severity: "error",
      comment: "pages and components read through lib services, never the database client",
      from: { path: "^(app|components)/" },
      to: { path: "^lib/(db\\.ts|generated/prisma/client)" },
    },
    {
      name: "ui-kit-knows-no-domain",
      severity: "error",
      comment: "components/ui is the kit every screen uses: it imports no screen and no domain",
      from: { path: "^components/ui/" },
      to: { path: "^(components/(?!ui/)|lib/)", pathNot: `${FOUNDATION}|^lib/actions/result\\.ts$` },
    },
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^lib/generated/|node_modules|\\.test\\.tsx?$)" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
