import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

export const MAX_QUANTITY = 100_000;
const id = z.string().min(1).max(64);

const quantity = (t: Translate) =>
  z.coerce
    .number({ error: t("shop.lists.errors.quantity", { max: MAX_QUANTITY }) })
    .int({ error: t("shop.lists.errors.quantity", { max: MAX_QUANTITY }) })
    .min(1, { error: t("shop.lists.errors.quantity", { max: MAX_QUANTITY }) })
    .max(MAX_QUANTITY, { error: t("shop.lists.errors.quantity", { max: MAX_QUANTITY }) });

const name = (t: Translate) =>
  z
    .string()
    .trim()
    .min(1, { error: t("errors.required") })
    .max(100, { error: t("errors.tooLong", { max: 100 }) });

export const createListSchema = (t: Translate) => z.object({ name: name(t) });
export const renameListSchema = (t: Translate) => z.object({ id, name: name(t) });
export const listIdSchema = () => z.object({ id });
export const addToListSchema = (t: Translate) => z.object({ productId: id, quantity: quantity(t) });
export const lineQuantitySchema = (t: Translate) => z.object({ listId: id, lineId: id, quantity: quantity(t) });
export const lineIdSchema = () => z.object({ listId: id, lineId: id });

export type QuantityInput = z.input<ReturnType<typeof addToListSchema>>;
export type ListNameInput = z.input<ReturnType<typeof createListSchema>>;
