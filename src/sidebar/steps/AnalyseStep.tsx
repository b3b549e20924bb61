// Step 2: the close rate of each value as a horizontal bar, with its interval, lift and a flag when leads are few.

import type { Catalogue } from '../i18n/en';
import { type Language, percent } from '../i18n';
import type { SidebarState } from '../state';

export function AnalyseStep({
  t,
  language,
  state,
}: {
  t: Catalogue;
  language: Language;
  state: SidebarState;
}) {
  const analysis = state.analysis;
  if (!analysis) return null;
  return (
    <section>
      <p class="overall">
        <strong>{t.overall(percent(analysis.overallRate, language), analysis.leads)}</strong>
      </p>
      {analysis.attributes.map((a) => {
        const scale = Math.max(...a.values.map((v) => v.high), 0.0001);
        return (
          <div class="attribute">
            <h2>
              {a.header} <span class="muted">{a.dimension === 'Fit' ? t.fit : t.engagement}</span>
            </h2>
            <p class="muted">
              {t.empty(percent(a.emptyShare, language))}
              {a.placeholders.length > 0 &&
                ` · ${t.placeholders}: ${a.placeholders.map((p) => `${p.value} (${p.leads})`).join(', ')}`}
            </p>
            <ul class="bars">
              {a.values.map((v) => (
                <li class={v.tooFewLeads ? 'few' : ''}>
                  <div class="bar-label">
                    <span class="name">{v.value}</span>
                    <span>
                      {percent(v.closeRate, language)} · {t.lift} {v.lift.toFixed(1)}
                    </span>
                  </div>
                  <div
                    class="bar"
                    role="img"
                    aria-label={`${v.value}: ${percent(v.closeRate, language)}, ${t.interval} ${percent(v.low, language)}–${percent(v.high, language)}`}
                  >
                    <div class="fill" style={{ width: `${(v.closeRate / scale) * 100}%` }} />
                    <div
                      class="interval"
                      style={{
                        left: `${(v.low / scale) * 100}%`,
                        width: `${((v.high - v.low) / scale) * 100}%`,
                      }}
                    />
                  </div>
                  <div class="muted small">
                    {t.leadsConversions(v.leads, v.conversions)}
                    {v.tooFewLeads && <span class="flag"> · {t.tooFew}</span>}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
