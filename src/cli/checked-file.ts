import type { Report } from '../core/types';

/** The outcome of checking one input: its name as given and the engine's report. */
export interface CheckedFile {
  file: string;
  report: Report;
}
