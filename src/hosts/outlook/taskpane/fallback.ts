// What the task pane page says when the pane itself cannot start: Office.js did not load (a
// proxy, no network), Outlook is slow to answer, or the page was opened outside Outlook. Plain
// DOM, no React: it must work when everything else did not. Italian first, English second (the
// page cannot know Outlook's language before Office.js answers).

export type FallbackReason = 'missing' | 'slow' | 'outside';

const texts: Record<FallbackReason, { it: string; en: string }> = {
  missing: {
    it: 'Verifica Ticket non può partire: Outlook non ha caricato la libreria Office.js (rete o proxy). Chiudi e riapri il riquadro; se il problema resta, avvisa l’amministratore. I tuoi messaggi si inviano comunque.',
    en: 'Ticket Check cannot start: Outlook did not load the Office.js library (network or proxy). Close and reopen the pane; if it happens again, tell your administrator. Your messages can still be sent.',
  },
  slow: {
    it: 'Outlook non ha ancora avviato Verifica Ticket. Attendi qualche secondo; se questo messaggio resta, chiudi e riapri il riquadro.',
    en: 'Outlook has not started Ticket Check yet. Wait a few seconds; if this message stays, close and reopen the pane.',
  },
  outside: {
    it: 'Verifica Ticket funziona dentro Outlook: apri un messaggio nuovo e scegli Verifica Ticket tra i componenti aggiuntivi. Aperta da sola, questa pagina non può leggere nessun messaggio.',
    en: 'Ticket Check works inside Outlook: open a new message and choose Ticket Check among the add-ins. Opened on its own, this page cannot read any message.',
  },
};

/** Replaces the content of `container` with the explanation for `reason`. */
export function showFallback(container: HTMLElement, reason: FallbackReason): void {
  const doc = container.ownerDocument;
  const main = doc.createElement('main');
  main.className = 'fallback';
  main.dataset.fallback = reason;
  main.setAttribute('aria-label', 'Verifica Ticket');
  const title = doc.createElement('h1');
  title.textContent = 'Verifica Ticket';
  // role=alert: a screen reader announces why the pane is not there.
  const alert = doc.createElement('div');
  alert.setAttribute('role', 'alert');
  for (const lang of ['it', 'en'] as const) {
    const p = doc.createElement('p');
    p.lang = lang;
    p.textContent = texts[reason][lang];
    alert.append(p);
  }
  main.append(title, alert);
  container.replaceChildren(main);
}
