#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTimer;

namespace maas {

class Clock;
class CredentialProbe;
class MemorySecretStore;
class ModelCatalog;
class SecretStore;
class Settings;

// What the settings page needs besides the settings, all optional: without a catalog there is no
// "served at" list, without network and clock no live credential check, without a secret store no
// pasted token.
struct SettingsPageServices
{
    const ModelCatalog *catalog = nullptr;
    QStringList paneModels; // the models in the panes now, for "where each is served"
    SecretStore *secrets = nullptr;
    QNetworkAccessManager *network = nullptr;
    const Clock *clock = nullptr;
};

// Project, location, endpoint, quota project, request type, credentials (with a live check of the
// chosen source) and network settings. Edits are checked as they are typed and written to Settings
// only on OK; a pasted token goes to the SecretStore, never to Settings.
class SettingsPage final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(Settings &settings, const QString &userCatalogPath, QWidget *parent = nullptr);
    SettingsPage(Settings &settings, const QString &userCatalogPath, SettingsPageServices services,
                 QWidget *parent = nullptr);
    ~SettingsPage() override;

    // What is wrong with the current edits, one line each; empty when they can be saved.
    QStringList problems() const;
    CredentialProbe *credentialProbe() const { return m_probe; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // "Check access…": the access doctor should run with these settings.
    void accessDoctorRequested();

private:
    void buildLayout(const QString &userCatalogPath);
    void load();
    void validate();
    void updateRegionInfo();
    void updateCredentialRows();
    void updateTokenNote();
    void checkCredentials();
    void browseForCredentialFile();
    // Grows the dialog when wrapped texts (status, notes) need more lines than it has room for.
    void fitHeight();
    void forgetPastedToken();
    QString credentialSource() const;

    Settings &m_settings;
    SettingsPageServices m_services;
    QLineEdit *m_project;
    QComboBox *m_region;
    QLabel *m_servedBy;
    QLineEdit *m_endpoint;
    QLineEdit *m_quotaProject;
    QComboBox *m_requestType;
    QLabel *m_requestTypeNote;
    QComboBox *m_credentialSource;
    QLineEdit *m_credentialFile;
    QPushButton *m_browse;
    QLineEdit *m_token;
    QPushButton *m_forgetToken;
    QLabel *m_tokenNote;
    QLabel *m_credentialStatus;
    QPushButton *m_checkAccess;
    QSpinBox *m_timeout;
    QSpinBox *m_retries;
    QComboBox *m_layout;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_credentialForm = nullptr;
    QHBoxLayout *m_fileRow = nullptr;  // the file field and Browse…
    QHBoxLayout *m_tokenRow = nullptr; // the token field and Forget token
    QTimer *m_probeTimer;
    CredentialProbe *m_probe = nullptr;
    MemorySecretStore *m_draftSecrets = nullptr; // a token being typed, for the live check only
};

} // namespace maas
