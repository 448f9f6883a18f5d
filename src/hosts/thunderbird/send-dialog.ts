/// <reference types="thunderbird-webext-browser" />
// The small window opened on send: lists what is wrong and, for warnings, lets the user send
// anyway. Keyboard: Tab between buttons, Enter to press, Escape = "Correggi".
import type { DialogContent, DialogMessage } from './dialog-protocol';
import { text } from './texts';

const id = new URLSearchParams(location.search).get('id') ?? '';

function send(message: DialogMessage): Promise<unknown> {
  return messenger.runtime.sendMessage(message);
}

function button(label: string, id: string, primary: boolean): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.id = id;
  b.textContent = label;
  if (primary) b.className = 'primary';
  return b;
}

async function answer(sendIt: boolean) {
  try {
    await send({ type: 'verifica-ticket/dialog-answer', id, send: sendIt });
  } finally {
    window.close();
  }
}

/** Opens the full pane (report and fixes) for the compose window, then closes the dialog. */
async function showDetails(tabId: number) {
  try {
    await messenger.windows.create({
      type: 'popup',
      url: `popup.html?tabId=${tabId}`,
      width: 460,
      height: 640,
    });
  } finally {
    await answer(false);
  }
}

function render(content: DialogContent) {
  const { locale, kind } = content;
  document.documentElement.lang = locale;
  const titleId =
    kind === 'prompt' ? 'promptTitle' : kind === 'block' ? 'blockTitle' : 'noticeTitle';
  const title = text(locale, titleId);
  document.title = title;
  const dialog = document.getElementById('app')!;
  dialog.replaceChildren();

  const h1 = document.createElement('h1');
  h1.id = 'dialog-title';
  h1.textContent = title;
  dialog.append(h1);

  if (content.findings.length > 0) {
    const head = document.createElement('p');
    head.id = 'dialog-summary';
    head.textContent = content.summary.split('\n')[0] ?? '';
    const list = document.createElement('ul');
    list.setAttribute('aria-label', text(locale, 'findingsLabel'));
    for (const f of content.findings) {
      const li = document.createElement('li');
      li.className = f.severity;
      li.textContent = f.message;
      list.append(li);
    }
    dialog.append(head, list);
  } else {
    const p = document.createElement('p');
    p.id = 'dialog-summary';
    p.textContent = content.summary;
    dialog.append(p);
  }
  if (kind === 'block') {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = text(locale, 'blockHint');
    dialog.append(hint);
  }

  const actions = document.createElement('div');
  actions.className = 'actions';
  let cancel: HTMLButtonElement;
  if (kind === 'prompt') {
    cancel = button(text(locale, 'correct'), 'correct', true);
    const sendAnyway = button(text(locale, 'sendAnyway'), 'send-anyway', false);
    sendAnyway.addEventListener('click', () => void answer(true));
    actions.append(cancel, sendAnyway);
  } else {
    cancel = button(text(locale, kind === 'block' ? 'correct' : 'close'), 'correct', true);
    actions.append(cancel);
  }
  if (kind === 'block' && content.tabId !== undefined) {
    const details = button(text(locale, 'details'), 'details', false);
    details.addEventListener('click', () => void showDetails(content.tabId!));
    actions.prepend(details);
  }
  cancel.addEventListener('click', () => void answer(false));
  dialog.append(actions);
  dialog.setAttribute('aria-labelledby', 'dialog-title');
  dialog.setAttribute('aria-describedby', 'dialog-summary');
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') void answer(false);
  });
  // The safe choice has the focus: Enter does not send by accident.
  cancel.focus();
}

async function start() {
  const content = (await send({ type: 'verifica-ticket/dialog-get', id })) as DialogContent | null;
  if (!content) {
    window.close();
    return;
  }
  render(content);
  setInterval(() => void send({ type: 'verifica-ticket/dialog-keepalive', id }), 5_000);
}

void start();
