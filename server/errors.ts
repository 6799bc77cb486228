import type { FastifyReply } from 'fastify';

/** The API's error shape; the server answers its own errors in it too, so the page reads one shape. */
export interface ErrorEntry {
  errorCode: string;
  errorMessage: string;
  correlationId?: string;
  details?: string;
  additionalInfo?: { property?: string; reason?: string }[];
}

export function errorList(
  errorCode: string,
  errorMessage: string,
  extra: Omit<ErrorEntry, 'errorCode' | 'errorMessage'> = {},
): ErrorEntry[] {
  return [{ errorCode, errorMessage, ...extra }];
}

/** An ErrorList answer that no cache keeps. */
export function sendError(
  reply: FastifyReply,
  status: number,
  errorCode: string,
  errorMessage: string,
  extra: Omit<ErrorEntry, 'errorCode' | 'errorMessage'> = {},
): FastifyReply {
  return reply
    .code(status)
    .header('Cache-Control', 'no-store')
    .send(errorList(errorCode, errorMessage, extra));
}
