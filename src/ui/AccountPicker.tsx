import { PLATFORM_NAMES } from '../domain/platforms';
import { t } from '../i18n/translate';
import type { AccountRecord } from '../storage/schema';

export function AccountPicker({
  accounts,
  value,
  onChange,
}: {
  accounts: AccountRecord[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label class="account">
      <span class="visually-hidden">{t('accountLabel')}</span>
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            @{account.handle} · {PLATFORM_NAMES[account.platform]}
          </option>
        ))}
      </select>
    </label>
  );
}
