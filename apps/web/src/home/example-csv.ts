// An example spreadsheet to start an import from: the insurance template's touchpoints in
// the columns the import reads, in the interface's language (loaded when asked for).
import { buildTemplate, touchpointsCsv, type Locale } from '@touchpoint/model';

export function exampleCsv(locale: Locale): string {
  return touchpointsCsv(buildTemplate('insurance-application', { locale }));
}
