import { useTranslation } from 'react-i18next'
import { AgendaActions } from '@/components/agenda/AgendaActions'
import { AgendaList } from '@/components/agenda/AgendaList'
import { AgendaNotices } from '@/components/agenda/AgendaNotices'
import { useAgendaStore } from '@/state/agenda'
import { MAX_CASES } from '@/state/agendaLabel'

/**
 * The tumour board's agenda: the meeting's cases in order, prepared before the meeting and
 * stepped through on the board. It lives in this browser and in its link, never on a server.
 */
export function AgendaView() {
  const { t } = useTranslation('views')
  const count = useAgendaStore((s) => s.cases.length)
  return (
    <section className="panel agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.heading')}</h2>
      <p className="panel__lead">{t('agenda.lead', { max: MAX_CASES })}</p>
      <AgendaNotices />
      {count ? <AgendaList /> : <p className="agenda__empty">{t('agenda.empty')}</p>}
      <AgendaActions />
    </section>
  )
}
