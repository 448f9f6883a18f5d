// The rule registry, in the order findings are shown within a severity.
import type { Rule } from './rule';
import { subjectMissing } from './subject-missing';

export const rules: readonly Rule[] = [subjectMissing];
