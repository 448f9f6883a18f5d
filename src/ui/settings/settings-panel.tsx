// The user's details for tickets (name, phone, Enti, availability, language, send mode).
// Loaded lazily: most pane openings never show it. Locked keys (admin policy) are read-only.
// Save refuses what would make a fix that never works: a phone the engine does not recognise as
// an Italian number, a time that is not HH:MM. Times are plain 24-hour text fields: a native
// time input follows the operating system's 12-hour format in English. Esc cancels.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  useId,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import type { SettingsField, SettingsProblem } from '../../core/config/coerce-settings';
import { isValidPhoneSetting } from '../../core/phone/phone-setting';
import type {
  AvailabilitySlot,
  LockableSetting,
  Locale,
  SendMode,
  UserPreferences,
  UserSettings,
} from '../../core';
import { settingsTranslator, type SettingsKey } from './settings-i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  // Days on their own row, times and the remove button below: fits a 320 px task pane.
  slot: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'end',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  days: { gridColumn: '1 / -1' },
  input: { minWidth: 0, width: '100%' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const fieldLabels: Record<SettingsField, SettingsKey> = {
  name: 'settingsName',
  phone: 'settingsPhone',
  enti: 'settingsEnti',
  availability: 'settingsAvailability',
  language: 'settingsLanguage',
  mode: 'settingsMode',
};

const time24 = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** "9", "9.30", "930", "09:30" → "09:30"; anything else is returned as typed. */
export function normalizeTime(value: string): string {
  const v = value.trim();
  const m = /^(\d{1,2})(?:[:.,]?(\d{2}))?$/.exec(v);
  if (!m) return v;
  const hh = m[1]!.padStart(2, '0');
  const time = `${hh}:${m[2] ?? '00'}`;
  return time24.test(time) ? time : v;
}

export function isValidTime(value: string): boolean {
  return time24.test(value.trim());
}

export interface SettingsPanelProps {
  /** The pane's language: the panel's texts come with it (settings-i18n.ts). */
  locale: Locale;
  /** What the user saved before (null on first run). */
  prefs: UserPreferences | null;
  /** Stored fields that could not be read: named so the user can enter them again. */
  problems?: SettingsProblem[];
  /** Values in force, admin ones included; shown for locked keys. */
  effective: UserSettings & { mode: SendMode };
  locked: LockableSetting[];
  /** First-run defaults from the mail profile. */
  profile: { name?: string; email?: string };
  firstRun: boolean;
  /** Move the focus into the panel when it appears (it was opened by the user). */
  focusOnOpen?: boolean;
  onSave: (prefs: UserPreferences) => Promise<void>;
  onCancel: () => void;
}

interface FormState {
  name: string;
  phone: string;
  enti: string;
  slots: AvailabilitySlot[];
  language: '' | Locale;
  mode: '' | SendMode;
}

function initialState(props: SettingsPanelProps): FormState {
  const { prefs, effective, locked, profile } = props;
  const pick = <K extends keyof UserSettings>(key: K & LockableSetting) =>
    locked.includes(key) ? effective[key] : prefs?.[key];
  return {
    name: pick('name') ?? profile.name ?? '',
    phone: pick('phone') ?? '',
    enti: (pick('enti') ?? effective.enti ?? []).join('\n'),
    slots: pick('availability') ?? [],
    language: pick('language') ?? '',
    mode: locked.includes('mode') ? effective.mode : (prefs?.mode ?? ''),
  };
}

function toPreferences(form: FormState, props: SettingsPanelProps): UserPreferences {
  const { locked, prefs } = props;
  const own: UserPreferences = {};
  const name = form.name.trim();
  const phone = form.phone.trim();
  const enti = form.enti
    .split('\n')
    .map((e) => e.trim())
    .filter(Boolean);
  const slots = form.slots.filter((s) => s.days.trim() || s.from || s.to);
  if (name) own.name = name;
  if (phone) own.phone = phone;
  if (enti.length) own.enti = enti;
  if (slots.length) own.availability = slots;
  if (form.language) own.language = form.language;
  if (form.mode) own.mode = form.mode;
  // Locked keys keep what the user had saved before; the admin value applies anyway.
  for (const key of locked) {
    delete own[key];
    const previous = prefs?.[key];
    if (previous !== undefined) (own as Record<string, unknown>)[key] = previous;
  }
  return own;
}

export default function SettingsPanel(props: SettingsPanelProps) {
  const { locked, firstRun, onSave, onCancel } = props;
  const t = settingsTranslator(props.locale);
  const styles = useStyles();
  const headingId = useId('settings-');
  const [form, setForm] = useState<FormState>(() => initialState(props));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Adding or removing a slot moves the keyboard focus somewhere that still exists: the new
  // slot's first field, or the add button when the focused remove button goes away.
  const [focusAfterSlotChange, setFocusAfterSlotChange] = useState<number | 'add' | null>(null);
  const daysInputs = useRef<(HTMLInputElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAfterSlotChange === null) return;
    if (focusAfterSlotChange === 'add') addButton.current?.focus();
    else daysInputs.current[focusAfterSlotChange]?.focus();
    setFocusAfterSlotChange(null);
  }, [focusAfterSlotChange]);
  const isLocked = (key: LockableSetting) => locked.includes(key);
  const lockedHint = (key: LockableSetting) => (isLocked(key) ? t('settingsLocked') : undefined);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setSlot = (index: number, patch: Partial<AvailabilitySlot>) =>
    setForm((f) => ({
      ...f,
      slots: f.slots.map((s, i) => (i === index ? { ...s, ...patch } : s)),
    }));

  const phoneInput = useRef<HTMLInputElement>(null);
  const timeInputs = useRef<(HTMLInputElement | null)[]>([]);
  // Errors show once the user leaves the field or tries to save, not at the first keystroke.
  const [checkPhone, setCheckPhone] = useState(false);
  const [checkTimes, setCheckTimes] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const unreadable = new Set((props.problems ?? []).map((p) => p.field));
  const phoneBad =
    !isLocked('phone') && form.phone.trim() !== '' && !isValidPhoneSetting(form.phone);
  const timeBad = (value: string) => !isLocked('availability') && !isValidTime(value);
  // A slot left entirely empty is simply dropped on save.
  const slotBad = (s: AvailabilitySlot) =>
    (s.days.trim() !== '' || s.from.trim() !== '' || s.to.trim() !== '') &&
    (timeBad(s.from) || timeBad(s.to));
  const slotsBad = form.slots.some(slotBad);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCheckPhone(true);
    setCheckTimes(true);
    if (phoneBad || slotsBad) {
      setInvalid(true);
      if (phoneBad) phoneInput.current?.focus();
      else {
        const i = form.slots.findIndex(slotBad);
        const slot = form.slots[i]!;
        timeInputs.current[i * 2 + (timeBad(slot.from) ? 0 : 1)]?.focus();
      }
      return;
    }
    setInvalid(false);
    setSaving(true);
    setError(null);
    try {
      await onSave(toPreferences(form, props));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  // Esc cancels wherever the focus is in the pane (it is still on the settings button right after
  // opening). A key already handled (a native dropdown closing) is left alone.
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      cancel.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // Opened by the user: the focus moves to the panel, so the form is read from its title.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focusOnOpen) heading.current?.focus();
  }, [props.focusOnOpen]);

  const problemFields = [...unreadable]
    .filter((f): f is SettingsField => f !== null)
    .map((f) => t(fieldLabels[f]));
  const unreadableHint = (field: SettingsField) =>
    unreadable.has(field) ? t('settingsFieldUnreadable') : undefined;

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={submit}
      noValidate
      data-testid="settings"
    >
      <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        {t('settingsTitle')}
      </h2>
      {firstRun && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('settingsFirstRun')}</MessageBarBody>
        </MessageBar>
      )}
      {unreadable.size > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-problems">
          <MessageBarBody>
            {unreadable.has(null)
              ? t('settingsUnreadableAll')
              : t('settingsUnreadable', { fields: problemFields.join(', ') })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('settingsName')} hint={lockedHint('name') ?? unreadableHint('name')}>
        <Input
          value={form.name}
          readOnly={isLocked('name')}
          autoComplete="name"
          onChange={(_, d) => set('name', d.value)}
        />
      </Field>
      <Field
        label={t('settingsPhone')}
        hint={lockedHint('phone') ?? unreadableHint('phone')}
        validationState={checkPhone && phoneBad ? 'error' : 'none'}
        validationMessage={checkPhone && phoneBad ? t('settingsPhoneInvalid') : undefined}
      >
        <Input
          ref={phoneInput}
          type="tel"
          value={form.phone}
          readOnly={isLocked('phone')}
          autoComplete="tel"
          onChange={(_, d) => set('phone', d.value)}
          onBlur={() => setCheckPhone(true)}
        />
      </Field>
      <Field label={t('settingsEnti')} hint={lockedHint('enti') ?? unreadableHint('enti')}>
        <Textarea
          value={form.enti}
          readOnly={isLocked('enti')}
          resize="vertical"
          onChange={(_, d) => set('enti', d.value)}
        />
      </Field>
      <fieldset className={styles.fieldset} disabled={isLocked('availability')}>
        <legend>{t('settingsAvailability')}</legend>
        {isLocked('availability') && <span>{t('settingsLocked')}</span>}
        {unreadable.has('availability') && <span>{t('settingsFieldUnreadable')}</span>}
        {form.slots.map((slot, i) => (
          <div
            key={i}
            className={styles.slot}
            role="group"
            aria-label={t('settingsSlot', { n: i + 1 })}
            data-testid="slot"
          >
            <Field label={t('settingsSlotDays')} className={styles.days}>
              <Input
                ref={(el) => {
                  daysInputs.current[i] = el;
                }}
                className={styles.input}
                value={slot.days}
                placeholder="lun-ven"
                onChange={(_, d) => setSlot(i, { days: d.value })}
              />
            </Field>
            <Field
              label={t('settingsSlotFrom')}
              validationState={checkTimes && slotBad(slot) && timeBad(slot.from) ? 'error' : 'none'}
              validationMessage={
                checkTimes && slotBad(slot) && timeBad(slot.from)
                  ? t('settingsTimeInvalid')
                  : undefined
              }
            >
              <Input
                ref={(el) => {
                  timeInputs.current[i * 2 + 0] = el;
                }}
                className={styles.input}
                inputMode="numeric"
                placeholder={t('settingsTimePlaceholder')}
                value={slot.from}
                onChange={(_, d) => setSlot(i, { from: d.value })}
                onBlur={() => setSlot(i, { from: normalizeTime(slot.from) })}
              />
            </Field>
            <Field
              label={t('settingsSlotTo')}
              validationState={checkTimes && slotBad(slot) && timeBad(slot.to) ? 'error' : 'none'}
              validationMessage={
                checkTimes && slotBad(slot) && timeBad(slot.to)
                  ? t('settingsTimeInvalid')
                  : undefined
              }
            >
              <Input
                ref={(el) => {
                  timeInputs.current[i * 2 + 1] = el;
                }}
                className={styles.input}
                inputMode="numeric"
                placeholder={t('settingsTimePlaceholder')}
                value={slot.to}
                onChange={(_, d) => setSlot(i, { to: d.value })}
                onBlur={() => setSlot(i, { to: normalizeTime(slot.to) })}
              />
            </Field>
            <Button
              icon={<Delete16Regular />}
              aria-label={t('settingsSlotRemove', { n: i + 1 })}
              title={t('settingsSlotRemove', { n: i + 1 })}
              onClick={() => {
                set(
                  'slots',
                  form.slots.filter((_, j) => j !== i),
                );
                setFocusAfterSlotChange('add');
              }}
            />
          </div>
        ))}
        <Button
          ref={addButton}
          icon={<Add16Regular />}
          onClick={() => {
            set('slots', [...form.slots, { days: 'lun-ven', from: '09:00', to: '13:00' }]);
            setFocusAfterSlotChange(form.slots.length);
          }}
        >
          {t('settingsSlotAdd')}
        </Button>
      </fieldset>
      <Field
        label={t('settingsLanguage')}
        hint={lockedHint('language') ?? unreadableHint('language')}
      >
        <Select
          value={form.language}
          disabled={isLocked('language')}
          onChange={(_, d) => set('language', d.value as FormState['language'])}
        >
          <option value="">{t('settingsLanguageAuto')}</option>
          <option value="it">Italiano</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <Field label={t('settingsMode')} hint={lockedHint('mode') ?? unreadableHint('mode')}>
        <Select
          value={form.mode || props.effective.mode}
          disabled={isLocked('mode')}
          onChange={(_, d) => set('mode', d.value as SendMode)}
        >
          <option value="block">{t('settingsModeBlock')}</option>
          <option value="warn-only">{t('settingsModeWarn')}</option>
        </Select>
      </Field>
      {(error || (invalid && (phoneBad || slotsBad))) && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{error ?? t('settingsInvalid')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={saving}>
          {t('settingsSave')}
        </Button>
        <Button onClick={onCancel}>{t('settingsCancel')}</Button>
      </div>
    </form>
  );
}
