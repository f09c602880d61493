// Whether the map puts every node and edge in the DOM, also those off screen. A large map
// normally renders only what is on screen; an image export (a copy of the DOM) asks for
// everything for as long as it runs, at the zoom the person is looking at.
import { create } from 'zustand';

export const useRenderEverything = create<{ all: boolean }>(() => ({ all: false }));
