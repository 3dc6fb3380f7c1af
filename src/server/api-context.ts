import type { Store } from '../store/store.ts';
import type { Access } from './access.ts';
import type { LoginThrottle } from './login-throttle.ts';
import type { EventNameService } from './services/event-name-service.ts';

/** What the `/api/v1` routes share: the store, who is calling, and the clock (tests set it). */
export interface ApiContext {
  store: Store;
  access: Access;
  clock: () => Date;
  throttle: LoginThrottle;
  eventNames: EventNameService;
}
