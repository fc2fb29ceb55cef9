import "server-only";

import { createTranslator } from "next-intl";
import { z } from "zod";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { unitOfWork } from "@/lib/db";
import { DomainError, DomainFieldErrors } from "@/lib/errors";
import { unstorableInputPath } from "@/lib/http/request-guard";
import { localeCodes } from "@/lib/i18n/catalogs";
import { negotiateLocale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { CustomerSession } from "@/lib/identity/shop-session";
import type { ApiScope } from "@/lib/oauth/scopes";

import { apiActor, sessionOf, type ApiCaller } from "./caller";
import {
  ApiError,
  errorResponse,
  includedOf,
  jsonApiResponse,
  sparse,
  type ErrorObject,
  type ResourceObject,
} from "./document";
import { checkMediaTypes } from "./negotiation";
import { encodeCursor, parseQuery, type CollectionSpec, type ParsedQuery, type ResourceSpec } from "./query";

export const API_BASE = "/api/v1";

export type ApiContext = {
  caller: ApiCaller;
  query: ParsedQuery;
  params: Record<string, string>;
  t: Translate;
  actor: Actor;
  /** the storefront session the caller acts in (read once, on first use) */
  session: () => Promise<CustomerSession>;
};

export type Outcome =
  | {
      status?: 200 | 201;
      data: ResourceObject | ResourceObject[] | null;
      /** resources each relationship links to, for `include` */
      related?: Record<string, ResourceObject[]>;
      /** the sort key of the last row, when a next page exists */
      next?: unknown[] | null;
    }
  | { status: 204 };

/**
 * What a write answers once its transaction has committed: the storefront's read functions use the
 * shared client, which sees the write only after the commit.
 */
export type AfterCommit = { afterCommit: () => Promise<Outcome> };

export type Operation = {
  /** the OpenAPI operationId, and the audit action `api:<id>` of a write */
  id: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** below /api/v1, with {id} for path parameters */
  path: string;
  summary: string;
  scope: ApiScope;
  resource: ResourceSpec;
  collection?: CollectionSpec;
  /** the request document, validated before the handler runs */
  body?: (t: Translate) => z.ZodType;
  /** the status of a success, for the OpenAPI document */
  status: 200 | 201 | 204;
  handle: (ctx: ApiContext, body: unknown) => Promise<Outcome | AfterCommit>;
};

async function translatorFor(request: Request): Promise<Translate> {
  const locale = negotiateLocale(request.headers.get("accept-language"), localeCodes());
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return createTranslator({ locale, messages }) as unknown as Translate;
}

const pointerOf = (path: readonly PropertyKey[]) => `/${path.map((p) => String(p)).join("/")}`;
/** A service names the field it refuses by its dotted path among the resource's attributes. */
const attributePointer = (field: string) => `/data/attributes/${field.split(".").join("/")}`;

const invalid = (errors: ErrorObject[]) => new ApiError(422, errors);
const fieldError = (t: Translate, code: string, pointer: string, values?: Record<string, string | number>) => ({
  status: "422",
  code,
  title: "Invalid attribute",
  detail: t(`errors.${code}`, values),
  source: { pointer },
});

async function readBody(request: Request, op: Operation, t: Translate, params: Record<string, string>) {
  let raw: unknown;
  try {
    raw = JSON.parse(await request.text());
  } catch {
    throw new ApiError(400, [
      { status: "400", code: "invalid-json", title: "Invalid JSON", detail: "The request body is not JSON." },
    ]);
  }
  const unstorable = unstorableInputPath(raw);
  if (unstorable !== null)
    throw invalid([fieldError(t, "unstorableText", pointerOf(unstorable === "form" ? [] : unstorable.split(".")))]);
  const data = (raw as { data?: { type?: unknown; id?: unknown } } | null)?.data;
  if (data && typeof data === "object" && "type" in data && data.type !== op.resource.type)
    throw new ApiError(409, [
      {
        status: "409",
        code: "type-mismatch",
        title: "Conflict",
        detail: `This endpoint takes resources of type "${op.resource.type}".`,
        source: { pointer: "/data/type" },
      },
    ]);
  if (params.id !== undefined && data && typeof data === "object" && "id" in data && data.id !== params.id)
    throw new ApiError(409, [
      {
        status: "409",
        code: "id-mismatch",
        title: "Conflict",
        detail: "The resource's id differs from the one in the address.",
        source: { pointer: "/data/id" },
      },
    ]);
  const parsed = op.body!(t).safeParse(raw);
  if (!parsed.success)
    throw invalid(
      parsed.error.issues.map((issue) => ({
        status: "422",
        code: "invalid",
        title: "Invalid attribute",
        detail: issue.message,
        source: { pointer: pointerOf(issue.path) },
      })),
    );
  return parsed.data;
}

/** A service's expected refusal as JSON:API errors: not found and forbidden keep their meaning, the rest point at the field. */
function domainErrors(t: Translate, e: DomainError): ApiError {
  if (e.code === "notFound")
    return new ApiError(404, [{ status: "404", code: "not-found", title: "Not found", detail: t("errors.notFound") }]);
  if (e.code === "forbidden")
    return new ApiError(403, [{ status: "403", code: "forbidden", title: "Forbidden", detail: t("errors.forbidden") }]);
  if (e instanceof DomainFieldErrors)
    return invalid(e.issues.map((i) => fieldError(t, i.code, attributePointer(i.field), i.values)));
  return invalid([
    {
      status: "422",
      code: e.code,
      title: "Unprocessable request",
      detail: t(`errors.${e.code}`, e.values),
      ...(e.field ? { source: { pointer: attributePointer(e.field) } } : {}),
    },
  ]);
}

function toDocument(op: Operation, outcome: Exclude<Outcome, { status: 204 }>, query: ParsedQuery, url: URL) {
  const list = Array.isArray(outcome.data) ? outcome.data : outcome.data ? [outcome.data] : [];
  const included = includedOf(list, outcome.related ?? {}, query.include).map((r) => sparse(r, query.fields));
  const data = Array.isArray(outcome.data)
    ? outcome.data.map((r) => sparse(r, query.fields))
    : outcome.data && sparse(outcome.data, query.fields);
  const links: Record<string, string | null> = { self: `${url.pathname}${url.search}` };
  if (op.collection) {
    let next: string | null = null;
    if (outcome.next) {
      const u = new URL(url);
      u.searchParams.set("page[after]", encodeCursor(query.sort, outcome.next));
      next = `${u.pathname}${u.search}`;
    }
    links.next = next;
  }
  return { jsonapi: { version: "1.1" as const }, data, ...(query.include.size ? { included } : {}), links };
}

/**
 * One API call for an authenticated caller: content negotiation -> query -> body (zod) -> the
 * handler -> the document. A write runs in one transaction with its audit entry (the application
 * and the owner named), so the change and its record commit together or not at all. Expected
 * refusals become JSON:API error objects pointing at the parameter or attribute at fault.
 */
export async function runOperation(
  op: Operation,
  caller: ApiCaller,
  request: Request,
  params: Record<string, string> = {},
): Promise<Response> {
  const t = await translatorFor(request);
  try {
    checkMediaTypes(request, op.body !== undefined);
    const url = new URL(request.url);
    const query = parseQuery(url, op.resource, op.collection ?? null);
    const body = op.body ? await readBody(request, op, t, params) : undefined;
    let session: Promise<CustomerSession> | undefined;
    const ctx: ApiContext = {
      caller,
      query,
      params,
      t,
      actor: apiActor(caller),
      session: () => (session ??= sessionOf(caller)),
    };
    const result =
      op.method === "GET"
        ? await op.handle(ctx, body)
        : await unitOfWork(async (tx) => {
            const done = await op.handle(ctx, body);
            const attributes = (body as { data?: { attributes?: Record<string, unknown> } } | undefined)?.data
              ?.attributes;
            await recordAudit(tx, ctx.actor, {
              entity: "customer-user",
              entityId: caller.customerUser.id,
              action: `api:${op.id}`,
              after: { ...params, ...attributes },
            });
            return done;
          });
    const outcome = "afterCommit" in result ? await result.afterCommit() : result;
    if (outcome.status === 204) return jsonApiResponse(204, null);
    const status = outcome.status ?? 200;
    const document = toDocument(op, outcome, query, url);
    const self = !Array.isArray(document.data) && document.data?.links?.self;
    return jsonApiResponse(status, document, status === 201 && self ? { location: self } : {});
  } catch (e) {
    if (e instanceof ApiError) return errorResponse(e);
    if (e instanceof DomainError) return errorResponse(domainErrors(t, e));
    throw e;
  }
}
