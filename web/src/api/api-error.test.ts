import { describe, expect, it } from 'vitest';
import { ApiError, errorKey, NetworkError, toApiError } from './api-error.ts';

describe('toApiError', () => {
  it('reads the API error shape', () => {
    const error = toApiError(409, {
      error: { code: 'conflict', message: 'Map changed', details: { currentRevision: 4 } },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.message]).toEqual([409, 'conflict', 'Map changed']);
    expect(error.details).toEqual({ currentRevision: 4 });
  });

  it('still gives the status for a body of another shape', () => {
    const error = toApiError(502, '<html>Bad gateway</html>');
    expect([error.status, error.code, error.message]).toEqual([502, 'unknown', 'HTTP 502']);
  });
});

describe('errorKey', () => {
  it('tells a wrong password apart from an expired session', () => {
    expect(errorKey(new ApiError(401, 'invalid_credentials', 'x'))).toBe('errors.invalidCredentials');
    expect(errorKey(new ApiError(401, 'unauthorized', 'x'))).toBe('errors.signedOut');
  });

  it('names each kind of failure', () => {
    expect(errorKey(new NetworkError(new TypeError('fetch failed')))).toBe('errors.network');
    expect(errorKey(new ApiError(400, 'invalid_spec', 'x'))).toBe('errors.invalid');
    expect(errorKey(new ApiError(403, 'forbidden', 'x'))).toBe('errors.forbidden');
    expect(errorKey(new ApiError(404, 'not_found', 'x'))).toBe('errors.notFound');
    expect(errorKey(new ApiError(409, 'conflict', 'x'))).toBe('errors.conflict');
    expect(errorKey(new ApiError(413, 'payload_too_large', 'x'))).toBe('errors.tooLarge');
    expect(errorKey(new ApiError(429, 'too_many_attempts', 'x'))).toBe('errors.tooManyAttempts');
    expect(errorKey(new ApiError(503, 'unavailable', 'x'))).toBe('errors.unavailable');
    expect(errorKey(new ApiError(500, 'internal', 'x'))).toBe('errors.server');
    expect(errorKey(new ApiError(418, 'teapot', 'x'))).toBe('errors.unknown');
    expect(errorKey(new Error('boom'))).toBe('errors.unknown');
  });
});
