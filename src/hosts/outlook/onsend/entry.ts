// Entry of dist/outlook/onsend.js: the file classic Outlook on Windows runs alone in its
// JavaScript-only runtime, and onsend.html loads after office.js elsewhere. Office.onReady does
// not run first in the JavaScript runtime, so the handler is registered at once.
import type { SendEvent } from './on-send-handler';

/** The hosting address the bundle was built for (webpack DefinePlugin, from ADDIN_URL). */
declare const __ADDIN_URL__: string;

type Handler = (event: SendEvent) => Promise<void>;
let handler: Handler | undefined;

function loadHandler(): Handler {
  // Loaded at the first send rather than with the file: the JavaScript-only runtime offers
  // fewer web APIs than a browser, and if the engine cannot start there the handler must still
  // be registered (an unregistered handler under SoftBlock stops every send) and let mail go.
  const { createOnSendHandler } =
    require('./on-send-handler') as typeof import('./on-send-handler');
  const { officeEnvironment } =
    require('./office-environment') as typeof import('./office-environment');
  return createOnSendHandler(officeEnvironment(__ADDIN_URL__));
}

/** Diagnostics only; a console that throws (or an error whose text throws) must not matter. */
function report(text: () => string): void {
  try {
    console.error(`Verifica Ticket: ${text()}`);
  } catch {
    // Nothing more to do: the send is already answered.
  }
}

function onMessageSendHandler(event: SendEvent): void {
  let run: Handler;
  try {
    run = handler ??= loadHandler();
  } catch (err) {
    // Outlook waits for this call: it comes before any logging, which could throw.
    event.completed({ allowEvent: true });
    report(() => `on-send check unavailable, mail sent unchecked: ${err}`);
    return;
  }
  // The handler answers Outlook itself and never rejects by design; should it reject before
  // answering, the mail still goes (an unanswered event leaves Outlook waiting).
  let answered = false;
  const once: SendEvent = {
    completed(options) {
      answered = true;
      event.completed(options);
    },
  };
  run(once).catch((err: unknown) => {
    if (!answered) event.completed({ allowEvent: true });
    report(() => `on-send handler failed, mail sent unchecked: ${err}`);
  });
}

if (typeof Office !== 'undefined' && Office.actions) {
  // The name must equal LaunchEvent FunctionName in manifest.xml (checked by npm run validate).
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
} else {
  console.error('Verifica Ticket: Office.actions is not available, on-send check not registered');
}
