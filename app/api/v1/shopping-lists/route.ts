import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute("listShoppingLists");
export const POST = apiRoute("createShoppingList");
