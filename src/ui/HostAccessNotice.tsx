import { useEffect, useState } from 'preact/hooks';

import { hostOf, requestSites, withheldSites } from '../browser/host-access';
import { t } from '../i18n/translate';
import { formatList } from '../wording/format';

/**
 * Says when the browser withholds access to the sites, which means nothing is read or recorded there,
 * and how to grant it: here with one click, or in the browser's own extensions menu.
 */
export function HostAccessNotice() {
  const [withheld, setWithheld] = useState<string[]>([]);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void withheldSites().then(setWithheld);
  }, []);
  if (withheld.length === 0) return null;

  const ask = () => {
    // The request must come straight from the click: nothing awaited before it.
    void requestSites(withheld).then(async (granted) => {
      setRefused(!granted);
      setWithheld(await withheldSites());
    });
  };
  return (
    <section class="problem" role="alert" data-testid="host-access">
      <p>{t('hostAccessWithheld', { sites: formatList(withheld.map(hostOf)) })}</p>
      <p>{t('hostAccessHow')}</p>
      <button type="button" onClick={ask}>
        {t('hostAccessAllow')}
      </button>
      {refused && <p>{t('hostAccessRefused')}</p>}
    </section>
  );
}
