// A fake Session: the user's locale and the script's time zone; the user's email stays hidden, as for add-on users.

import type { SandboxContext } from './context';

const anonymousUser = { getEmail: () => '' };

export function createSession(context: SandboxContext) {
  return {
    getActiveUserLocale: () => context.locale.split('_')[0] ?? context.locale,
    getScriptTimeZone: () => context.scriptTimeZone,
    /** Empty for consumer accounts and for users outside the developer's domain. */
    getActiveUser: () => anonymousUser,
    getEffectiveUser: () => anonymousUser,
    getTemporaryActiveUserKey: () => 'sandbox-user-key',
  };
}
