import { exportDownloadRoute } from "@/lib/customer-users/export-routes";

export const GET = exportDownloadRoute();
