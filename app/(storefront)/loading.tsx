import { PageLoading } from "@/components/ui/page-loading";

export default function StorefrontLoading() {
  return (
    <main className="mx-auto max-w-5xl p-4 sm:p-8">
      <PageLoading />
    </main>
  );
}
