// JSON Schema of the CLI's --settings file (UserSettings). Compiled into
// generated/settings-schema.ts by scripts/compile-schemas.ts: change it, then `npm run schemas`.
const time = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' };

export const settingsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string' },
    phone: { type: 'string' },
    enti: { type: 'array', items: { type: 'string', minLength: 1 } },
    availability: {
      type: 'array',
      items: {
        type: 'object',
        required: ['days', 'from', 'to'],
        additionalProperties: false,
        properties: { days: { type: 'string', minLength: 1 }, from: time, to: time },
      },
    },
    language: { enum: ['it', 'en'] },
  },
};
