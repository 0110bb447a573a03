import { AppException, ERROR_CATALOG, Language, validationException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

/** The contract's error body, as a socket client receives it in an ack or a refused handshake. */
export interface SocketErrorBody {
  code: string;
  message: string;
  details: { field: string; message: string }[];
}

export function errorBody(error: unknown, lang: Language): SocketErrorBody {
  const known =
    error instanceof AppException ? error : new AppException(ErrorCode.INTERNAL, undefined);
  const entry = ERROR_CATALOG[known.code];
  return {
    code: known.code,
    message: known.options.message?.[lang] ?? entry[lang],
    details: (known.options.details ?? []).map((d) => ({
      field: d.field,
      message: d.message[lang],
    })),
  };
}

/**
 * A refused handshake: socket.io hands `data` to the client's `connect_error`
 * (`err.data.code`), so a phone can tell an expired token from a bad one.
 */
export function handshakeError(error: unknown, lang: Language): Error & { data: SocketErrorBody } {
  const body = errorBody(error, lang);
  return Object.assign(new Error(body.message), { data: body });
}

/**
 * Validates a client event's payload like an HTTP body (whitelist, unknown fields
 * refused, fields named) and returns the typed DTO, or throws the same
 * VALIDATION_FAILED / UNKNOWN_FIELD AppException the HTTP pipe would.
 */
export async function validatePayload<T extends object>(
  type: new () => T,
  payload: unknown,
): Promise<T> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new AppException(ErrorCode.VALIDATION_FAILED, {
      message: { zh: '消息内容必须是对象', en: 'The payload must be an object' },
    });
  }
  const dto = plainToInstance(type, payload);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw validationException(errors);
  return dto;
}
