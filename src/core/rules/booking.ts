// Guidelines: avoid "prenotazioni di assistenza", help asked for a possible future need.
import { bodyWhere, findInBody } from './helpers';
import type { Rule } from './rule';

const booking =
  /\b(?:prenotar[ei]|prenotazione|prenoto|bloccare|riservare|fissare fin d'ora|fissare sin d'ora) (?:(?:un|una|un'|l'|la|il|lo|dell'|della|del) ?)?(?:eventuale |vostra |vostro |giornata di |slot di |intervento di )?(?:assistenza|supporto|intervento|tecnico|operatore|disponibilita|slot|giornata)\b|\bnel caso (?:in cui )?(?:dovesse|dovessero|servisse|servissero|ci fosse|ci fossero|fosse|fossero) (?:servire|bisogno|necessario|necessita|problemi|difficolta|qualche)|\bqualora (?:dovesse|dovessero|servisse|ci fosse|ci fossero|fosse necessario|si presentassero|sorgessero)\b|\bin previsione (?:di|dei|delle|del) (?:eventuali|possibili|futuri|future|probabili)\b|\bin vista (?:di|dei|delle) (?:eventuali|possibili)\b|\bper sicurezza (?:vorrei|volevo|vorremmo|chiedo|prenoto|fisserei)|\b(?:fin|sin) d'ora\b|\b(?:fin|sin) da ora\b|\bin caso di (?:eventuali|possibili|futuri|future) (?:problemi|difficolta|necessita|dubbi|anomalie|errori)\b|\b(?:se|nel caso) (?:dovessimo|dovessi) (?:avere bisogno|averne bisogno|avere problemi|trovarci in difficolta)\b|\b(?:tenervi|tenere|tenetevi) (?:liberi|disponibili|a disposizione)\b|\bpotrebbe(?:ro)? (?:servirci|servirmi|servire) (?:il vostro|un|una|del|assistenza|supporto)/;

export const bookingRule: Rule = {
  id: 'booking',
  defaultSeverity: 'warning',
  check(ctx) {
    const { content } = ctx.body;
    const hit = findInBody(
      ctx,
      { ...content, end: Math.min(content.end, content.start + 50000) },
      booking,
    );
    if (!hit) return [];
    return [{ data: { excerpt: bodyWhere(hit).excerpt! }, where: bodyWhere(hit) }];
  },
};
