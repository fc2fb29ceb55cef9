"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";

import { createProductSchema, deleteProductSchema, updateProductSchema } from "./schema";
import { deleteProduct, saveProduct } from "./service";
import { withProductImage } from "./uploads";

export const createProductAction = staffAction(
  "catalog/product/create",
  createProductSchema,
  async ({ actor, input }) => {
    await withProductImage(input.image, (imagePath) => saveProduct(actor, undefined, input.values, imagePath));
    revalidatePath("/admin/products");
    redirect("/admin/products?notice=created");
  },
);

export const updateProductAction = staffAction(
  "catalog/product/edit",
  updateProductSchema,
  async ({ actor, input }) => {
    await withProductImage(input.image, (imagePath) => saveProduct(actor, input.id, input.values, imagePath));
    revalidatePath("/admin/products");
    redirect("/admin/products?notice=updated");
  },
);

export const deleteProductAction = staffAction(
  "catalog/product/delete",
  deleteProductSchema,
  async ({ actor, input }) => {
    await deleteProduct(actor, input.id);
    revalidatePath("/admin/products");
    redirect("/admin/products?notice=deleted");
  },
);
