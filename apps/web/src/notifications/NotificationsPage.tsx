import { useEffect } from 'react';
import { Link } from 'react-router';

import { client } from '@web/api/api-client';
import { LoadState } from '@web/components/LoadState';
import { MoreButton, usePages } from '@web/components/use-pages';
import { useI18n } from '@web/i18n/i18n';

import { notificationText } from './notification-text.util';

/** What needs me: notices the workflows sent to me or to my role, newest first, a page at a time. */
export function NotificationsPage() {
  const { t, language } = useI18n();
  const list = usePages('/api/notifications');
  const firstPageShown = list.data !== null;
  useEffect(() => {
    // Seeing the list is reading it; a failure only leaves the unread count as it was.
    if (firstPageShown) void client.post('/api/notifications/read').catch(() => undefined);
  }, [firstPageShown]);
  return (
    <section className="card">
      <h2>{t('nav.notifications')}</h2>
      <LoadState loaded={list}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{t('notifications.empty')}</p>
          ) : (
            <ul className="item-list notifications">
              {items.map((item) => (
                <li key={item.id} data-template={item.template}>
                  <Link to={`/items/${item.instanceId}`}>{notificationText(item.template, item.data, language)}</Link>{' '}
                  <span className="muted">{new Date(item.createdAt).toLocaleString()}</span>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
      <MoreButton pages={list} />
    </section>
  );
}
