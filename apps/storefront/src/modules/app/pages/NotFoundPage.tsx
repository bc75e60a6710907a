import { EmptyState, LeafIcon } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import '../not-found.css';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="not-found" data-testid="not-found">
      <p className="not-found__code">404</p>
      <EmptyState
        title={t('notFound.title')}
        hint={t('notFound.lead')}
        icon={<LeafIcon size={40} />}
        link={{ to: '/', label: t('state.backHome') }}
      />
    </div>
  );
}
