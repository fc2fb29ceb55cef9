import Link from "next/link";

export default function StorefrontHome() {
  return (
    <main className="mx-auto max-w-3xl p-8">
      <h1 className="text-3xl font-semibold">Concierge</h1>
      <p className="mt-4 text-slate-700">The shop for our business customers opens here soon.</p>
      <p className="mt-8 text-sm">
        <Link className="underline" href="/admin">Back office</Link>
      </p>
    </main>
  );
}
