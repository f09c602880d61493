import { useMessages } from '../i18n/index.ts';
import { EmptyState } from '../common/EmptyState.tsx';
import { buttonClass } from '../common/Button.tsx';
import { BarrierIcon, CompassIcon } from '../common/icons.tsx';
import { appMessages } from './messages.ts';
import { linkProps } from './router.ts';

export function NotAvailablePage() {
  const t = useMessages(appMessages);
  return (
    <EmptyState
      icon={<BarrierIcon />}
      title={t('notAvailableTitle')}
      actions={
        <a {...linkProps('/')} className={buttonClass('primary')}>
          {t('backHome')}
        </a>
      }
    >
      {t('notAvailableBody')}
    </EmptyState>
  );
}

export function NotFoundPage({ path }: { path: string }) {
  const t = useMessages(appMessages);
  return (
    <EmptyState
      icon={<CompassIcon />}
      title={t('notFoundTitle')}
      actions={
        <a {...linkProps('/')} className={buttonClass('primary')}>
          {t('backHome')}
        </a>
      }
    >
      {t('notFoundBody', { path })}
    </EmptyState>
  );
}
