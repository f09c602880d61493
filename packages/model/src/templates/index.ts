// Ready-made journeys from practice, in English and Dutch.
import type { Journey, Locale } from '../schema.ts';
import { newId } from '../id.ts';
import { buildFromSpec } from './build.ts';
import { carRentalWinter } from './car-rental-winter.ts';
import { insuranceApplication } from './insurance-application.ts';
import { omnichannelRetail } from './omnichannel-retail.ts';
import type { TemplateSpec, Text } from './spec.ts';

export interface TemplateInfo {
  id: string;
  name: Text;
  description: Text;
}

const specs: readonly TemplateSpec[] = [insuranceApplication, carRentalWinter, omnichannelRetail];

export const templates: readonly TemplateInfo[] = specs.map(({ id, name, description }) => ({ id, name, description }));

export interface BuildTemplateOptions {
  locale?: Locale;
  /** The id of the new journey; a new random id when left out. */
  journeyId?: string;
}

/** A template as a plain journey in the given language (English by default). */
export function buildTemplate(id: string, options: BuildTemplateOptions = {}): Journey {
  const spec = specs.find((s) => s.id === id);
  if (!spec) {
    throw new Error(`unknown template "${id}"; known templates: ${specs.map((s) => s.id).join(', ')}`);
  }
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'nl') throw new Error(`unknown locale "${String(locale)}"; use "en" or "nl"`);
  return buildFromSpec(spec, locale, options.journeyId ?? newId('j'));
}
