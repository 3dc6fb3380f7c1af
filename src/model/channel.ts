import { z } from 'zod';
import { CHANNEL_NAMES } from './channel-list.ts';

export { CHANNEL_NAMES, CHANNELS, type Channel, isOnline } from './channel-list.ts';

export const ChannelSchema = z.enum(CHANNEL_NAMES);
