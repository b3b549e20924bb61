// Exceptions shaped like the ones Apps Script services throw, so code that reads `e.name` or `String(e)` behaves alike.

/**
 * Apps Script reports service failures as `Exception: <message>`: the name is "Exception" and the message carries
 * no prefix, so `String(e)` reads exactly as the Apps Script log does.
 */
export class AppsScriptException extends Error {
  override name = 'Exception';
}

export function exception(message: string): AppsScriptException {
  return new AppsScriptException(message);
}

/** What Apps Script throws when a service needs an authorization the current mode does not grant. */
export function permissionDenied(method: string, scope: string): AppsScriptException {
  return exception(
    `You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/${scope}`,
  );
}
