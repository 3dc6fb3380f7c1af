/**
 * When an event happened, following Segment's rules
 * (https://segment.com/docs/connections/spec/common/#timestamps):
 * - an explicit `timestamp` is trusted as given (historical imports set it);
 * - else `originalTimestamp` corrected for the device's clock skew:
 *   receivedAt − (sentAt − originalTimestamp), when the SDK says when it sent the event;
 * - else `originalTimestamp` as is, else the time we received it.
 */
export function resolveEventTime(fields: {
  timestamp?: Date;
  originalTimestamp?: Date;
  sentAt?: Date;
  receivedAt: Date;
}): Date {
  if (fields.timestamp) return fields.timestamp;
  if (fields.originalTimestamp) {
    if (!fields.sentAt) return fields.originalTimestamp;
    const skewMs = fields.sentAt.getTime() - fields.originalTimestamp.getTime();
    return new Date(fields.receivedAt.getTime() - skewMs);
  }
  return fields.receivedAt;
}
