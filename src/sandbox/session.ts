// A fake Session: the user's locale and the script's time zone; the user's email stays hidden unless a test shares it,
// as for add-on users outside the developer's domain.

import type { SandboxContext } from './context';

export function createSession(context: SandboxContext) {
  const currentUser = { getEmail: () => context.emails.get(context.user) ?? '' };
  return {
    getActiveUserLocale: () => context.locale.split('_')[0] ?? context.locale,
    getScriptTimeZone: () => context.scriptTimeZone,
    /** Empty for consumer accounts and for users outside the developer's domain. */
    getActiveUser: () => currentUser,
    getEffectiveUser: () => currentUser,
    getTemporaryActiveUserKey: () => `sandbox-key-${context.user}`,
  };
}
