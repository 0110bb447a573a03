import { ApiError } from '../shared/api';

/**
 * Splits an API error into messages for the fields a form shows and one message
 * for the rest, so nothing the server says is dropped on the floor.
 */
export function splitErrors(
  error: unknown,
  fields: readonly string[],
): { byField: Record<string, string>; general: string } {
  if (!(error instanceof ApiError)) {
    return { byField: {}, general: error instanceof Error ? error.message : String(error) };
  }
  const byField: Record<string, string> = {};
  const rest: string[] = [];
  for (const [field, message] of Object.entries(error.fieldErrors())) {
    // A nested path the form has no box for goes to its parent when the parent has one.
    const target = fields.includes(field)
      ? field
      : fields.find(
          (f) =>
            field.startsWith(`${f}.`) || field.startsWith(`${f}[`) || f.startsWith(`${field}.`),
        );
    if (target && !byField[target]) byField[target] = message;
    else rest.push(message);
  }
  const general =
    Object.keys(byField).length === 0 ? error.message : rest.length ? rest.join('; ') : '';
  return { byField, general };
}

export const errorText = (error: unknown) =>
  error instanceof Error ? error.message : String(error);
