import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  type HttpServer,
  HttpStatus,
  Logger,
} from '@nestjs/common';

import type { ErrorBody } from '@yilin/contracts';
import { isRuntimeError } from '@yilin/runtime';

import { issuesIn } from '@engine/common/validation/bilingual-issues.util';

import { DomainError } from './domain.error';
import { errorBody } from './error-body';
import { RUNTIME_ERROR_STATUS } from './runtime-error-status';

// The runtime words its data refusal in English; the field messages under it follow the caller's language.
const INVALID_DATA = { zh: '部分字段填写有误', en: 'Some fields are not valid' } as const;

const DATABASE_DOWN =
  /ECONNREFUSED|ETIMEDOUT|PROTOCOL_SEQUENCE_TIMEOUT|PROTOCOL_CONNECTION_LOST|ER_CON_COUNT_ERROR|Pool is closed|connect ETIMEDOUT|SQLITE_BUSY|Connection lost|ECONNRESET/;

/**
 * The one place errors become responses: runtime and domain refusals by their code, Nest's HTTP
 * exceptions as they are, an unreachable database as 503, anything else as 500 with an id to find the log.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  /** `http` answers through whichever adapter serves the app, Express or Fastify. */
  constructor(private readonly http: HttpServer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response: unknown = host.switchToHttp().getResponse();
    const body = this.toBody(exception, host.switchToHttp().getRequest<Pick<IncomingMessage, 'headers'>>());
    if (this.http.isHeadersSent(response)) return;
    this.http.reply(response, body, body.statusCode);
  }

  private toBody(exception: unknown, request: Pick<IncomingMessage, 'headers'>): ErrorBody {
    const language = prefersChinese(request) ? 'zh' : 'en';
    if (isRuntimeError(exception)) {
      const refusal = exception.refusal;
      const message = refusal
        ? refusal.message[language]
        : exception.code === 'INVALID_DATA'
          ? INVALID_DATA[language]
          : exception.message;
      const body = errorBody(RUNTIME_ERROR_STATUS[exception.code], message, {
        code: exception.code,
        ...(refusal ? { reason: refusal.reason, messages: refusal.message } : {}),
        ...(exception.details !== undefined ? { details: issuesIn(exception.details, language) } : {}),
      });
      // A rule's refusal names itself in `error` as well, so a client can branch on it without a second field.
      return refusal ? { ...body, error: exception.code } : body;
    }
    if (exception instanceof DomainError) {
      return errorBody(exception.status, exception.message, {
        code: exception.code,
        ...(exception.details !== undefined ? { details: issuesIn(exception.details, language) } : {}),
      });
    }
    if (exception instanceof HttpException) {
      return fromHttpException(exception, language);
    }
    const message =
      exception instanceof Error ? `${exception.message} ${(exception as { code?: string }).code ?? ''}` : '';
    if (DATABASE_DOWN.test(message)) {
      this.logger.warn(`Database unavailable: ${message}`);
      return errorBody(HttpStatus.SERVICE_UNAVAILABLE, 'The database is unavailable; please try again shortly', {
        code: 'DATABASE_UNAVAILABLE',
      });
    }
    const errorId = randomUUID();
    this.logger.error(`Unexpected error ${errorId}`, exception instanceof Error ? exception.stack : String(exception));
    return errorBody(
      HttpStatus.INTERNAL_SERVER_ERROR,
      'Something went wrong on our side; quote the error id if you report it',
      {
        code: 'INTERNAL',
        errorId,
      },
    );
  }
}

/** A rule's sentence in the caller's language: Chinese unless the request asks for English first. */
function prefersChinese(request: Pick<IncomingMessage, 'headers'> | undefined): boolean {
  const accepted = request?.headers?.['accept-language'];
  if (typeof accepted !== 'string' || !accepted) return true;
  return !accepted.trim().toLowerCase().startsWith('en');
}

function fromHttpException(exception: HttpException, language: 'zh' | 'en'): ErrorBody {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null) {
    const { message, code, details } = response as { message?: unknown; code?: string; details?: unknown };
    const text = Array.isArray(message)
      ? message.join('; ')
      : typeof message === 'string'
        ? message
        : exception.message;
    return errorBody(status, text, {
      ...(code ? { code } : {}),
      ...(details !== undefined ? { details: issuesIn(details, language) } : {}),
    });
  }
  return errorBody(status, String(response));
}
