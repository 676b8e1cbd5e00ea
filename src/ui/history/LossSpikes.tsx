import { profileUrl } from '../../domain/handle';
import { type BotSign, type LossSpike, SPIKE_RULE } from '../../domain/loss-spikes';
import type { Platform } from '../../domain/types';
import type { MessageKey } from '../../i18n/translatable';
import { t, tPlural } from '../../i18n/translate';
import { formatCount, formatList, formatWindow } from '../../wording/format';

const SIGN_LABELS = {
  'no-name': 'botSignNoName',
  'generated-handle': 'botSignGeneratedHandle',
} as const satisfies Record<BotSign, MessageKey>;

/**
 * Each flagged loss spike: how many left, how many of them carry signs of a bot or an abandoned
 * account, and the rule that flagged it, so the person can judge the flag. A hint, never a verdict.
 */
export function LossSpikes({ spikes, platform }: { spikes: readonly LossSpike[]; platform: Platform }) {
  if (spikes.length === 0) return null;
  return (
    <section class="loss-spikes" aria-label={t('spikesLabel')}>
      {spikes.map((spike) => (
        <div class="spike" key={spike.before} data-before={spike.before}>
          <p>
            <strong>
              {t('spikeLost', {
                window: formatWindow(spike.after, spike.before),
                lost: formatCount(spike.lost.length),
                usual: formatCount(spike.usual),
              })}
            </strong>
          </p>
          <p class="spike-signs">
            {tPlural('spikeSigns', spike.withSigns.length, { lost: formatCount(spike.lost.length) })}
          </p>
          {spike.likelyCleanup && (
            <>
              <p class="spike-cleanup">{t('spikeLikelyCleanup')}</p>
              <ul class="spike-accounts" aria-label={t('spikeAccountsToReview')}>
                {spike.withSigns.map((account) => (
                  <li key={account.handle}>
                    <a href={profileUrl(platform, account.handle)} target="_blank" rel="noopener noreferrer">
                      @{account.handle}
                    </a>{' '}
                    <span class="muted">{formatList(account.signs.map((sign) => t(SIGN_LABELS[sign])))}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="muted spike-rule">
            {t('spikeRule', {
              min: formatCount(SPIKE_RULE.minLost),
              times: formatCount(SPIKE_RULE.times),
              windows: formatCount(SPIKE_RULE.windows),
              minWindows: formatCount(SPIKE_RULE.minWindows),
            })}
          </p>
        </div>
      ))}
    </section>
  );
}
