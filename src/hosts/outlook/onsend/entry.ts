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

function onMessageSendHandler(event: SendEvent): void {
  try {
    handler ??= loadHandler();
  } catch (err) {
    console.error(`Verifica Ticket: on-send check unavailable, mail sent unchecked: ${err}`);
    event.completed({ allowEvent: true });
    return;
  }
  void handler(event);
}

if (typeof Office !== 'undefined' && Office.actions) {
  // The name must equal LaunchEvent FunctionName in manifest.xml (checked by npm run validate).
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
} else {
  console.error('Verifica Ticket: Office.actions is not available, on-send check not registered');
}
