import { Tag } from 'antd';
import type { UserDto } from '../../../../../shared/schemas/identity.ts';
import { useI18n } from '../../../lib/i18n.tsx';

/** Active, disabled, or locked for a while after repeated failed sign-ins. */
export function UserStatusTag({ user }: { user: Pick<UserDto, 'status' | 'lockedUntil'> }) {
  const { t } = useI18n();
  if (user.status === 'disabled') return <Tag color="red">{t('users.status.disabled')}</Tag>;
  if (user.lockedUntil) return <Tag color="orange">{t('users.status.locked')}</Tag>;
  return <Tag color="green">{t('users.status.active')}</Tag>;
}
