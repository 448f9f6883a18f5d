// The simulated Outlook compose window of the preview page.
import { useRef, useSyncExternalStore, type ChangeEvent } from 'react';
import {
  useId,
  Button,
  Field,
  Input,
  makeStyles,
  Switch,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Attach16Regular, Dismiss16Regular } from '@fluentui/react-icons';
import type { ComposeMessage, ComposeStore } from './compose-store';
import { badTicket, goodTicket, quotedNotification } from './examples';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  attachments: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  chip: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  fileInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
  },
  body: { minHeight: '260px' },
});

// A reply to the automatic mail of another ticket (Protocollo), as users sometimes send a new
// problem: the reply-to-ticket-notification rule warns about it.
const replySubject = 'R: [Ticket #48213] Protocollo – stampa del registro giornaliero';

interface Props {
  store: ComposeStore;
  notificationSender: string;
}

export function ComposeForm({ store, notificationSender }: Props) {
  const styles = useStyles();
  const message = useSyncExternalStore(
    (cb) => store.subscribe(cb),
    () => store.get(),
  );
  const fileId = useId('file-');
  const beforeReply = useRef<{ subject: string } | null>(null);
  const set = (patch: Partial<ComposeMessage>) => store.update(patch);
  const quoted = quotedNotification(notificationSender);

  const toggleReply = (on: boolean) => {
    if (on) {
      beforeReply.current = { subject: message.subject };
      set({ replyToNotification: true, subject: replySubject, body: message.body + quoted });
    } else {
      set({
        replyToNotification: false,
        body: message.body.replace(quoted, ''),
        subject:
          message.subject === replySubject ? (beforeReply.current?.subject ?? '') : message.subject,
      });
    }
  };

  const addFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    set({
      attachments: [
        ...message.attachments,
        ...files.map((f, i) => ({ id: `att-${Date.now()}-${i}`, name: f.name, size: f.size })),
      ],
    });
    event.target.value = '';
  };

  return (
    <form
      className={styles.form}
      aria-label="Messaggio simulato"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className={styles.toolbar}>
        <Button onClick={() => set(badTicket)}>Carica l’esempio sbagliato</Button>
        <Button onClick={() => set(goodTicket)}>Carica un ticket corretto</Button>
        <Button onClick={() => set({ ...badTicket, to: '', subject: '', body: '' })}>
          Messaggio vuoto
        </Button>
      </div>
      <Field label="Da">
        <Input value={message.from} onChange={(_, d) => set({ from: d.value })} />
      </Field>
      <Field label="A">
        <Input value={message.to} onChange={(_, d) => set({ to: d.value })} />
      </Field>
      <Field label="Cc">
        <Input value={message.cc} onChange={(_, d) => set({ cc: d.value })} />
      </Field>
      <Field label="Oggetto">
        <Input value={message.subject} onChange={(_, d) => set({ subject: d.value })} />
      </Field>
      <Field label="Testo del messaggio">
        <Textarea
          className={styles.body}
          resize="vertical"
          value={message.body}
          onChange={(_, d) => set({ body: d.value })}
        />
      </Field>
      <section aria-label="Allegati">
        <ul className={styles.attachments}>
          {message.attachments.map((a) => (
            <li key={a.id} className={styles.chip}>
              <Attach16Regular aria-hidden />
              {a.name} ({Math.max(1, Math.round(a.size / 1024))} KB)
              <Button
                appearance="subtle"
                size="small"
                icon={<Dismiss16Regular />}
                aria-label={`Rimuovi allegato ${a.name}`}
                onClick={() =>
                  set({ attachments: message.attachments.filter((x) => x.id !== a.id) })
                }
              />
            </li>
          ))}
        </ul>
        <input id={fileId} className={styles.fileInput} type="file" multiple onChange={addFiles} />
        <Button icon={<Attach16Regular />} onClick={() => document.getElementById(fileId)?.click()}>
          Aggiungi allegato
        </Button>
      </section>
      <Switch
        label="Risposta a una mail di notifica ticket"
        checked={message.replyToNotification}
        onChange={(_, d) => toggleReply(d.checked)}
      />
    </form>
  );
}
