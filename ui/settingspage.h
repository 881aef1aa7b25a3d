#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace maas {

class Settings;

// Project, region, endpoint and network settings. Edits are checked as they are typed and written
// to Settings only on OK.
class SettingsPage final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(Settings &settings, const QString &userCatalogPath, QWidget *parent = nullptr);

    // What is wrong with the current edits, one line each; empty when they can be saved.
    QStringList problems() const;

public Q_SLOTS:
    void accept() override;

private:
    void load();
    void validate();

    Settings &m_settings;
    QLineEdit *m_project;
    QComboBox *m_region;
    QLineEdit *m_endpoint;
    QComboBox *m_credentialSource;
    QLineEdit *m_credentialFile;
    QSpinBox *m_timeout;
    QSpinBox *m_retries;
    QComboBox *m_layout;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace maas
