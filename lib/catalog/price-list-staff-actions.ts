"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";

import { deletePriceListSchema, priceListFormSchema, updatePriceListSchema } from "./price-list-schema";
import { deletePriceList, savePriceList } from "./price-lists";

export const createPriceListAction = staffAction(
  "catalog/price-list/create",
  priceListFormSchema,
  async ({ actor, input }) => {
    await savePriceList(actor, undefined, input);
    revalidatePath("/admin/price-lists");
    redirect("/admin/price-lists?notice=created");
  },
);

export const updatePriceListAction = staffAction(
  "catalog/price-list/edit",
  updatePriceListSchema,
  async ({ actor, input }) => {
    await savePriceList(actor, input.id, input.values);
    revalidatePath("/admin/price-lists");
    redirect("/admin/price-lists?notice=updated");
  },
);

export const deletePriceListAction = staffAction(
  "catalog/price-list/delete",
  deletePriceListSchema,
  async ({ actor, input }) => {
    await deletePriceList(actor, input.id);
    revalidatePath("/admin/price-lists");
    redirect("/admin/price-lists?notice=deleted");
  },
);
