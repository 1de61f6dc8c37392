/**
 * Bad input, naming the field at fault ("targets[2].spec.value"), so that the CLI can print one
 * line and the API can answer with `details.field`.
 */
export class FieldError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "FieldError";
    this.field = field;
  }
}
