import { uploadRoute } from "@/lib/customer-import/routes";

export const POST = uploadRoute();
