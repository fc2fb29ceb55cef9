"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Button, type Variant } from "@/components/ui/button";

/**
 * A button whose action is asked about in the page before it runs: the first click shows the
 * question with Confirm and Cancel beside it, where the eye already is (no browser pop-up).
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  disabled,
  variant = "danger",
}: {
  label: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  variant?: Variant;
}) {
  const t = useTranslations("shop.confirmStep");
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button type="button" variant={variant} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  return (
    <span
      role="group"
      aria-label={question}
      className="inline-flex flex-wrap items-center gap-2"
      data-testid="confirm-step"
    >
      <span className="text-sm">{question}</span>
      <Button
        type="button"
        variant={variant}
        disabled={disabled}
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t("yes")}
      </Button>
      <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
        {t("cancel")}
      </Button>
    </span>
  );
}
