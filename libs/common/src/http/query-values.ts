import { Transform, TransformFnParams } from 'class-transformer';

/**
 * A query string is text, and the global pipe converts nothing implicitly (a
 * body's "false" must stay a string so that it is refused, never read as
 * true). Query fields that hold numbers or booleans say so with these; a value
 * that is not one is left as it is for the validator to name.
 */
export function QueryNumber(): PropertyDecorator {
  return Transform(({ obj, key }: TransformFnParams): unknown => {
    const raw = (obj as Record<string, unknown>)[key];
    return typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  });
}

/** Only the words `true` and `false`; `1`, `yes` or an empty value are refused. */
export function QueryBoolean(): PropertyDecorator {
  return Transform(({ obj, key }: TransformFnParams): unknown => {
    const raw = (obj as Record<string, unknown>)[key];
    return raw === 'true' ? true : raw === 'false' ? false : raw;
  });
}
