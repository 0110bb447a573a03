import { getSchemaPath } from '@nestjs/swagger';

/** OpenAPI schema of `{items: View[], nextCursor}` (register View with @ApiExtraModels). */
export function pageSchema(view: abstract new (...args: never[]) => unknown) {
  return {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: {
      items: { type: 'array', items: { $ref: getSchemaPath(view) } },
      nextCursor: { type: 'string', nullable: true },
    },
  };
}
