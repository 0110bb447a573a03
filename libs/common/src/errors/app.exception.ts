import { ErrorCode } from '@app/contracts';

export interface Localized {
  zh: string;
  en: string;
}

export interface FieldProblem {
  field: string;
  message: Localized;
}

/**
 * The exception every domain throws. The code decides the HTTP status (see the
 * error catalog); the message defaults to the catalog's text for that code.
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: {
      message?: Localized;
      details?: FieldProblem[];
      /** For 429 and 503: when the client may try again (sent as Retry-After). */
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(options.message?.en ?? code);
  }

  /** An error about one field of the request, named in `details`. */
  static forField(code: ErrorCode, field: string, message: Localized): AppException {
    return new AppException(code, { details: [{ field, message }], message });
  }
}
