import { useEffect } from 'react';
import { useMessages } from '../i18n/index.ts';
import { commonMessages } from './messages.ts';
import { useToastStore, type Toast } from './toast.ts';

const TONES: Record<Toast['tone'], string> = {
  info: 'bg-slate-900 text-white',
  success: 'bg-emerald-700 text-white',
  error: 'bg-rose-700 text-white',
};

export function Toaster() {
  const toasts = useToastStore((s) => s.toasts);
  const t = useMessages(commonMessages);
  return (
    <section
      aria-label={t('notifications')}
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4"
    >
      {toasts.map((item) => (
        <ToastItem key={item.id} toast={item} />
      ))}
    </section>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.dismiss);
  const t = useMessages(commonMessages);
  useEffect(() => {
    if (!toast.duration) return;
    const timer = setTimeout(() => dismiss(toast.id), toast.duration);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div
      role={toast.tone === 'error' ? 'alert' : 'status'}
      className={`pointer-events-auto flex max-w-md items-center gap-3 rounded-xl px-4 py-3 text-sm shadow-lg ${TONES[toast.tone]}`}
    >
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <span>{toast.message}</span>
        {toast.detail !== undefined && (
          <blockquote className="max-h-40 overflow-y-auto whitespace-pre-wrap break-words rounded-md bg-white/10 px-2 py-1.5 select-text" data-testid="toast-detail">
            {toast.detail}
          </blockquote>
        )}
      </div>
      {toast.action && (
        <button
          type="button"
          className="rounded-md px-2 py-1 font-semibold text-indigo-200 hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-white"
          onClick={() => {
            toast.action!.onAction();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        aria-label={t('dismiss')}
        className="rounded-md px-1.5 py-0.5 text-white/70 hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-white"
        onClick={() => dismiss(toast.id)}
      >
        ✕
      </button>
    </div>
  );
}
