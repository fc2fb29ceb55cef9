import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { SYSTEM_ACTOR } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { enqueueTemplatedEmail, renderTemplate } from "@/lib/mail/templated";

import { saveTemplate } from "./service";

const language = async () => {
  const t = randomUUID().slice(0, 8);
  return prisma.localization.create({ data: { code: `l-${t}`, name: `Language ${t}` } });
};
const english = () =>
  prisma.localization.upsert({ where: { code: "en" }, create: { code: "en", name: "English" }, update: {} });

describe("e-mail templates on PostgreSQL", () => {
  it("refuses to save a variable the key does not offer, at its field, and stores nothing", async () => {
    const l = await language();
    const values = {
      key: "impersonation-notice" as const,
      locale: l.code,
      subject: "Hi",
      bodyText: "{{ firstName }} {{ password }}",
      bodyHtml: "",
    };
    const error = await saveTemplate(SYSTEM_ACTOR, values).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "unknownTemplateVariable", field: "bodyText", values: { name: "password" } });
    expect(await prisma.emailTemplate.count({ where: { localizationId: l.id } })).toBe(0);

    await saveTemplate(SYSTEM_ACTOR, { ...values, bodyText: "{{ firstName }} / {{ staffName }}" });
    const saved = await prisma.emailTemplate.findFirstOrThrow({ where: { localizationId: l.id } });
    expect(saved).toMatchObject({
      key: "impersonation-notice",
      subject: "Hi",
      bodyText: "{{ firstName }} / {{ staffName }}",
      bodyHtml: null,
    });
    await saveTemplate(SYSTEM_ACTOR, { ...values, subject: "Hello", bodyText: "{{ firstName }} / {{ staffName }}" });
    const audit = await prisma.auditLog.findMany({
      where: { entity: "email-template", entityId: saved.id },
      select: { action: true, changes: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["create", "update"]);
    expect(audit.find((a) => a.action === "update")!.changes).toEqual({ subject: { before: "Hi", after: "Hello" } });
  });

  it("falls back to the English template when the language has none", async () => {
    const en = await english();
    const tag = randomUUID().slice(0, 8);
    const text = { subject: `Expires {{ expiresOn }} ${tag}`, bodyText: "Hello {{ firstName }}", bodyHtml: null };
    await prisma.emailTemplate.upsert({
      where: { key_localizationId: { key: "password-expiring", localizationId: en.id } },
      create: { key: "password-expiring", localizationId: en.id, ...text },
      update: text,
    });
    const l = await language();
    const rendered = await prisma.$transaction((tx) =>
      renderTemplate(tx, "password-expiring", l.code, { expiresOn: "2031-01-31", firstName: "Ada" }),
    );
    expect(rendered).toEqual({ subject: `Expires 2031-01-31 ${tag}`, text: "Hello Ada", html: null, locale: "en" });
  });

  it("writes the rendered, escaped message into the outbox", async () => {
    const l = await language();
    await prisma.emailTemplate.create({
      data: {
        key: "welcome",
        localizationId: l.id,
        subject: "Welcome {{ firstName }} to {{ websiteName }}",
        bodyText: "Hi {{ firstName }}, sign in at {{ loginUrl }}",
        bodyHtml: '<p>Hi {{ firstName }}, <a href="{{ loginUrl }}">sign in</a></p>',
      },
    });
    const key = `welcome:${randomUUID()}`;
    const vars = {
      firstName: `<script>"x"</script>\nBcc: a@b.c`,
      loginUrl: "https://shop.example.com/login?a=1&b=2",
      websiteName: "Shop",
    };
    await prisma.$transaction((tx) =>
      enqueueTemplatedEmail(tx, {
        key: "welcome",
        locale: l.code,
        to: "ada@example.com",
        vars,
        idempotencyKey: key,
        recipientType: "customer-user",
        recipientId: "c1",
      }),
    );

    const message = await prisma.emailMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(message).toMatchObject({
      to: "ada@example.com",
      templateKey: "welcome",
      locale: l.code,
      recipientType: "customer-user",
      recipientId: "c1",
      subject: `Welcome <script>"x"</script> Bcc: a@b.c to Shop`,
      text: `Hi <script>"x"</script>\nBcc: a@b.c, sign in at https://shop.example.com/login?a=1&b=2`,
      html: `<p>Hi &lt;script&gt;&quot;x&quot;&lt;/script&gt;\nBcc: a@b.c, <a href="https://shop.example.com/login?a=1&amp;b=2">sign in</a></p>`,
    });
  });
});
