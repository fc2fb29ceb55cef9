"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { MAX_OVERLAP_HOURS } from "@/lib/oauth-applications/schema";
import { regenerateSecretAction } from "@/lib/oauth-applications/staff-actions";

import { Credentials } from "./credentials";

/** Asks how long the current secret keeps working (0 to 24 hours), then shows the new one, once. */
export function RegenerateSecret({ id }: { id: string }) {
  const t = useTranslations("oauthApplications.regenerate");
  const hydrated = useHydrated();
  const [hours, setHours] = useState("1");
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (secret) return <Credentials clientSecret={secret} />;
  const field = `regenerate-${id}-overlap`;
  return (
    <form
      className="space-y-4 rounded-lg bg-white p-6 shadow"
      noValidate
      data-testid="oauth-regenerate-form"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const res = await regenerateSecretAction({ id, overlapHours: Number(hours === "" ? NaN : hours) });
          if (!res.ok) return setError(res.fieldErrors?.overlapHours?.[0] ?? res.message);
          setError(null);
          setSecret(res.data!.clientSecret);
        });
      }}
    >
      <p className="text-sm">{t("intro")}</p>
      <Field
        id={field}
        label={t("overlap")}
        hint={t("overlapHint", { max: MAX_OVERLAP_HOURS })}
        error={error ?? undefined}
      >
        <input
          id={field}
          type="number"
          min={0}
          max={MAX_OVERLAP_HOURS}
          className={inputClass}
          value={hours}
          aria-invalid={!!error}
          onChange={(e) => setHours(e.target.value)}
        />
      </Field>
      <Button type="submit" disabled={pending || !hydrated} data-testid="oauth-regenerate-submit">
        {t("submit")}
      </Button>
    </form>
  );
}
