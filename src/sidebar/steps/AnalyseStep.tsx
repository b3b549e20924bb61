// Step 2: the close rate of each value as a horizontal bar on one scale for every attribute, the overall rate marked,
// its 95% interval as a whisker, numeric bins numbered in value order, and a flag when leads are few.

import { decimal, percent, valueText } from '../i18n';
import { useLanguage, useT } from '../i18n/context';
import type { StepProps } from '.';

export function AnalyseStep({ state }: StepProps) {
  const t = useT();
  const language = useLanguage();
  const analysis = state.analysis;
  if (!analysis) return null;
  const w = t.goalWords[state.settings.goal];
  const seen = analysis.attributes.flatMap((a) => a.values.filter((v) => v.leads > 0));
  // One scale for every bar: the highest interval end, so 28% draws half as long as 56% wherever they are.
  const scale = Math.max(...seen.map((v) => v.high), analysis.overallRate, 0.0001);
  const at = (rate: number) => `${Math.min(100, (rate / scale) * 100)}%`;
  return (
    <section>
      <p class="overall">
        <strong>{t.overall(percent(analysis.overallRate, language), analysis.leads, w)}</strong>
      </p>
      <p class="muted small legend">{t.bars.legend}</p>
      {analysis.attributes.map((a) => (
        <div class="attribute" key={a.header}>
          <h2>
            {a.header} <span class="muted">{a.dimension === 'Fit' ? t.fit : t.engagement}</span>
          </h2>
          <p class="muted">
            {t.empty(percent(a.emptyShare, language))}
            {a.placeholders.length > 0 &&
              ` · ${t.placeholders}: ${a.placeholders.map((p) => `${p.value} (${p.leads})`).join(', ')}`}
          </p>
          <ul class="bars">
            {a.values
              .filter((v) => v.leads > 0)
              .map((v) => {
                const name = `${v.bin !== undefined ? `${t.bars.bin(v.bin)}: ` : ''}${valueText(v.value, language)}`;
                return (
                  <li key={v.value} class={v.tooFewLeads ? 'few' : ''}>
                    <div class="bar-label">
                      <span class="name">{name}</span>
                      <span class="rate">{percent(v.closeRate, language)}</span>
                    </div>
                    <div
                      class="bar"
                      role="img"
                      aria-label={`${name}: ${percent(v.closeRate, language)}, ${t.interval} ${percent(v.low, language)}–${percent(v.high, language)}`}
                    >
                      <div class="fill" style={{ width: at(v.closeRate) }} />
                      <div
                        class="interval"
                        style={{ left: at(v.low), width: `calc(${at(v.high)} - ${at(v.low)})` }}
                      />
                      <div
                        class="overall-mark"
                        style={{ left: at(analysis.overallRate) }}
                        title={t.bars.overallMark}
                      />
                    </div>
                    <div class="muted small">
                      {t.leadsConversions(v.leads, v.conversions, w)} ·{' '}
                      {t.bars.lift(decimal(v.lift, language))}
                      {v.tooFewLeads && <span class="flag"> · {t.tooFew(w)}</span>}
                    </div>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
