"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { RoleOption, WebsiteOption } from "@/lib/customer-users/form-data";
import {
  customerUserFormSchema,
  type CustomerUserFormInput,
  type CustomerUserFormValues,
} from "@/lib/customer-users/schema";
import { createCustomerUserAction, updateCustomerUserAction } from "@/lib/customer-users/staff-actions";

import { AddressRows } from "./address-rows";
import { CompanyFields } from "./company-fields";
import { PasswordFields } from "./password-fields";
import { RolesField } from "./roles-field";
import { Section } from "./section";
import type { DeniedPickers } from "./types";

type Props = {
  mode: "create" | "edit";
  userId?: string;
  defaults: CustomerUserFormInput;
  labels: { company: string; salesRep: string };
  websites: WebsiteOption[];
  roles: RoleOption[];
  denied: DeniedPickers;
  /** the configured storefront password policy in one sentence (create only) */
  passwordHint?: string;
};

const TEXT = [
  ["namePrefix", "text"],
  ["firstName", "text"],
  ["middleName", "text"],
  ["lastName", "text"],
  ["nameSuffix", "text"],
  ["email", "email"],
  ["birthday", "date"],
  ["phone", "tel"],
] as const;

/** Oro's customer user form: personal data, company and sales representative, password, website and language, addresses, roles. */
export function CustomerUserForm({ mode, userId, defaults, labels, websites, roles, denied, passwordHint }: Props) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const [companyId, setCompanyId] = useState(defaults.companyId ?? "");
  const form = useForm<CustomerUserFormInput, unknown, CustomerUserFormValues>({
    resolver: zodResolver(customerUserFormSchema(t, mode)),
    defaultValues: defaults,
  });
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const websiteId = useWatch({ control, name: "websiteId" });
  const website = websites.find((w) => w.id === websiteId);

  // the action parses the raw input itself: zod's output (e.g. "" turned into null) would not parse twice
  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const raw = form.getValues();
    const res =
      mode === "create"
        ? await createCustomerUserAction(raw)
        : await updateCustomerUserAction({ id: userId, values: raw });
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} className="max-w-3xl space-y-6">
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      <Section title={t("customerUsers.form.general")}>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" {...register("enabled")} />
          {t("customerUsers.form.enabled")}
        </label>
        <div className="grid gap-4 lg:grid-cols-2">
          {TEXT.map(([name, type]) => (
            <Field key={name} id={name} label={t(`customerUsers.form.${name}`)} error={errors[name]?.message}>
              <input
                id={name}
                type={type}
                autoComplete="off"
                {...register(name)}
                className={inputClass}
                aria-invalid={!!errors[name]}
                aria-describedby={describedBy(name, false, !!errors[name])}
              />
            </Field>
          ))}
        </div>
      </Section>
      <Section title={t("customerUsers.form.companySection")}>
        <CompanyFields form={form} labels={labels} denied={denied} onCompanyChange={setCompanyId} />
      </Section>
      {mode === "create" && (
        <Section title={t("customerUsers.form.passwordSection")}>
          <PasswordFields form={form} hint={passwordHint} />
        </Section>
      )}
      <Section title={t("customerUsers.form.websiteSection")}>
        <Field
          id="websiteId"
          label={t("customerUsers.form.website")}
          hint={t("customerUsers.form.websiteHint")}
          error={errors.websiteId?.message}
        >
          <select
            id="websiteId"
            className={inputClass}
            aria-invalid={!!errors.websiteId}
            aria-describedby={describedBy("websiteId", true, !!errors.websiteId)}
            {...register("websiteId", { onChange: () => setValue("preferredLocalizationId", "") })}
          >
            {websites.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </Field>
        {website && website.localizations.length > 1 && (
          <Field
            id="preferredLocalizationId"
            label={t("customerUsers.form.preferredLocalization")}
            error={errors.preferredLocalizationId?.message}
          >
            <select
              id="preferredLocalizationId"
              className={inputClass}
              {...register("preferredLocalizationId")}
              aria-invalid={!!errors.preferredLocalizationId}
              aria-describedby={describedBy("preferredLocalizationId", false, !!errors.preferredLocalizationId)}
            >
              <option value="">{t("customerUsers.form.websiteDefault")}</option>
              {website.localizations.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </Field>
        )}
      </Section>
      <Section title={t("customerUsers.form.addressesSection")}>
        <AddressRows form={form} />
      </Section>
      <Section title={t("customerUsers.form.rolesSection")}>
        {denied.customerRoles ? (
          <p className="text-sm text-slate-600" data-testid="no-access">
            {denied.customerRoles}
          </p>
        ) : (
          <RolesField form={form} companyId={companyId} initial={roles} />
        )}
      </Section>
      <Button type="submit" disabled={isSubmitting}>
        {t(mode === "create" ? "customerUsers.form.create" : "customerUsers.form.update")}
      </Button>
    </form>
  );
}
