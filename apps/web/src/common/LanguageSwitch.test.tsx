import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { appMessages } from '../app/messages.ts';
import { frictionMessages } from '../friction/messages.ts';
import { FrictionPanel } from '../friction/FrictionPanel.tsx';
import { testJourney } from '../friction/test-journey.ts';
import { fakeServer, summary } from '../home/fake-client.ts';
import { HomePage } from '../home/HomePage.tsx';
import { homeMessages } from '../home/messages.ts';
import { useSession } from '../home/session.ts';
import { useLocaleStore, type Messages } from '../i18n/index.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { commonMessages } from './messages.ts';

const catalogues: Messages<string>[] = [appMessages, commonMessages, homeMessages, frictionMessages];

/** The fixed (placeholder-free) English strings that differ in Dutch. */
const englishOnly = catalogues.flatMap((m) =>
  Object.keys(m.en)
    .map((key) => [m.en[key]!, m.nl[key]!] as const)
    .filter(([en, nl]) => en !== nl && !en.includes('{')),
);

/** Everything a user sees or hears: text, labels, titles and placeholders. */
function visibleStrings(): Set<string> {
  const strings = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent?.trim();
    if (text) strings.add(text);
  }
  for (const element of document.body.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const value = element.getAttribute(attr);
      if (value) strings.add(value.trim());
    }
  }
  return strings;
}

beforeEach(() => {
  localStorage.clear();
  act(() => useLocaleStore.getState().setLocale('en'));
});

describe('LanguageSwitch', () => {
  it('switches the interface language, remembers it and sets <html lang>', async () => {
    render(<LanguageSwitch />);
    const group = screen.getByRole('group', { name: 'Interface language' });
    expect(within(group).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(group).getByRole('button', { name: 'Dutch' }));
    expect(useLocaleStore.getState().locale).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem('touchpoint.locale')).toBe('nl');
    const dutchGroup = screen.getByRole('group', { name: 'Taal van de interface' });
    expect(within(dutchGroup).getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(dutchGroup).getByRole('button', { name: 'Engels' }));
    expect(document.documentElement.lang).toBe('en');
  });

  it('changes every visible string of the home page and the friction panel', async () => {
    act(() => useSession.getState().signIn('good-key'));
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Onboarding', journeyScore: 50, touchpoints: 3 })] });
    render(
      <>
        <HomePage createClient={server.factory} />
        <FrictionPanel journey={testJourney()} onSelectTargets={() => {}} />
      </>,
    );
    await screen.findByRole('link', { name: 'Onboarding' });
    await screen.findByRole('button', { name: /have to start over/ });

    const before = visibleStrings();
    const shownInEnglish = englishOnly.filter(([en]) => before.has(en));
    // The screen shows a good part of the catalogues, so the check below means something.
    expect(shownInEnglish.length).toBeGreaterThan(15);

    await userEvent.click(screen.getByRole('button', { name: 'Dutch' }));
    await screen.findByRole('button', { name: /moeten opnieuw beginnen/ });
    const after = visibleStrings();
    for (const [en, nl] of shownInEnglish) {
      expect(after.has(en), `still in English: "${en}"`).toBe(false);
      expect(after.has(nl), `missing in Dutch: "${nl}"`).toBe(true);
    }
    expect(screen.getByRole('link', { name: 'Onboarding' })).toBeInTheDocument();
  });
});
