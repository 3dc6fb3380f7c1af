import { createContext, useContext } from 'react';
import type { User } from '../api/types.ts';

/** The signed-in user, for components deep in a page that show or hide what the role allows. */
export const UserContext = createContext<User | null>(null);

/** The signed-in user; null outside the signed-in pages. */
export function useUser(): User | null {
  return useContext(UserContext);
}
