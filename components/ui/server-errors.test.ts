import { describe, expect, it } from "vitest";

import { applyServerErrors } from "./server-errors";

const collect = () => {
  const set: Record<string, string> = {};
  const setError = (name: string, error: { message?: string }) => {
    set[name] = error.message ?? "";
  };
  return { set, setError };
};

describe("applyServerErrors", () => {
  it("puts each field's first message at the field named inside the action's `values` and returns the form's message", () => {
    const { set, setError } = collect();
    const message = applyServerErrors(
      {
        ok: false,
        message: "Check the form.",
        fieldErrors: { "values.lines.0.sku": ["Unknown SKU", "second"], email: ["Taken"] },
      },
      setError,
    );
    expect(message).toBe("Check the form.");
    expect(set).toEqual({ "lines.0.sku": "Unknown SKU", email: "Taken" });
  });

  it("leaves an error on the wrapping key itself, and empty lists, to the form's message", () => {
    const { set, setError } = collect();
    applyServerErrors(
      { ok: false, message: "x", fieldErrors: { values: ["Bad"], "values.name": [], city: undefined } },
      setError,
    );
    expect(set).toEqual({});
  });

  it("unwraps another key when told", () => {
    const { set, setError } = collect();
    applyServerErrors(
      {
        ok: false,
        message: "x",
        fieldErrors: {
          address: ["Bad"],
          "address.country": ["Enter a two-letter country code"],
          "values.name": ["kept as named"],
        },
      },
      setError,
      { within: "address" },
    );
    expect(set).toEqual({ country: "Enter a two-letter country code", "values.name": "kept as named" });
  });

  it("sets nothing when the refusal names no field", () => {
    const { set, setError } = collect();
    expect(applyServerErrors({ ok: false, message: "Not allowed." }, setError)).toBe("Not allowed.");
    expect(set).toEqual({});
  });
});
