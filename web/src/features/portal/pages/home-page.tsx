import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../../lib/i18n.tsx';
import './home.css';

/** The eight activity contents of NĐ 45/2012/NĐ-CP, Article 4. */
const contents: { title: MessageKey; text: MessageKey }[] = [
  { title: 'portal.content.training', text: 'portal.content.trainingText' },
  { title: 'portal.content.capacity', text: 'portal.content.capacityText' },
  { title: 'portal.content.demonstration', text: 'portal.content.demonstrationText' },
  { title: 'portal.content.products', text: 'portal.content.productsText' },
  { title: 'portal.content.consulting', text: 'portal.content.consultingText' },
  { title: 'portal.content.information', text: 'portal.content.informationText' },
  { title: 'portal.content.linkage', text: 'portal.content.linkageText' },
  { title: 'portal.content.international', text: 'portal.content.internationalText' },
];

const steps: { title: MessageKey; text: MessageKey }[] = [
  { title: 'portal.step.propose', text: 'portal.step.proposeText' },
  { title: 'portal.step.appraise', text: 'portal.step.appraiseText' },
  { title: 'portal.step.plan', text: 'portal.step.planText' },
  { title: 'portal.step.implement', text: 'portal.step.implementText' },
  { title: 'portal.step.accept', text: 'portal.step.acceptText' },
];

const actors: { title: MessageKey; text: MessageKey }[] = [
  { title: 'portal.actor.agency', text: 'portal.actor.agencyText' },
  { title: 'portal.actor.departments', text: 'portal.actor.departmentsText' },
  { title: 'portal.actor.implementers', text: 'portal.actor.implementersText' },
  { title: 'portal.actor.establishments', text: 'portal.actor.establishmentsText' },
];

/** Public landing page at "/": what khuyến công is, what it supports, how a scheme runs, and the way in. */
export function HomePage() {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="home">
      <header className="home-header">
        <div className="home-wrap home-header-inner">
          <Link to="/" className="home-brand">
            <span className="home-mark" aria-hidden>
              KC
            </span>
            <span>{t('app.shortName')}</span>
          </Link>
          <nav className="home-nav" aria-label={t('portal.navLabel')}>
            <a href="#gioi-thieu">{t('portal.nav.about')}</a>
            <a href="#noi-dung">{t('portal.nav.contents')}</a>
            <a href="#quy-trinh">{t('portal.nav.process')}</a>
            <button
              type="button"
              className="home-lang"
              onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
              aria-label={t('common.language')}
            >
              {lang === 'vi' ? 'EN' : 'VI'}
            </button>
            <Link to="/dang-nhap" className="home-btn home-btn-small">
              {t('auth.title')}
            </Link>
          </nav>
        </div>
      </header>

      <main>
        <section className="home-hero" id="gioi-thieu">
          <div className="home-wrap">
            <p className="home-eyebrow">{t('portal.eyebrow')}</p>
            <h1>{t('portal.title')}</h1>
            <p className="home-lead">{t('portal.lead')}</p>
            <p className="home-lead-2">{t('portal.lead2')}</p>
            <div className="home-actions">
              <Link to="/dang-nhap" className="home-btn">
                {t('portal.loginCta')}
              </Link>
              <a href="#noi-dung" className="home-btn home-btn-ghost">
                {t('portal.learnMore')}
              </a>
            </div>
          </div>
        </section>

        <section className="home-section" id="noi-dung">
          <div className="home-wrap">
            <h2>{t('portal.contentsTitle')}</h2>
            <p className="home-section-lead">{t('portal.contentsLead')}</p>
            <ol className="home-grid">
              {contents.map((c) => (
                <li key={c.title} className="home-card">
                  <h3>{t(c.title)}</h3>
                  <p>{t(c.text)}</p>
                </li>
              ))}
            </ol>
          </div>
        </section>

        <section className="home-section home-section-alt" id="quy-trinh">
          <div className="home-wrap">
            <h2>{t('portal.processTitle')}</h2>
            <p className="home-section-lead">{t('portal.processLead')}</p>
            <ol className="home-steps">
              {steps.map((s) => (
                <li key={s.title}>
                  <h3>{t(s.title)}</h3>
                  <p>{t(s.text)}</p>
                </li>
              ))}
            </ol>
          </div>
        </section>

        <section className="home-section">
          <div className="home-wrap">
            <h2>{t('portal.actorsTitle')}</h2>
            <ul className="home-grid home-grid-4">
              {actors.map((a) => (
                <li key={a.title} className="home-card">
                  <h3>{t(a.title)}</h3>
                  <p>{t(a.text)}</p>
                </li>
              ))}
            </ul>
            <p className="home-legal">{t('portal.legal')}</p>
          </div>
        </section>
      </main>

      <footer className="home-footer">
        <div className="home-wrap home-footer-inner">
          <p>{t('portal.footer')}</p>
          <Link to="/dang-nhap">{t('portal.footerLogin')}</Link>
        </div>
      </footer>
    </div>
  );
}
