/** An expected refusal from a service: the action wrapper turns it into a translated `{ ok: false }`. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly field?: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

export type FieldIssue = { field: string; code: string; values?: Record<string, string | number> };

/** Several refusals at once, each at the field it belongs to (the rows of a form are checked together, not one per submit). */
export class DomainFieldErrors extends DomainError {
  constructor(readonly issues: FieldIssue[]) {
    super(issues[0]!.code, issues[0]!.field, issues[0]!.values);
    this.name = "DomainFieldErrors";
  }
}
