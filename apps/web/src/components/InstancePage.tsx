import { Link, useParams } from 'react-router';

import { InstanceView } from '@web/components/InstanceView';
import { useI18n } from '@web/i18n/i18n';

export function InstancePage({ back, withChart = false }: { back: string; withChart?: boolean }) {
  const { id = '' } = useParams();
  const { t } = useI18n();
  return (
    <div className="stack">
      <Link to={back} className="back">
        ← {t('common.back')}
      </Link>
      <InstanceView id={id} withChart={withChart} />
    </div>
  );
}
