import { Param, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppException } from '../errors/app.exception';

/**
 * A path id that is not a uuid cannot name a row: the route answers its own not-found
 * (the same code, status and message as for an id nobody has), and the service never
 * sends the malformed text to PostgreSQL, where the uuid cast would fail.
 */
export class IdParamPipe implements PipeTransform<unknown, string> {
  constructor(private readonly notFound: () => AppException) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value)) throw this.notFound();
    return value;
  }
}

/** `@IdParam('id', shiftNotFound) id: string`: the path parameter, known to be a uuid. */
export function IdParam(name: string, notFound: () => AppException): ParameterDecorator {
  return Param(name, new IdParamPipe(notFound));
}
