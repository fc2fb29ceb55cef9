import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute("listAddresses");
export const POST = apiRoute("createAddress");
