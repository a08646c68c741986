import { type FormEvent, useState } from 'react';

import { ROLES, type Role, type UserDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useSession } from '@web/auth/session';
import { useI18n } from '@web/i18n/i18n';

import { ConsoleNav } from './ConsoleNav';

/** People and their roles; roles change with a tick, and an account can be disabled (its sessions end at once). */
export function UsersPage() {
  const { t } = useI18n();
  const { user: me } = useSession();
  const users = useLoad(() => client.get('/api/users'), 'users');
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState({ username: '', displayName: '', password: '', role: 'applicant' as Role });

  const setRoles = async (user: UserDto, role: Role, on: boolean) => {
    setError(null);
    try {
      const roles = on ? [...user.roles, role] : user.roles.filter((r) => r !== role);
      await client.put('/api/users/:id/roles', { params: { id: user.id }, body: { roles } });
      users.reload();
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };
  const setDisabled = async (user: UserDto, disabled: boolean) => {
    setError(null);
    try {
      await client.put('/api/users/:id/disabled', { params: { id: user.id }, body: { disabled } });
      users.reload();
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await client.post('/api/users', {
        body: { username: draft.username, password: draft.password, displayName: draft.displayName || undefined, roles: [draft.role] },
      });
      setDraft({ username: '', displayName: '', password: '', role: 'applicant' });
      users.reload();
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };
  return (
    <div className="stack">
      <ConsoleNav />
      <section className="card">
        <h2>{t('console.users')}</h2>
        <ErrorNote message={error} />
        <LoadState loaded={users}>
          {(list) => (
            <div className="chart-scroll">
              <table className="table roles-table">
                <thead>
                  <tr>
                    <th>{t('login.username')}</th>
                    {ROLES.map((role) => (
                      <th key={role}>{t(`role.${role}`)}</th>
                    ))}
                    <th>{t('users.account')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((user) => (
                    <tr key={user.id}>
                      <td>
                        {user.displayName} <span className="muted">{user.username}</span>
                        {user.disabled && <span className="badge">{t('users.disabled')}</span>}
                      </td>
                      {ROLES.map((role) => (
                        <td key={role}>
                          <input
                            type="checkbox"
                            aria-label={`${user.username} ${role}`}
                            checked={user.roles.includes(role)}
                            onChange={(e) => setRoles(user, role, e.target.checked)}
                          />
                        </td>
                      ))}
                      <td>
                        {user.id !== me?.id && (
                          <button
                            type="button"
                            className="link-button"
                            data-testid={`toggle-disabled-${user.username}`}
                            onClick={() => setDisabled(user, !user.disabled)}
                          >
                            {t(user.disabled ? 'users.enable' : 'users.disable')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </LoadState>
      </section>
      <form className="card inline-form" onSubmit={create}>
        <h3>{t('users.add')}</h3>
        <input placeholder={t('login.username')} value={draft.username} onChange={(e) => setDraft({ ...draft, username: e.target.value })} required />
        <input placeholder={t('users.displayName')} value={draft.displayName} onChange={(e) => setDraft({ ...draft, displayName: e.target.value })} />
        <input type="password" placeholder={t('login.password')} value={draft.password} onChange={(e) => setDraft({ ...draft, password: e.target.value })} required />
        <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
        <button type="submit">{t('users.add')}</button>
      </form>
    </div>
  );
}
