// Guidelines (consigli, 4): one mail per topic; a second request needs its own ticket. Where the
// second request starts is read once by the context (classify/second-topic.ts); this rule says
// so, quoting its first sentence, or names the two modules.
import { firstSentenceEnd } from '../classify/second-topic';
import { trimEndWhitespace } from '../text/trim';
import { defineRule } from './rule';
import { bodyWhere, hitAt, quoting } from './text-locations';

export const multipleTopics = defineRule({
  id: 'multiple-topics',
  // Advice, not a question at Send: on 8 batches of unseen mail, first contact, 1 finding in 7
  // was wrong (precision 0.86; 0.71 and 0.80 on the two sealed batches): "one problem with
  // several symptoms" and "two requests" are told apart by the writer, not by the words. An
  // admin can raise it.
  severity: 'info',
  summary: 'The content raises a second, different request (another topic or module).',
  messages: {
    it: {
      default:
        'Il ticket sembra contenere più richieste («{excerpt}»): invia una mail separata per ogni argomento.',
      modules:
        'Il ticket riguarda due moduli ({first} e {second}): invia una mail separata per ciascuno.',
    },
    en: {
      default:
        'The ticket seems to contain several requests ("{excerpt}"): send a separate mail for each topic.',
      modules:
        'The ticket is about two modules ({first} and {second}): send a separate mail for each.',
    },
  },
  check(ctx) {
    const found = ctx.secondTopic;
    if (!found) return [];
    const second = found.segment;
    const lead = second.text.length - second.text.replace(/^\s+/, '').length;
    const text = trimEndWhitespace(second.text.slice(lead));
    const sentence = firstSentenceEnd(text);
    const length = Math.min(
      sentence > 0 && sentence < text.length ? sentence + 1 : text.length,
      120,
    );
    const where = bodyWhere(hitAt(second, lead, length));
    if (!found.modules) return [quoting('default', where)];
    const [a, b] = found.modules.map((i) => ctx.directory.modules[i]!.name);
    return [{ messageId: 'modules', data: { first: a!, second: b! }, where }];
  },
});
