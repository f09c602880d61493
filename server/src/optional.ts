// Parts of other packages that may not exist yet in every checkout: the templates of
// @touchpoint/model and the scoring pass of @touchpoint/scoring. Looked up at run time so
// that the server starts without them and answers 501 where they are needed.
import * as model from '@touchpoint/model';
import type { Journey } from '@touchpoint/model';

export interface TemplateInfo {
  id: string;
  name: { en: string; nl: string };
  description: { en: string; nl: string };
}

export interface Templates {
  list: TemplateInfo[];
  build(id: string, options: { locale: 'en' | 'nl'; journeyId: string }): unknown;
}

export interface Scoring {
  score(journey: Journey, options?: { locale?: string }): unknown;
}

export function loadTemplates(): Templates | null {
  const exports = model as unknown as Record<string, unknown>;
  const templates = exports.templates;
  const build = exports.buildTemplate;
  if (typeof build !== 'function' || !templates) return null;
  const raw: unknown[] = Array.isArray(templates) ? templates : Object.values(templates as object);
  const list = raw.map((t) => {
    const { id, name, description } = t as TemplateInfo;
    return { id, name, description };
  });
  return { list, build: build as Templates['build'] };
}

let scoring: Promise<Scoring | null> | undefined;

export function loadScoring(): Promise<Scoring | null> {
  // A computed specifier: the package may have no entry yet, and must not fail the build.
  const specifier = ['@touchpoint', 'scoring'].join('/');
  scoring ??= import(specifier).then(
    (mod: Record<string, unknown>) => (typeof mod.score === 'function' ? (mod as unknown as Scoring) : null),
    () => null,
  );
  return scoring;
}
