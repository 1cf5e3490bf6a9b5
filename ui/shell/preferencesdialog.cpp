#include "shell/preferencesdialog.h"

#include "dashboard/dashboardperiod.h"
#include "i18n/translations.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace Needle {

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.language = Translations::preferredLanguage();
    p.regionalFormat = s.value(QStringLiteral("preferences/regionalFormat")).toString();
    p.isoDates = s.value(QStringLiteral("preferences/isoDates"), false).toBool();
    p.theme = s.value(QStringLiteral("preferences/theme"), QStringLiteral("system")).toString();
    p.defaultPeriod =
        s.value(QStringLiteral("preferences/defaultPeriod"), QStringLiteral("last12m")).toString();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    Translations::setPreferredLanguage(language);
    s.setValue(QStringLiteral("preferences/regionalFormat"), regionalFormat);
    s.setValue(QStringLiteral("preferences/isoDates"), isoDates);
    s.setValue(QStringLiteral("preferences/theme"), theme);
    s.setValue(QStringLiteral("preferences/defaultPeriod"), defaultPeriod);
}

QLocale Preferences::numberLocale() const
{
    return regionalFormat.isEmpty() ? QLocale() : QLocale(regionalFormat);
}

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    const Preferences p = Preferences::load();
    m_startLanguage = p.language;
    auto *form = new QFormLayout(this);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(Translations::nativeName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString &l : Translations::available())
        m_language->addItem(Translations::nativeName(l), l);
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    form->addRow(tr("&Language:"), m_language);
    m_restartNote = new QLabel(tr("The new language is used the next time Needle starts."));
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    form->addRow(QString(), m_restartNote);

    m_regional = new QComboBox;
    m_regional->setAccessibleName(tr("Number and date format"));
    m_regional->addItem(tr("Same as the language"), QString());
    const char *const regions[] = {"en_US", "en_GB", "de_DE", "de_CH", "fr_FR", "fr_CH",
                                   "es_ES", "es_MX", "it_IT", "nl_NL", "sv_SE", "ja_JP"};
    for (const char *r : regions) {
        const QLocale l(QString::fromLatin1(r));
        m_regional->addItem(tr("%1 (%2)").arg(l.nativeLanguageName(), l.nativeTerritoryName()),
                            QString::fromLatin1(r));
    }
    m_regional->setCurrentIndex(std::max(0, m_regional->findData(p.regionalFormat)));
    form->addRow(tr("&Numbers and dates:"), m_regional);
    m_isoDates = new QCheckBox(tr("Write dates as &ISO 8601 (2026-03-31)"));
    m_isoDates->setAccessibleName(tr("ISO 8601 dates"));
    m_isoDates->setChecked(p.isoDates);
    form->addRow(QString(), m_isoDates);
    m_preview = new QLabel;
    m_preview->setAccessibleName(tr("Format preview"));
    form->addRow(tr("Preview:"), m_preview);

    m_theme = new QComboBox;
    m_theme->setAccessibleName(tr("Theme"));
    for (Theme::Mode m : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        m_theme->addItem(Theme::displayName(m), Theme::storageName(m));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(p.theme)));
    form->addRow(tr("&Theme:"), m_theme);

    m_period = new QComboBox;
    m_period->setAccessibleName(tr("Default period"));
    for (auto preset : {DashboardPeriod::Preset::Last30Days, DashboardPeriod::Preset::Last90Days,
                        DashboardPeriod::Preset::ThisQuarter, DashboardPeriod::Preset::YearToDate,
                        DashboardPeriod::Preset::Last12Months})
        m_period->addItem(DashboardPeriod::displayName(preset),
                          DashboardPeriod::storageName(preset));
    m_period->setCurrentIndex(std::max(0, m_period->findData(p.defaultPeriod)));
    form->addRow(tr("Default &period:"), m_period);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    connect(m_regional, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updatePreview);
    connect(m_isoDates, &QCheckBox::toggled, this, &PreferencesDialog::updatePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNote->setVisible(m_language->currentData().toString() != m_startLanguage);
    });
    m_restartNote->setVisible(false);
    updatePreview();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.regionalFormat = m_regional->currentData().toString();
    p.isoDates = m_isoDates->isChecked();
    p.theme = m_theme->currentData().toString();
    p.defaultPeriod = m_period->currentData().toString();
    return p;
}

void PreferencesDialog::updatePreview()
{
    const Preferences p = preferences();
    const QLocale l = p.numberLocale();
    const QDate sample(2026, 3, 31);
    m_preview->setText(tr("%1 · %2").arg(l.toString(1234567.89, 'f', 2),
                                         p.isoDates ? sample.toString(Qt::ISODate)
                                                    : l.toString(sample, QLocale::ShortFormat)));
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    p.save();
    Theme::apply(Theme::parse(p.theme));
    QDialog::accept();
}

} // namespace Needle
