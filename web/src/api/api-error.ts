/** An error answer of the API, in its one shape `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The server could not be reached at all (offline, server stopped). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached', { cause });
    this.name = 'NetworkError';
  }
}

/** Reads an error answer; a body that is not the API's shape still gives status and text. */
export function toApiError(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null) {
      const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
      return new ApiError(
        status,
        typeof code === 'string' ? code : 'unknown',
        typeof message === 'string' ? message : `HTTP ${status}`,
        details,
      );
    }
  }
  return new ApiError(status, 'unknown', `HTTP ${status}`);
}

/** Translation keys of the error messages (web/src/locales, under `errors`). */
export type ErrorKey =
  | 'errors.network'
  | 'errors.invalidCredentials'
  | 'errors.signedOut'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.conflict'
  | 'errors.invalid'
  | 'errors.tooLarge'
  | 'errors.tooManyAttempts'
  | 'errors.unavailable'
  | 'errors.server'
  | 'errors.unknown';

/**
 * What went wrong, as the key of a sentence the user can act on (the API's own message is in
 * English only, so it is shown as a detail, not as the message).
 * Example: `errorKey(new ApiError(401, 'invalid_credentials', '…'))` → `'errors.invalidCredentials'`.
 */
export function errorKey(error: unknown): ErrorKey {
  if (error instanceof NetworkError) return 'errors.network';
  if (!(error instanceof ApiError)) return 'errors.unknown';
  if (error.code === 'invalid_credentials') return 'errors.invalidCredentials';
  switch (error.status) {
    case 400:
    case 422:
      return 'errors.invalid';
    case 401:
      return 'errors.signedOut';
    case 403:
      return 'errors.forbidden';
    case 404:
      return 'errors.notFound';
    case 409:
      return 'errors.conflict';
    case 413:
      return 'errors.tooLarge';
    case 429:
      return 'errors.tooManyAttempts';
    case 502:
    case 503:
    case 504:
      return 'errors.unavailable';
    default:
      return error.status >= 500 ? 'errors.server' : 'errors.unknown';
  }
}
