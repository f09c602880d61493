// The lookbook document itself: presentational, from a plain journey and its score.
import { forwardRef, useMemo, type CSSProperties } from 'react';
import { hasScore } from '@touchpoint/scoring';
import { formatQuantity, type Journey, type Kpi } from '@touchpoint/model';
import { plural, useLocale, useMessages, type UiLocale } from '../i18n/index.ts';
import { buildLookbook, kpiMet, teamLabelKey, type Audience, type LookbookScore, type Severity } from './content.ts';
import { renderMapSvg } from './map-svg.ts';
import { lookbookMessages } from './messages.ts';
import { channelColor, channelTextColor, HANDOFF_COLORS } from './palette.ts';

// Dark enough for the severity's name and the findings in small text on white (4.5:1 or more).
const SEVERITY_COLORS: Record<Severity, string> = { critical: '#be123c', warning: '#b45309', info: '#0369a1' };
const SEVERITY_KEYS = { critical: 'severityCritical', warning: 'severityWarning', info: 'severityInfo' } as const;

export interface LookbookProps {
  journey: Journey;
  score: LookbookScore | null;
  audience: Audience;
}


export const Lookbook = forwardRef<HTMLElement, LookbookProps>(function Lookbook({ journey, score, audience }, ref) {
  const t = useMessages(lookbookMessages);
  const locale = useLocale();
  const content = useMemo(() => buildLookbook(journey, score, audience, locale), [journey, score, audience, locale]);
  const mapSvg = useMemo(
    () =>
      renderMapSvg(journey, {
        emotion: t('emotion'),
        step: t('legendStep'),
        channelSwitch: t('legendSwitch'),
        keyMoment: t('keyMoment'),
        wowMoment: t('wowMoment'),
        noChannel: t('noChannel'),
      }),
    [journey, locale],
  );
  const audienceLabel = audience === 'all' ? t('audienceAll') : t(teamLabelKey(audience));
  // The counts are of the findings this reader sees: a team's, or the whole journey's.
  const countParams = {
    critical: content.counts.critical,
    warnings: plural(t, 'warnings', content.counts.warning),
    info: content.counts.info,
  };
  const countText = audience === 'all' ? t('findingsCount', countParams) : t('findingsCountFor', { ...countParams, team: audienceLabel });
  const scoreClass = score ? (score.journeyScore >= 80 ? 'lb-score-good' : score.journeyScore >= 60 ? 'lb-score-fair' : 'lb-score-poor') : '';

  const kpiText = (kpi: Kpi) =>
    [
      kpi.name,
      kpi.target !== null ? t('kpiTarget', { value: formatQuantity(kpi.target, kpi.unit, locale) }) : null,
      kpi.actual !== null ? t('kpiActual', { value: formatQuantity(kpi.actual, kpi.unit, locale) }) : null,
    ]
      .filter(Boolean)
      .join(' · ');

  const kpiList = (kpis: { kpi: Kpi; met: boolean | null }[]) => (
    <ul className="lb-kpis">
      {kpis.map(({ kpi, met }) => (
        <li key={kpi.id} className={`lb-kpi ${met === true ? 'lb-kpi-met' : met === false ? 'lb-kpi-missed' : ''}`}>
          {kpiText(kpi)}
          {met !== null && ` (${t(met ? 'kpiMet' : 'kpiMissed')})`}
        </li>
      ))}
    </ul>
  );

  return (
    <article ref={ref} className="lb-doc" lang={journey.locale} data-testid="lookbook">
      <section className="lb-section lb-cover" data-section="cover">
        <p className="lb-kicker">{t('briefing')}</p>
        <h1>{journey.title}</h1>
        {journey.description && <p className="lb-lead">{journey.description}</p>}
        <dl className="lb-facts">
          {journey.campaign && (
            <div>
              <dt>{t('campaign')}</dt>
              <dd data-testid="campaign">{journey.campaign}</dd>
            </div>
          )}
          <div>
            <dt>{t('audience')}</dt>
            <dd data-testid="audience-label">{audienceLabel}</dd>
          </div>
          <div>
            <dt>{t('journeyScore')}</dt>
            <dd>
              {!hasScore(journey) ? (
                <span className="lb-muted" data-testid="no-score">
                  {t('noScoreYet')}
                </span>
              ) : score ? (
                <>
                  <span className={`lb-score ${scoreClass}`} data-testid="journey-score">
                    {Math.round(score.journeyScore)}
                  </span>
                  <span className="lb-muted"> / 100</span>
                  <br />
                  <span className="lb-muted" data-testid="findings-count">
                    {countText}
                  </span>
                </>
              ) : (
                <span className="lb-muted">{t('scoreUnavailable')}</span>
              )}
            </dd>
          </div>
        </dl>
        {journey.personas.length > 0 && (
          <>
            <h2>{t('personas')}</h2>
            <div className="lb-personas" data-section="personas">
              {journey.personas.map((persona) => (
                <div key={persona.id} className="lb-card">
                  <h3>{persona.name}</h3>
                  {persona.description && <p>{persona.description}</p>}
                  {persona.goals.length > 0 && (
                    <>
                      <p className="lb-muted">{t('goals')}</p>
                      <ul>
                        {persona.goals.map((goal, i) => (
                          <li key={i}>{goal}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              ))}
            </div>
          </>
        )}
      </section>

      <section className="lb-section lb-map-section" data-section="map">
        <h2>{t('map')}</h2>
        <p className="lb-muted lb-map-hint">{t('mapScrollHint')}</p>
        {/* It scrolls sideways on a phone: focusable, so the keyboard can scroll it too. */}
        <div className="lb-map" data-testid="lookbook-map" role="region" aria-label={t('map')} tabIndex={0} dangerouslySetInnerHTML={{ __html: mapSvg }} />
      </section>

      {content.touchpointCount === 0 && content.switches.length === 0 && (
        <section className="lb-section">
          <p className="lb-muted">{t('nothingForAudience')}</p>
        </section>
      )}

      {content.phases.map(({ phase, touchpoints, switches }) => {
        const phaseKpis = phase.kpis.map((kpi) => ({ kpi, met: kpiMet(kpi) }));
        return (
          <section key={phase.id} className="lb-section lb-phase" data-phase-id={phase.id}>
            <div className="lb-phase-head">
              <span className="lb-kicker">{t('phase', { n: phase.order + 1 })}</span>
              <h2>{phase.name}</h2>
              <span className="lb-pill">{t(phase.cycle === 'use' ? 'cycleUse' : 'cycleBuy')}</span>
            </div>
            {phase.description && <p className="lb-lead">{phase.description}</p>}
            {phaseKpis.length > 0 && <div style={{ marginBottom: 12 }}>{kpiList(phaseKpis)}</div>}
            {touchpoints.length === 0 && switches.length === 0 && <p className="lb-muted">{t('noTouchpointsForAudience')}</p>}
            {touchpoints.map(({ touchpoint, channel, cameFrom, next, kpis, findings }) => (
              <div
                key={touchpoint.id}
                className={`lb-card lb-tp${touchpoint.isKeyMoment ? ' lb-key' : ''}${touchpoint.isWowMoment ? ' lb-wow' : ''}`}
                style={{ '--lb-channel': channelColor(channel?.kind) } as CSSProperties}
                data-touchpoint-id={touchpoint.id}
                data-owner-team={touchpoint.ownerTeam ?? ''}
              >
                <div className="lb-tp-head">
                  <h3>{touchpoint.title}</h3>
                  {touchpoint.isKeyMoment && <span className="lb-pill lb-badge-key">★ {t('keyMoment')}</span>}
                  {touchpoint.isWowMoment && <span className="lb-pill lb-badge-wow">✦ {t('wowMoment')}</span>}
                </div>
                <div className="lb-field">
                  <span>{t('channel')}</span>
                  <span style={{ color: channelTextColor(channel?.kind), fontWeight: 600 }}>{channel?.name ?? t('noChannel')}</span>
                </div>
                {touchpoint.ownerTeam && (
                  <div className="lb-field">
                    <span>{t('owner')}</span>
                    <span>{t(teamLabelKey(touchpoint.ownerTeam))}</span>
                  </div>
                )}
                {touchpoint.goal && (
                  <div className="lb-field">
                    <span>{t('goal')}</span>
                    <span>{touchpoint.goal}</span>
                  </div>
                )}
                {touchpoint.description && (
                  <p className="lb-muted" style={{ whiteSpace: 'pre-line' }}>
                    {touchpoint.description}
                  </p>
                )}
                {touchpoint.callToAction && (
                  <div className="lb-field">
                    <span>{t('callToAction')}</span>
                    <span>{touchpoint.callToAction}</span>
                  </div>
                )}
                {touchpoint.notes && (
                  <div className="lb-field">
                    <span>{t('notes')}</span>
                    <span className="lb-notes">{touchpoint.notes}</span>
                  </div>
                )}
                {cameFrom.length > 0 && (
                  <div className="lb-field">
                    <span>{t('cameFrom')}</span>
                    <span data-testid="lb-came-from">{cameFrom.map((tp) => tp.title).join(' · ')}</span>
                  </div>
                )}
                {next.length > 0 && (
                  <div className="lb-field">
                    <span>{t('next')}</span>
                    <span data-testid="lb-next">{next.map((tp) => tp.title).join(' · ')}</span>
                  </div>
                )}
                {kpis.length > 0 && (
                  <div className="lb-field">
                    <span>{t('kpis')}</span>
                    {kpiList(kpis)}
                  </div>
                )}
                {findings.map(({ finding }) => (
                  <p key={finding.id} style={{ color: SEVERITY_COLORS[finding.severity], fontSize: 14 }}>
                    ⚠ {finding.message}
                  </p>
                ))}
              </div>
            ))}
            {switches.length > 0 && <h3 style={{ margin: '16px 0 8px' }}>{t('switches')}</h3>}
            {switches.map((sw) => (
              <div
                key={sw.stepId}
                className="lb-card lb-switch"
                data-step-id={sw.stepId}
                style={{ '--lb-handoff': HANDOFF_COLORS[sw.handoff ?? 'unset'] } as CSSProperties}
              >
                <h3>{t('switchTitle', { from: sw.fromChannel.name, to: sw.toChannel.name })}</h3>
                <p>{sw.instruction}</p>
              </div>
            ))}
          </section>
        );
      })}
      {/* After the phases: staff turn to their own phase first, and each card already says
          what to watch there; this is the whole list, with where each finding is. */}
      <section className="lb-section lb-findings" data-section="findings">
        <h2>{t('watch')}</h2>
        {content.findings.length === 0 ? (
          <p className="lb-muted">{score ? t('noFindings') : t('scoreUnavailable')}</p>
        ) : (
          content.findings.map(({ finding, places, suggestion }) => (
            <div key={finding.id} className="lb-card lb-finding" style={{ '--lb-severity': SEVERITY_COLORS[finding.severity] } as CSSProperties}>
              <span className="lb-sev">{t(SEVERITY_KEYS[finding.severity])}</span>
              <p>
                <strong>{finding.message}</strong>
              </p>
              {suggestion && <p>{suggestion}</p>}
              {places.length > 0 && <p className="lb-muted">{t('where', { places: places.join(', ') })}</p>}
            </div>
          ))
        )}
      </section>

      <p className="lb-footer">{t('generated', { date: new Date().toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB') })}</p>
    </article>
  );
});
