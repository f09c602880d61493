// Catches a render error below it and shows a friendly message instead of a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useMessages } from '../i18n/index.ts';
import { Button } from '../common/Button.tsx';
import { WarningIcon } from '../common/icons.tsx';
import { appMessages } from './messages.ts';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. the route), a caught error is forgotten. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Touchpoint: a screen failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <ErrorScreen error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

function ErrorScreen({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useMessages(appMessages);
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center px-6 py-16 text-center">
      <div className="mb-4 flex h-12 w-12 items-center justify-center rounded-full bg-rose-50 text-rose-600" aria-hidden="true">
        <WarningIcon />
      </div>
      <h1 className="text-lg font-semibold text-slate-900">{t('errorTitle')}</h1>
      <p className="mt-2 text-sm text-slate-600">{t('errorBody')}</p>
      <div className="mt-6 flex gap-3">
        <Button variant="primary" onClick={onRetry}>
          {t('tryAgain')}
        </Button>
        <Button onClick={() => location.reload()}>{t('reload')}</Button>
      </div>
      <details className="mt-6 w-full text-left text-xs text-slate-500">
        <summary className="cursor-pointer">{t('errorDetails')}</summary>
        <pre className="mt-2 overflow-auto rounded-md bg-slate-100 p-3 whitespace-pre-wrap">{error.message}</pre>
      </details>
    </div>
  );
}
