#pragma once

#include <QDialog>
#include <QLocale>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Needle {

// What the preferences hold (QSettings): the language (key "language", read at startup by the
// translations), the regional format for numbers and dates, ISO dates, the theme, and the
// dashboard's default period.
struct Preferences
{
    QString language; // "" : the system's
    QString regionalFormat; // locale name; "" : the language's
    bool isoDates = false;
    QString theme; // Theme storage name
    QString defaultPeriod; // DashboardPeriod storage name

    static Preferences load();
    void save() const;
    QLocale numberLocale() const; // the locale numbers and dates are shown in
};

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    Preferences preferences() const;
    void accept() override; // saves and applies the theme

private:
    void updatePreview();
    QComboBox *m_language;
    QComboBox *m_regional;
    QCheckBox *m_isoDates;
    QComboBox *m_theme;
    QComboBox *m_period;
    QLabel *m_preview;
    QLabel *m_restartNote;
    QString m_startLanguage;
};

} // namespace Needle
