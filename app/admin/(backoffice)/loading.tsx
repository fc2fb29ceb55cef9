import { PageLoading } from "@/components/ui/page-loading";

export default function BackOfficeLoading() {
  return <PageLoading />;
}
