// onsend.js's stand-in for core/directory/schema-issues.ts (swapped in by
// build/webpack/onsend.cjs). On Send an invalid admin file is only logged and the bundled
// directory is used; the task pane, `ticket-check --directory` and Thunderbird's options name
// every problem in plain words. So here the file is judged by the same compiled validator, and
// only its first problem is given, by path and schema keyword, without the wording (1.9 KB gzip).
import type * as Full from '../../../core/directory/schema-issues';
import type {
  CompiledSchema,
  SchemaError,
  SchemaIssue,
} from '../../../core/directory/schema-issues';

export const MAX_LISTED_ISSUES = 1;

/** The first problem only, by its JSON path and the schema keyword it fails. */
export function describeSchemaErrors(errors: readonly SchemaError[]): SchemaIssue[] {
  const first = errors.find((e) => e.keyword !== 'propertyNames') ?? errors[0];
  if (!first) return [];
  const key = first.propertyName === undefined ? '' : `/${first.propertyName}`;
  return [
    {
      path: first.instancePath + key,
      message: `fails the schema's "${first.keyword}" (the task pane or ticket-check --directory says why)`,
    },
  ];
}

/** Runs a compiled validator; never throws (a failure of its own becomes the issue). */
export function runSchema(
  validate: CompiledSchema,
  _allowed: unknown,
  data: unknown,
): SchemaIssue[] {
  try {
    return validate(data) ? [] : describeSchemaErrors(validate.errors ?? []);
  } catch (err) {
    return [{ path: '', message: `could not be checked (${(err as Error)?.message ?? err})` }];
  }
}

export function issueLines(issues: readonly SchemaIssue[]): string[] {
  return issues.map(
    (i) => `  at ${i.path || '/'}${i.within ? ` (${i.within})` : ''}: ${i.message}`,
  );
}

// The type checker keeps the stand-in callable wherever the full module is.
const sameShape: Pick<typeof Full, 'describeSchemaErrors' | 'runSchema' | 'issueLines'> = {
  describeSchemaErrors,
  runSchema,
  issueLines,
};
void sameShape;
