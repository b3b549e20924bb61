// The google.script.run stand-in injected into the sidebar: calls the same-named server function over HTTP.

/**
 * Source of a script that defines `google.script.run` and `google.script.host` in the sidebar page. It behaves as
 * Apps Script's does: each server function is an enumerable property; withSuccessHandler, withFailureHandler and
 * withUserObject return a runner that remembers them; handlers run asynchronously, with the user object as second
 * argument; a Date, a function or a DOM node among the arguments is refused, since Apps Script cannot pass them.
 */
export function bridgeScript(serverFunctions: readonly string[]): string {
  return `(function () {
  var names = ${JSON.stringify(serverFunctions)};
  function illegal(value, seen) {
    if (value === null || value === undefined) return false;
    var type = typeof value;
    if (type === 'function' || type === 'symbol' || type === 'bigint') return true;
    if (type !== 'object') return false;
    // isDate, written out: this script runs in the page, which cannot import LeadLift's.
    if (Object.prototype.toString.call(value) === '[object Date]') return true;
    if (typeof Node !== 'undefined' && value instanceof Node && !(value instanceof HTMLFormElement)) return true;
    if (seen.indexOf(value) !== -1) return true;
    seen.push(value);
    for (var key in value) if (Object.prototype.hasOwnProperty.call(value, key) && illegal(value[key], seen)) return true;
    seen.pop();
    return false;
  }
  function formValues(form) {
    var out = {};
    for (var i = 0; i < form.elements.length; i++) {
      var field = form.elements[i];
      if (field.name && !field.disabled) out[field.name] = field.value;
    }
    return out;
  }
  function notifyPage(events) {
    if (window.parent !== window) window.parent.postMessage({ type: 'leadlift:ran', events: events }, location.origin);
  }
  function runner(success, failure, userObject) {
    var self = {
      withSuccessHandler: function (handler) { return runner(handler, failure, userObject); },
      withFailureHandler: function (handler) { return runner(success, handler, userObject); },
      withUserObject: function (object) { return runner(success, failure, object); },
    };
    names.forEach(function (name) {
      self[name] = function () {
        var args = Array.prototype.slice.call(arguments).map(function (arg) {
          return typeof HTMLFormElement !== 'undefined' && arg instanceof HTMLFormElement ? formValues(arg) : arg;
        });
        for (var i = 0; i < args.length; i++) {
          if (illegal(args[i], [])) throw new Error('Failed due to illegal value in property: ' + i);
        }
        fetch('/api/run', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: name, args: args }),
        })
          .then(function (response) { return response.json(); })
          .then(function (reply) {
            notifyPage(reply.events || null);
            if (reply.ok) { if (success) success(reply.result, userObject); }
            else if (failure) {
              var error = new Error(reply.error.message);
              error.name = reply.error.name || 'ScriptError';
              failure(error, userObject);
            }
          }, function (problem) {
            if (failure) failure(new Error('NetworkError: Connection failure due to HTTP 0: ' + problem), userObject);
          });
      };
    });
    return self;
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      origin: location.origin,
      close: function () { window.parent.postMessage({ type: 'leadlift:close' }, location.origin); },
      setHeight: function () {},
      setWidth: function () {},
      editor: { focus: function () {} },
    },
  };
})();`;
}

/** Puts the bridge first in the sidebar's <head>, before the sidebar's own scripts run. */
export function injectBridge(html: string, serverFunctions: readonly string[]): string {
  const script = `<script>${bridgeScript(serverFunctions).replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head)
    return html.slice(0, head.index + head[0].length) + script + html.slice(head.index + head[0].length);
  return script + html;
}
