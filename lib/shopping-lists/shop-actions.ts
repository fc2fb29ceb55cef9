"use server";

import { revalidatePath } from "next/cache";

import { shopAction } from "@/lib/actions/shop-action";
import type { CustomerSession } from "@/lib/identity/shop-session";

import { chooseCurrentList, currentList } from "./current";
import {
  addToListSchema,
  createListSchema,
  lineIdSchema,
  lineQuantitySchema,
  listIdSchema,
  renameListSchema,
} from "./schema";
import { addToList, createList, deleteList, ownList, removeLine, renameList, setLineQuantity } from "./service";

const viewerOf = (c: CustomerSession) => ({
  customerUserId: c.id,
  companyId: c.companyId,
  customerGroupId: c.customerGroupId,
});

export const addToListAction = shopAction("addToList", addToListSchema, async ({ customer, input, t }) => {
  const current = await currentList(customer);
  const { listId } = await addToList(
    viewerOf(customer),
    current?.id ?? null,
    input.productId,
    input.quantity,
    t("shop.lists.defaultName"),
  );
  await chooseCurrentList(customer, listId);
  revalidatePath("/shopping-lists", "layout");
  return { ok: true };
});

export const createListAction = shopAction("createList", createListSchema, async ({ customer, input }) => {
  const { id } = await createList(customer, input.name);
  await chooseCurrentList(customer, id);
  revalidatePath("/shopping-lists");
  return { ok: true };
});

export const renameListAction = shopAction("renameList", renameListSchema, async ({ customer, input }) => {
  await renameList(customer.id, input.id, input.name);
  revalidatePath("/shopping-lists", "layout");
  return { ok: true };
});

export const deleteListAction = shopAction("deleteList", listIdSchema, async ({ customer, input }) => {
  await deleteList(customer.id, input.id);
  revalidatePath("/shopping-lists");
  return { ok: true };
});

export const setCurrentListAction = shopAction("setCurrentList", listIdSchema, async ({ customer, input }) => {
  await chooseCurrentList(customer, (await ownList(customer.id, input.id)).id);
  revalidatePath("/shopping-lists");
  return { ok: true };
});

export const setLineQuantityAction = shopAction("setLineQuantity", lineQuantitySchema, async ({ customer, input }) => {
  await setLineQuantity(customer.id, input.listId, input.lineId, input.quantity);
  revalidatePath(`/shopping-lists/${input.listId}`);
  return { ok: true };
});

export const removeLineAction = shopAction("removeLine", lineIdSchema, async ({ customer, input }) => {
  await removeLine(customer.id, input.listId, input.lineId);
  revalidatePath(`/shopping-lists/${input.listId}`);
  return { ok: true };
});
