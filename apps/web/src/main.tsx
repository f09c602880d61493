import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { adoptSignInLink } from './home/session.ts';
import { useLocaleStore } from './i18n/index.ts';
import './index.css';

// A sign-in link (`/#key=…`) leaves the workspace key in this browser and the address bar clean.
adoptSignInLink();
window.addEventListener('hashchange', adoptSignInLink);
document.documentElement.lang = useLocaleStore.getState().locale;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
