/**
 * The workspace's form pieces, GOV.UK patterns in the workspace's own classes
 * (workspace-style.ts): an error summary at the top linking to each field, and fields with the
 * label above the input, an optional hint, and the field's own error inline. Every form of a
 * page is built from these, so each field has one id the summary can link to.
 */
import type { Child } from "hono/jsx";
import type { FieldError } from "./forms.ts";

/** The session's CSRF token: the first thing inside every POST form. */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** The errors of a form, each linking to its field; nothing when there are none. */
export function ErrorSummary(props: { title: string; errors: readonly FieldError[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{props.title}</h2>
      <ul>
        {props.errors.map((e) => (
          <li>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A page's notice after a change ("Đã lưu 3 giá trị."). */
export function Notice(props: { text: string | undefined }) {
  return props.text ? (
    <p class="notice" role="status">
      {props.text}
    </p>
  ) : null;
}

/** The error of one field, under its label (shown by the field components). */
export function FieldErrorText(props: { id: string; error: string | undefined }) {
  return props.error ? (
    <p class="error field-error" id={`${props.id}-error`}>
      {props.error}
    </p>
  ) : null;
}

interface FieldProps {
  /** The input's id and name: what the error summary links to. */
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

function FieldFrame(props: FieldProps & { children: Child }) {
  return (
    <div class={props.error ? "field field-invalid" : "field"}>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldErrorText id={props.id} error={props.error} />
      {props.children}
    </div>
  );
}

/** `aria-describedby` of a field: its hint and its error, when it has them. */
function describedBy(props: FieldProps): string | undefined {
  const ids = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function TextField(
  props: FieldProps & {
    value?: string;
    type?: "text" | "password" | "date";
    inputmode?: "decimal" | "numeric" | "text";
    autocomplete?: string;
    required?: boolean;
    wide?: boolean;
  },
) {
  return (
    <FieldFrame {...props}>
      <input
        type={props.type ?? "text"}
        id={props.id}
        name={props.id}
        value={props.value ?? ""}
        class={props.wide ? "wide" : undefined}
        inputmode={props.inputmode}
        autocomplete={props.autocomplete}
        required={props.required}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props)}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { value?: string; rows?: number }) {
  return (
    <FieldFrame {...props}>
      <textarea
        id={props.id}
        name={props.id}
        rows={props.rows ?? 3}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props)}
      >
        {props.value ?? ""}
      </textarea>
    </FieldFrame>
  );
}

export function FileField(props: FieldProps & { accept: string }) {
  return (
    <FieldFrame {...props}>
      <input
        type="file"
        id={props.id}
        name={props.id}
        accept={props.accept}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props)}
      />
    </FieldFrame>
  );
}

/**
 * A drop-down of fixed choices, each shown by its word in the page's language. `bare`: no label
 * frame, for a cell of a table whose column head is the label (`aria-label` then names it).
 */
export function SelectField<T extends string>(
  props: FieldProps & {
    choices: readonly T[];
    selected: T | undefined;
    wordOf: (choice: T) => string;
    disabled?: boolean;
    bare?: boolean;
  },
) {
  const select = (
    <select
      id={props.id}
      name={props.id}
      disabled={props.disabled}
      aria-label={props.bare ? props.label : undefined}
      aria-invalid={props.error ? "true" : undefined}
      aria-describedby={props.bare ? (props.error ? `${props.id}-error` : undefined) : describedBy(props)}
    >
      {props.choices.map((c) => (
        <option value={c} selected={props.selected === c}>
          {props.wordOf(c)}
        </option>
      ))}
    </select>
  );
  if (!props.bare) return <FieldFrame {...props}>{select}</FieldFrame>;
  return (
    <>
      <FieldErrorText id={props.id} error={props.error} />
      {select}
    </>
  );
}
