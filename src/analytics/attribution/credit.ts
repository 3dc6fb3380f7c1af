/**
 * What a model hands out: conversions and value per channel (indexed like the table's channels).
 * Credits of a model add up to the conversions (and value) of the paths it could attribute.
 */
export interface ChannelCredit {
  readonly conversions: Float64Array;
  readonly value: Float64Array;
}

export function emptyCredit(channelCount: number): ChannelCredit {
  return { conversions: new Float64Array(channelCount), value: new Float64Array(channelCount) };
}

/** `{ channel: number }` in channel order, e.g. `{ search: 0.4, email: 0.6 }`. */
export function byChannel(channels: readonly string[], values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  channels.forEach((name, i) => {
    out[name] = values[i]!;
  });
  return out;
}
