import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTemplate } from '@touchpoint/model';
import { useLocaleStore } from '../i18n/index.ts';
import { LookbookPage, REFRESH_AFTER_MS } from './LookbookPage.tsx';

const journey = buildTemplate('insurance-application', { journeyId: 'j1' });
const score = {
  journeyScore: 72,
  counts: { critical: 1, warning: 0, info: 0 },
  findings: [
    {
      id: 'f1',
      ruleId: 'switch-no-handoff',
      severity: 'critical',
      targets: [{ kind: 'touchpoint', id: journey.touchpoints[0]!.id }],
      message: 'The customer starts over here',
      suggestion: 'Pass the application on',
    },
  ],
};

function serve(responses: Record<string, { status: number; body: unknown }>) {
  const calls: { url: string; auth: string | null }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, auth: new Headers(init.headers).get('authorization') });
    const match = Object.entries(responses).find(([path]) => url.endsWith(path));
    const { status, body } = match ? match[1] : { status: 404, body: { error: 'not found' } };
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

beforeEach(() => {
  useLocaleStore.getState().setLocale('en');
  // A team chosen in one test stays in the address; each test starts with everyone.
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('LookbookPage', () => {
  it('loads the journey and its score with the viewer token and shows every section', async () => {
    const calls = serve({ '/api/journeys/j1': { status: 200, body: journey }, '/api/journeys/j1/score': { status: 200, body: score } });
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    expect(screen.getByRole('status').textContent).toMatch(/Loading/);
    expect(await screen.findByRole('heading', { level: 1, name: journey.title })).toBeTruthy();
    expect(calls.every((c) => c.auth === 'Bearer viewer-token')).toBe(true);
    expect(screen.getByTestId('campaign').textContent).toBe(journey.campaign);
    expect(screen.getByTestId('journey-score').textContent).toBe('72');
    // Info findings are called as the friction panel calls them, not "notes" (the staff notes are notes).
    expect(screen.getByText('1 critical, 0 warnings, 0 info')).toBeTruthy();
    for (const persona of journey.personas) expect(screen.getByText(persona.name)).toBeTruthy();
    for (const phase of journey.phases) expect(screen.getByRole('heading', { level: 2, name: phase.name })).toBeTruthy();
    const lookbook = screen.getByTestId('lookbook');
    expect(lookbook.querySelectorAll('[data-touchpoint-id].lb-tp')).toHaveLength(journey.touchpoints.length);
    expect(lookbook.querySelectorAll('.lb-map svg .tp-map-card')).toHaveLength(journey.touchpoints.length);
    expect(screen.getByText('The customer starts over here')).toBeTruthy();
    expect(lookbook.querySelectorAll('.lb-switch').length).toBeGreaterThan(0);
  });

  it('reads in the journey\'s language for a reader who never chose one, and in the chosen one otherwise', async () => {
    const dutch = buildTemplate('insurance-application', { journeyId: 'j1', locale: 'nl' });
    serve({ '/api/journeys/j1': { status: 200, body: dutch }, '/api/journeys/j1/score': { status: 200, body: score } });
    // An English browser that never chose: the Dutch journey's briefing speaks Dutch.
    localStorage.clear();
    useLocaleStore.setState({ locale: 'en', chosen: false });
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Frictie om op te letten' }, { timeout: 10_000 })).toBeTruthy();
    expect(localStorage.getItem('touchpoint.locale')).toBeNull();
    // The reader switches to English: that choice holds, also for the next briefing.
    fireEvent.click(screen.getByRole('button', { name: 'Engels' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Friction to watch' }, { timeout: 10_000 })).toBeTruthy();
    cleanup();
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Friction to watch' }, { timeout: 10_000 })).toBeTruthy();
  });

  it('says whether a KPI meets its target by its direction: a time above its target misses it', async () => {
    serve({ '/api/journeys/j1': { status: 200, body: journey }, '/api/journeys/j1/score': { status: 200, body: score } });
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    const aht = (await screen.findByText(/^Average handling time/)).closest('li')!;
    expect(aht.textContent).toContain('target 360 s');
    expect(aht.textContent).toContain('now 540 s');
    expect(aht.textContent).toContain('(target missed)');
    expect(aht.textContent).not.toContain('below');
  });

  it('gives a journey without touchpoints no score yet, instead of the 90 of an empty map', async () => {
    const blank = { ...journey, touchpoints: [], steps: [] };
    const blankScore = { journeyScore: 90, counts: { critical: 0, warning: 0, info: 0 }, findings: [] };
    serve({ '/api/journeys/j1': { status: 200, body: blank }, '/api/journeys/j1/score': { status: 200, body: blankScore } });
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    expect((await screen.findByTestId('no-score')).textContent).toBe('none yet: the map has no touchpoints');
    expect(screen.queryByTestId('journey-score')).toBeNull();
  });

  it('filters by audience', async () => {
    serve({ '/api/journeys/j1': { status: 200, body: journey }, '/api/journeys/j1/score': { status: 200, body: score } });
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    await screen.findByRole('heading', { level: 1 });
    fireEvent.change(screen.getByTestId('audience'), { target: { value: 'contact-center' } });
    const cards = [...screen.getByTestId('lookbook').querySelectorAll<HTMLElement>('.lb-tp')];
    expect(cards.length).toBe(journey.touchpoints.filter((t) => t.ownerTeam === 'contact-center').length);
    expect(cards.every((c) => c.dataset.ownerTeam === 'contact-center')).toBe(true);
    expect(screen.getByTestId('audience-label').textContent).toBe('Contact center');
    expect(window.location.search).toContain('for=contact-center');
    // The cover counts what the team sees; the score stays the journey's.
    expect(screen.getByTestId('findings-count').textContent).toBe('for Contact center: 0 critical, 0 warnings, 0 info');
    expect(screen.getByTestId('journey-score').textContent).toBe('72');

    // The team's briefing downloads under a name of its own, apart from the whole one.
    const names: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => {} }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Download as HTML' }));
    fireEvent.change(screen.getByTestId('audience'), { target: { value: 'all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download as HTML' }));
    click.mockRestore();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^apply-for-home-insurance-online-contact-center-\d{4}-\d{2}-\d{2}\.lookbook\.html$/);
    expect(names[1]).toMatch(/^apply-for-home-insurance-online-\d{4}-\d{2}-\d{2}\.lookbook\.html$/);
  });

  it('counts a team’s own findings on the cover, one warning as one', async () => {
    const cc = journey.touchpoints.find((t) => t.ownerTeam === 'contact-center')!;
    const web = journey.touchpoints.find((t) => t.ownerTeam === 'web')!;
    const finding = (id: string, severity: string, touchpoint: string) => ({
      id,
      ruleId: 'emotion-low',
      severity,
      targets: [{ kind: 'touchpoint', id: touchpoint }],
      message: `Finding ${id}`,
      suggestion: '',
    });
    const teamScore = {
      journeyScore: 48,
      counts: { critical: 3, warning: 2, info: 0 },
      findings: [finding('a', 'critical', web.id), finding('b', 'critical', web.id), finding('c', 'critical', cc.id), finding('d', 'warning', cc.id), finding('e', 'warning', web.id)],
    };
    serve({ '/api/journeys/j1': { status: 200, body: journey }, '/api/journeys/j1/score': { status: 200, body: teamScore } });
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    expect((await screen.findByTestId('findings-count')).textContent).toBe('3 critical, 2 warnings, 0 info');
    fireEvent.change(screen.getByTestId('audience'), { target: { value: 'contact-center' } });
    expect(screen.getByTestId('findings-count').textContent).toBe('for Contact center: 1 critical, 1 warning, 0 info');
    expect(screen.getByTestId('journey-score').textContent).toBe('48');
    expect(screen.getByTestId('lookbook').querySelectorAll('.lb-finding')).toHaveLength(2);
    cleanup();
    useLocaleStore.getState().setLocale('nl');
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    expect((await screen.findByTestId('findings-count')).textContent).toBe('voor Klantcontactcentrum: 1 kritiek, 1 waarschuwing, 0 info');
  });

  it('puts the phases first and the friction after them, without the suggestions meant for the map’s authors', async () => {
    const authorsScore = {
      ...score,
      findings: [
        ...score.findings,
        {
          id: 'f2',
          ruleId: 'kpi-miss',
          severity: 'warning',
          targets: [{ kind: 'touchpoint', id: journey.touchpoints[1]!.id }],
          message: 'KPI “NPS” misses its target',
          suggestion: 'Agree on an improvement with the team that owns it.',
        },
        {
          id: 'f3',
          ruleId: 'emotion-low',
          severity: 'warning',
          targets: [{ kind: 'touchpoint', id: journey.touchpoints[1]!.id }],
          message: 'Customers feel bad here',
          suggestion: 'Reassure them with clear information.',
        },
      ],
    };
    serve({ '/api/journeys/j1': { status: 200, body: journey }, '/api/journeys/j1/score': { status: 200, body: authorsScore } });
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    const watch = await screen.findByRole('heading', { level: 2, name: 'Friction to watch' }, { timeout: 10_000 });
    const phases = [...screen.getByTestId('lookbook').querySelectorAll('.lb-phase')];
    expect(phases.length).toBe(journey.phases.length);
    for (const phase of phases) expect(phase.compareDocumentPosition(watch) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const section = watch.closest('section')!;
    expect(section.textContent).toContain('KPI “NPS” misses its target');
    expect(section.textContent).not.toContain('Agree on an improvement');
    expect(section.textContent).not.toContain('Pass the application on');
    expect(section.textContent).toContain('Reassure them with clear information.');
  });

  it('says a journey in the trash is in the trash, and who can bring it back', async () => {
    serve({
      '/api/journeys/j1': { status: 403, body: { error: 'access denied' } },
      '/api/journeys/j1/score': { status: 403, body: {} },
      '/api/access/j1': { status: 410, body: { error: 'the journey is in the trash' } },
    });
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^This journey is in the trash; ask whoever shared the link to restore it/);
    expect(alert.textContent).not.toMatch(/invalid|revoked/);
    cleanup();
    useLocaleStore.getState().setLocale('nl');
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Deze klantreis staat in de prullenbak; vraag degene die de link deelde/);
  });

  it('says clearly when the link is invalid or revoked', async () => {
    serve({
      '/api/journeys/j1': { status: 403, body: { error: 'forbidden' } },
      '/api/journeys/j1/score': { status: 403, body: {} },
      '/api/access/j1': { status: 403, body: { error: 'access denied' } },
    });
    render(<LookbookPage journeyId="j1" token="revoked" />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/invalid or has been revoked/);
  });

  it('words a server error in the reader\'s language, not the server\'s English', async () => {
    useLocaleStore.getState().setLocale('nl');
    serve({ '/api/journeys/j1': { status: 500, body: { error: 'Internal Server Error' } }, '/api/journeys/j1/score': { status: 500, body: {} } });
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Er ging iets mis op de server/);
    expect(alert.textContent).not.toMatch(/Internal Server Error/);
  });

  it('still shows the briefing when the score cannot be had', async () => {
    serve({ '/api/journeys/j1': { status: 200, body: journey }, '/api/journeys/j1/score': { status: 500, body: { error: 'boom' } } });
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByText('not available').length).toBeGreaterThan(0);
  });

  it('speaks Dutch', async () => {
    useLocaleStore.getState().setLocale('nl');
    serve({ '/api/journeys/j1': { status: 200, body: journey }, '/api/journeys/j1/score': { status: 200, body: score } });
    render(<LookbookPage journeyId="j1" token="viewer-token" />);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('button', { name: 'Afdrukken / PDF' })).toBeTruthy();
    expect(screen.getByText('Frictie om op te letten')).toBeTruthy();
  });

  describe('coming back to a briefing left open in a tab', () => {
    let now = 1_000_000;
    beforeEach(() => {
      now = 1_000_000;
      vi.spyOn(Date, 'now').mockImplementation(() => now);
    });
    afterEach(() => {
      vi.restoreAllMocks();
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    });
    /** The tab is hidden, then shown again `after` ms later. */
    function comeBack(after: number) {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      now += after;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    }

    it('loads it again quietly after a while, showing what changed without a loading screen', async () => {
      const responses = { '/api/journeys/j1': { status: 200, body: journey as unknown }, '/api/journeys/j1/score': { status: 200, body: score as unknown } };
      const calls = serve(responses);
      render(<LookbookPage journeyId="j1" token="viewer-token" />);
      await screen.findByRole('heading', { level: 1, name: journey.title }, { timeout: 10_000 });
      const loaded = calls.length;

      // Back within the minute: nothing is fetched.
      comeBack(REFRESH_AFTER_MS - 1000);
      expect(calls.length).toBe(loaded);

      // The team renamed the journey; back after more than a minute.
      responses['/api/journeys/j1'] = { status: 200, body: { ...journey, title: 'Insurance application, revised' } };
      comeBack(REFRESH_AFTER_MS);
      expect(screen.queryByRole('status')).toBeNull();
      expect(screen.getByRole('heading', { level: 1, name: journey.title })).toBeTruthy();
      // The whole briefing renders again: give a busy machine time.
      expect(await screen.findByRole('heading', { level: 1, name: 'Insurance application, revised' }, { timeout: 10_000 })).toBeTruthy();
      expect(calls.length).toBe(loaded + 2);
    });

    it('keeps the briefing when the server cannot be reached, and says so when the link was revoked', async () => {
      const responses = { '/api/journeys/j1': { status: 200, body: journey as unknown }, '/api/journeys/j1/score': { status: 200, body: score as unknown } };
      const calls = serve(responses);
      render(<LookbookPage journeyId="j1" token="viewer-token" />);
      await screen.findByRole('heading', { level: 1, name: journey.title }, { timeout: 10_000 });

      // A server error on the quiet reload: the briefing stays as it was, no error screen.
      responses['/api/journeys/j1'] = { status: 503, body: { error: 'unavailable' } };
      const before = calls.length;
      comeBack(REFRESH_AFTER_MS);
      await vi.waitFor(() => expect(calls.length).toBe(before + 2), { timeout: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(screen.getByRole('heading', { level: 1, name: journey.title })).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();

      // The viewer link was revoked meanwhile: the next reload says so instead of the briefing.
      responses['/api/journeys/j1'] = { status: 403, body: { error: 'forbidden' } };
      comeBack(REFRESH_AFTER_MS);
      expect((await screen.findByRole('alert', undefined, { timeout: 10_000 })).textContent).toMatch(/invalid or has been revoked/);
      expect(screen.queryByRole('heading', { level: 1, name: journey.title })).toBeNull();
    });
  });
});
