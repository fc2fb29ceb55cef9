import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute("getAddress");
export const PATCH = apiRoute("updateAddress");
export const DELETE = apiRoute("deleteAddress");
