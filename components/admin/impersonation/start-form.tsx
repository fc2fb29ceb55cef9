"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { startAssistSchema, type StartAssistInput } from "@/lib/impersonation/schema";
import { startAssistAction } from "@/lib/impersonation/staff-actions";

/**
 * "Log in as a user": asks for the reason, then opens the customer's storefront in a new tab
 * through the one-time link. The link is also shown, for a browser that blocked the tab; it works
 * once, for a minute.
 */
export function StartAssistForm({ customerUserId, disabled }: { customerUserId: string; disabled: boolean }) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const { register, handleSubmit, getValues, setError, formState } = useForm<StartAssistInput>({
    resolver: zodResolver(startAssistSchema(t)),
    defaultValues: { customerUserId, reason: "" },
  });
  const error = formState.errors.reason?.message;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const res = await startAssistAction(getValues());
    if (res.ok && res.data) {
      setOpened(res.data.url);
      window.open(res.data.url, "_blank", "noopener");
      return;
    }
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      data-testid="impersonate-form"
      className="max-w-xl space-y-4"
    >
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      {opened && (
        <Notice tone="success" testId="impersonation-opened">
          {t("impersonation.start.opened")}{" "}
          <a className="underline" href={opened} target="_blank" rel="noopener noreferrer">
            {t("impersonation.start.openAgain")}
          </a>
        </Notice>
      )}
      <Field
        id="reason"
        label={t("impersonation.start.reason")}
        hint={t("impersonation.start.reasonHint")}
        error={error}
      >
        <textarea
          id="reason"
          rows={3}
          {...register("reason")}
          className={inputClass}
          aria-invalid={!!error}
          aria-describedby={describedBy("reason", true, !!error)}
        />
      </Field>
      <Button type="submit" disabled={disabled || formState.isSubmitting || !hydrated}>
        {t("impersonation.start.submit")}
      </Button>
    </form>
  );
}
