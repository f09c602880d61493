import { addChannel, addPhase, addTouchpoint, createJourney } from '@touchpoint/model';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useLocaleStore } from '../i18n/index.ts';
import { JourneyContext } from '../store/context.tsx';
import { createJourneyStore } from '../store/journeyStore.ts';
import { useSelection } from '../store/selection.ts';
import { Inspector } from './Inspector.tsx';

/** The journey's inspector on its channels: a website used by two cards, a phone line by one. */
async function channelRows() {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const phase = addPhase(doc, { name: 'Report' });
  const web = addChannel(doc, { name: 'Website', kind: 'web' });
  const phone = addChannel(doc, { name: 'Phone line', kind: 'phone' });
  addTouchpoint(doc, { phaseId: phase, title: 'Fill in form', channelId: web });
  addTouchpoint(doc, { phaseId: phase, title: 'Upload photos', channelId: web });
  addTouchpoint(doc, { phaseId: phase, title: 'Call us', channelId: phone });
  render(
    <ReactFlowProvider>
      <JourneyContext.Provider value={{ doc, store: createJourneyStore(doc), origin: {}, readOnly: false }}>
        <Inspector />
      </JourneyContext.Provider>
    </ReactFlowProvider>,
  );
  await userEvent.click(screen.getByRole('tab', { name: /Channels|Kanalen/ }));
  return screen.getAllByTestId('channel-row');
}

beforeEach(() => useSelection.getState().clear());
afterEach(() => useLocaleStore.getState().setLocale('en'));

describe('channel rows', () => {
  it('say how many touchpoints use each channel, in a tooltip and to screen readers', async () => {
    const [web, phone] = await channelRows();
    const count = within(web!).getByTestId('channel-use');
    expect(count).toHaveTextContent('2 ●');
    expect(count).toHaveAttribute('title', '2 touchpoints use this channel');
    expect(within(web!).getByText('2 touchpoints use this channel')).toHaveClass('sr-only');
    expect(within(phone!).getByTestId('channel-use')).toHaveAttribute('title', '1 touchpoint uses this channel');
  });

  it('in Dutch', async () => {
    useLocaleStore.getState().setLocale('nl');
    const [web, phone] = await channelRows();
    expect(within(web!).getByTestId('channel-use')).toHaveAttribute('title', '2 contactmomenten gebruiken dit kanaal');
    expect(within(phone!).getByText('1 contactmoment gebruikt dit kanaal')).toBeInTheDocument();
  });
});
