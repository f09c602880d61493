// The pages other features provide, loaded on demand. They are looked up with
// `import.meta.glob`, so the app builds (and shows a friendly notice) while a page is not
// there yet, and picks it up as soon as its file exists.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { NotAvailablePage } from './NotAvailablePage.tsx';

export interface JourneyPageProps {
  journeyId: string;
  token: string | null;
}

type PageModule = Record<string, unknown>;

function pageFrom(
  modules: Record<string, () => Promise<unknown>>,
  exportName: string,
): LazyExoticComponent<ComponentType<JourneyPageProps>> {
  const load = Object.values(modules)[0];
  return lazy(async () => {
    const module = load ? ((await load()) as PageModule) : null;
    const page = (module?.[exportName] ?? module?.default) as ComponentType<JourneyPageProps> | undefined;
    return { default: page ?? NotAvailablePage };
  });
}

export const EditorPage = pageFrom(import.meta.glob('../editor/EditorPage.tsx'), 'EditorPage');
export const LookbookPage = pageFrom(import.meta.glob('../lookbook/LookbookPage.tsx'), 'LookbookPage');
