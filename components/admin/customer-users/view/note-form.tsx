"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { noteSchema, type NoteInput } from "@/lib/customer-users/note-schema";
import { addNoteAction } from "@/lib/customer-users/note-staff-actions";

/** "Add note" on the Activity tab; the list above re-renders from the server once it is saved. */
export function NoteForm({ customerUserId }: { customerUserId: string }) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<NoteInput>({
    resolver: zodResolver(noteSchema(t)),
    defaultValues: { customerUserId, body: "" },
  });
  const error = formState.errors.body?.message;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = await addNoteAction(values);
    if (res.ok) {
      reset({ customerUserId, body: "" });
      router.refresh();
      return;
    }
    setFormError(applyServerErrors(res, setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} data-testid="note-form" className="space-y-3">
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      <Field id="note-body" label={t("customerUserView.notes.body")} error={error}>
        <textarea
          id="note-body"
          rows={3}
          {...register("body")}
          className={inputClass}
          aria-invalid={!!error}
          aria-describedby={describedBy("note-body", false, !!error)}
        />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("customerUserView.notes.add")}
      </Button>
    </form>
  );
}
