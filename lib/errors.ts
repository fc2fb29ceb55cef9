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
