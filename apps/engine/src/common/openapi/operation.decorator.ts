import {
  type ArgumentMetadata,
  applyDecorators,
  HttpStatus,
  type PipeTransform,
  RequestMethod,
  UsePipes,
} from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { TObject, TSchema } from 'typebox';

import type { JsonSchema } from '@yilin/contracts';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

/** Named in the document's components: every refusal has this body. */
export const ERROR_BODY_REF = '#/components/schemas/ErrorBody';

/**
 * One operation's contract, from the schemas in `@yilin/contracts/schemas`: what the document shows is
 * what the server checks, and the TypeScript types are derived from the same schemas.
 */
export interface OperationContract {
  summary: string;
  description?: string;
  /** The JSON body; it is validated before the handler runs (400 with field paths when it does not fit). */
  body?: TSchema;
  /** The query string as an object of text values; validated like the body. */
  query?: TObject;
  /** The success answer's JSON body; none: the answer has no body (204) or is not JSON (`produces`). */
  response?: TSchema;
  /** A file upload: the multipart/form-data field that carries the file. */
  uploadField?: string;
  /** Content types the success answer comes in besides JSON (`text/csv` for lists that also export). */
  produces?: Record<string, TSchema>;
}

/** Validates `@Body()` and `@Query()` against the operation's schemas; path parameters and the caller pass through. */
class ContractPipe implements PipeTransform {
  private readonly body?: RequestSchemaPipe;
  private readonly query?: RequestSchemaPipe;

  constructor(contract: OperationContract) {
    if (contract.body) this.body = new RequestSchemaPipe(contract.body as unknown as JsonSchema);
    if (contract.query) this.query = new RequestSchemaPipe(contract.query as unknown as JsonSchema);
  }

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'body' && this.body) return this.body.transform(value);
    if (metadata.type === 'query' && metadata.data === undefined && this.query) return this.query.transform(value);
    return value;
  }
}

/**
 * Documents and checks one route. Put it above the route decorator (`@Get`, `@Post`, `@HttpCode`), so the
 * success status it documents is the one the route answers with.
 */
export function Operation(contract: OperationContract): MethodDecorator {
  return (target, key, descriptor) => {
    const handler = descriptor.value as object;
    const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
    if (method === undefined) throw new Error(`@Operation on ${String(key)} must stand above its route decorator`);
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
      (method === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK);
    const decorators = [
      ApiOperation({
        summary: contract.summary,
        ...(contract.description ? { description: contract.description } : {}),
      }),
      successResponse(status, contract),
      ApiResponse({
        status: '4XX',
        description: 'Refused; the body says why (`code`, and `details` for invalid data)',
        content: { 'application/json': { schema: { $ref: ERROR_BODY_REF } } },
      }),
    ];
    if (contract.body) decorators.push(ApiBody({ required: true, schema: contract.body as object }));
    if (contract.uploadField) {
      decorators.push(
        ApiConsumes('multipart/form-data'),
        ApiBody({
          required: true,
          schema: {
            type: 'object',
            required: [contract.uploadField],
            properties: { [contract.uploadField]: { type: 'string', format: 'binary' } },
          },
        }),
      );
    }
    for (const [name, schema] of Object.entries(contract.query?.properties ?? {})) {
      const required = contract.query?.required?.includes(name) ?? false;
      decorators.push(
        ApiQuery({
          name,
          required,
          schema: schema as object,
          description: (schema as { description?: string }).description,
        }),
      );
    }
    if (contract.body || contract.query) decorators.push(UsePipes(new ContractPipe(contract)));
    applyDecorators(...decorators)(target, key, descriptor);
  };
}

function successResponse(status: number, contract: OperationContract): MethodDecorator {
  const content: Record<string, { schema: object }> = {};
  if (contract.response) content['application/json'] = { schema: contract.response };
  for (const [type, schema] of Object.entries(contract.produces ?? {})) content[type] = { schema };
  return ApiResponse({
    status,
    description: Object.keys(content).length ? 'Success' : 'Done; no body',
    ...(Object.keys(content).length ? { content } : {}),
  });
}

/** For lists that also come as a spreadsheet. */
export const CSV_CONTENT: Record<string, TSchema> = { 'text/csv': { type: 'string' } as TSchema };
