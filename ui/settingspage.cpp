#include "settingspage.h"

#include "auth/credentialprobe.h"
#include "auth/pastedtokensource.h"
#include "auth/providerfactory.h"
#include "auth/redact.h"
#include "auth/secretstore.h"
#include "catalog/modelcatalog.h"
#include "common/clock.h"
#include "common/urlpolicy.h"
#include "settings/settings.h"
#include "settingschecks.h"
#include "warningstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSettingsPage, "maas.ui.settings")

namespace maas {

SettingsPage::SettingsPage(Settings &settings, const QString &userCatalogPath, QWidget *parent)
    : SettingsPage(settings, userCatalogPath, SettingsPageServices{}, parent)
{}

SettingsPage::SettingsPage(Settings &settings, const QString &userCatalogPath, SettingsPageServices services,
                           QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_services(std::move(services))
    , m_project(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_servedBy(new QLabel(this))
    , m_endpoint(new QLineEdit(this))
    , m_quotaProject(new QLineEdit(this))
    , m_requestType(new QComboBox(this))
    , m_requestTypeNote(new QLabel(this))
    , m_credentialSource(new QComboBox(this))
    , m_credentialFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_token(new QLineEdit(this))
    , m_forgetToken(new QPushButton(tr("&Forget token"), this))
    , m_tokenNote(new QLabel(this))
    , m_credentialStatus(new QLabel(this))
    , m_checkAccess(new QPushButton(tr("Check &access…"), this))
    , m_timeout(new QSpinBox(this))
    , m_retries(new QSpinBox(this))
    , m_layout(new QComboBox(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_probeTimer(new QTimer(this))
{
    setObjectName(u"settingsPage"_s);
    setWindowTitle(tr("Settings"));
    if (m_services.network && m_services.clock) {
        m_probe = new CredentialProbe(*m_services.clock, this);
        m_draftSecrets = new MemorySecretStore(u"a token being edited"_s, this);
    }
    buildLayout(userCatalogPath);
    load();
    updateCredentialRows();
    updateRegionInfo();
    updateTokenNote();
    validate();

    m_probeTimer->setSingleShot(true);
    m_probeTimer->setInterval(400); // typing a path or a token: check once the typing pauses
    connect(m_probeTimer, &QTimer::timeout, this, &SettingsPage::checkCredentials);
    if (m_probe)
        connect(m_probe, &CredentialProbe::statusChanged, this, [this](const CredentialStatus &status) {
            m_credentialStatus->setText(SettingsChecks::statusLine(status));
            const bool warn = status.state == CredentialStatus::State::Problem || status.expiresSoon();
            m_credentialStatus->setStyleSheet(warn ? QString(kWarningLabelStyle) : QString());
            QMetaObject::invokeMethod(this, &SettingsPage::fitHeight, Qt::QueuedConnection);
        });
    if (m_services.secrets)
        connect(m_services.secrets, &SecretStore::persistenceChanged, this, &SettingsPage::updateTokenNote);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsPage::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsPage::reject);
    connect(m_checkAccess, &QPushButton::clicked, this, &SettingsPage::accessDoctorRequested);
    connect(m_browse, &QPushButton::clicked, this, &SettingsPage::browseForCredentialFile);
    connect(m_forgetToken, &QPushButton::clicked, this, &SettingsPage::forgetPastedToken);
    for (QLineEdit *edit : {m_project, m_endpoint, m_quotaProject})
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::validate);
    // Whether a loopback endpoint gets real credentials or the placeholder shows in the status.
    connect(m_endpoint, &QLineEdit::textChanged, m_probeTimer, qOverload<>(&QTimer::start));
    connect(m_region, &QComboBox::currentTextChanged, this, [this] {
        updateRegionInfo();
        validate();
    });
    connect(m_requestType, &QComboBox::currentIndexChanged, this, &SettingsPage::updateRegionInfo);
    connect(m_credentialSource, &QComboBox::currentIndexChanged, this, [this] {
        updateCredentialRows();
        validate();
        checkCredentials();
    });
    for (QLineEdit *edit : {m_credentialFile, m_token}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            validate();
            m_probeTimer->start();
        });
    }
    if (m_probe)
        checkCredentials();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::load()
{
    m_project->setText(m_settings.projectId());
    m_region->setCurrentText(m_settings.region());
    m_endpoint->setText(m_settings.endpointOverride());
    m_quotaProject->setText(m_settings.quotaProject());
    m_requestType->setCurrentIndex(
        std::max(0, m_requestType->findData(m_settings.get<QString>(Settings::Key::RequestType))));
    m_credentialSource->setCurrentIndex(
        std::max(0, m_credentialSource->findData(m_settings.get<QString>(Settings::Key::CredentialSource))));
    m_credentialFile->setText(m_settings.get<QString>(Settings::Key::CredentialFile));
    m_timeout->setValue(m_settings.requestTimeoutSeconds());
    m_retries->setValue(m_settings.retryCount());
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(m_settings.get<QString>(Settings::Key::PaneLayout))));
}

QString SettingsPage::credentialSource() const
{
    return m_credentialSource->currentData().toString();
}

QStringList SettingsPage::problems() const
{
    QStringList result;
    if (QString p = SettingsChecks::projectIdProblem(m_project->text().trimmed(), tr("Project ID")); !p.isEmpty())
        result << p;
    static const QRegularExpression locationPattern(u"^[a-z]+(-[a-z]+[0-9]+)?$"_s);
    if (!locationPattern.match(m_region->currentText().trimmed()).hasMatch())
        result << tr("Location: use global, us, eu or a region such as us-east5.");
    const QString endpoint = m_endpoint->text().trimmed();
    if (!endpoint.isEmpty()) {
        if (const QString problem = endpointUrlProblem(endpoint); !problem.isEmpty())
            result << tr("Endpoint override: %1.").arg(problem);
    }
    const QString quota = m_quotaProject->text().trimmed();
    static const QRegularExpression projectNumber(u"^[0-9]{6,20}$"_s); // x-goog-user-project takes numbers too
    if (!projectNumber.match(quota).hasMatch()) {
        if (QString p = SettingsChecks::projectIdProblem(quota, tr("Quota project")); !p.isEmpty())
            result << p;
    }
    const QString source = credentialSource();
    if (source == u"ServiceAccountKey" && m_credentialFile->text().trimmed().isEmpty())
        result << tr("Credential file: a service account key needs the path of its JSON file.");
    if (source == u"PastedToken") {
        const QString token = SettingsChecks::cleanedToken(m_token->text());
        if (!m_services.secrets)
            result << tr("Access token: pasting needs the secret store, which this window was opened without; "
                         "set MAAS_ACCESS_TOKEN instead.");
        else if (token.isEmpty() && !m_settings.pastedTokenTime().isValid())
            result << tr("Access token: paste one (the output of gcloud auth print-access-token), or choose "
                         "another source.");
        else if (QString p = SettingsChecks::accessTokenProblem(token); !p.isEmpty())
            result << p;
    }
    return result;
}

void SettingsPage::validate()
{
    const QStringList list = problems();
    m_problems->setText(list.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
}

void SettingsPage::updateRegionInfo()
{
    const QString location = m_region->currentText().trimmed();
    if (m_services.catalog && !m_services.paneModels.isEmpty()) {
        m_servedBy->setText(tr("Models in the panes:") + u"<br>"_s +
                            SettingsChecks::servedByHtml(*m_services.catalog, m_services.paneModels, location));
    }
    m_servedBy->setVisible(!m_servedBy->text().isEmpty());
    const bool provisioned = m_requestType->currentData().toString() == u"Provisioned";
    m_requestTypeNote->setText(
        provisioned && location == u"global"
            ? tr("Provisioned Throughput is not offered on the global endpoint: panes at global will not send in "
                 "this mode. Pick the region where your throughput is reserved.")
            : QString());
    m_requestTypeNote->setVisible(!m_requestTypeNote->text().isEmpty());
}

void SettingsPage::updateCredentialRows()
{
    const QString source = credentialSource();
    const bool pasted = source == u"PastedToken";
    const bool file = source == u"ServiceAccountKey" || source == u"ApplicationDefault";
    m_credentialForm->setRowVisible(m_fileRow, file);
    m_credentialFile->setEnabled(file);
    m_credentialForm->setRowVisible(m_tokenRow, pasted && m_services.secrets);
    m_forgetToken->setEnabled(m_settings.pastedTokenTime().isValid());
    QMetaObject::invokeMethod(this, &SettingsPage::fitHeight, Qt::QueuedConnection);
    m_credentialForm->setRowVisible(m_tokenNote, pasted && m_services.secrets);
}

void SettingsPage::updateTokenNote()
{
    SecretStore *store = m_services.secrets;
    if (!store)
        return;
    QString note = store->persistent()
                       ? tr("Kept in the system keychain, never in the settings file.")
                       : tr("No keychain is available (%1): the token stays in memory only until the app quits, "
                            "and is never written to the settings file.")
                             .arg(store->notPersistentReason());
    note += u' ' + tr("A pasted token cannot be refreshed: Google access tokens last one hour.");
    m_tokenNote->setText(note);
    const QDateTime pasted = m_settings.pastedTokenTime();
    if (pasted.isValid()) {
        const QDateTime expiry = pasted.addSecs(PastedTokenSource::kLifetimeSeconds);
        m_token->setPlaceholderText(tr("Token pasted at %1 (expires at %2); paste a new one to replace it")
                                        .arg(QLocale().toString(pasted.toLocalTime().time(), QLocale::ShortFormat),
                                             QLocale().toString(expiry.toLocalTime().time(), QLocale::ShortFormat)));
    } else {
        m_token->setPlaceholderText(tr("Paste the output of gcloud auth print-access-token"));
    }
    m_forgetToken->setEnabled(pasted.isValid());
}

void SettingsPage::checkCredentials()
{
    if (!m_probe)
        return;
    const QString name = credentialSource();
    bool ok = false;
    const auto source = static_cast<Settings::CredentialSource>(
        QMetaEnum::fromType<Settings::CredentialSource>().keyToValue(name.toLatin1().constData(), &ok));
    const bool pasted = source == Settings::CredentialSource::PastedToken;
    if (pasted && !m_services.secrets) {
        m_probe->clear();
        return;
    }
    const QString typed = SettingsChecks::cleanedToken(m_token->text());
    const QUrl endpoint(m_endpoint->text().trimmed());
    const bool tokenPasted = !typed.isEmpty() || m_settings.pastedTokenTime().isValid();
    if (!endpoint.isEmpty() && isLoopbackHost(endpoint.host()) &&
        !credentialIsSet(source, m_credentialFile->text(), tokenPasted)) {
        // LiveConnection's rule: a loopback endpoint without a credential set here gets a placeholder.
        m_probe->clear();
        m_credentialStatus->setText(tr("Local endpoint: requests carry a placeholder token, not this source's. Set a "
                                       "key file, an ADC file or a pasted token to send real tokens to it."));
        QMetaObject::invokeMethod(this, &SettingsPage::fitHeight, Qt::QueuedConnection);
        return;
    }
    ConfiguredProvider chosen;
    if (pasted && !typed.isEmpty()) {
        if (const QString problem = SettingsChecks::accessTokenProblem(typed); !problem.isEmpty()) {
            m_probe->report(problem);
            return;
        }
        rememberSecret(typed);
        m_draftSecrets->insert(QString(PastedTokenSource::kSecretKey), typed.toUtf8());
        chosen = makeConfiguredProvider(source, {}, *m_services.network, *m_services.clock, m_draftSecrets,
                                        m_services.clock->now(), tokenInfoUrlFor(m_endpoint->text()));
    } else {
        chosen = makeConfiguredProvider(source, m_credentialFile->text().trimmed(), *m_services.network,
                                        *m_services.clock, m_services.secrets, m_settings.pastedTokenTime(),
                                        tokenInfoUrlFor(m_endpoint->text()));
    }
    if (!chosen.problem.isEmpty())
        m_probe->report(chosen.problem);
    else
        m_probe->check(std::move(chosen.provider), !pasted);
}

void SettingsPage::fitHeight()
{
    if (!isVisible() || !layout())
        return;
    layout()->activate();
    if (const int needed = heightForWidth(width()); needed > height())
        resize(width(), needed);
}

void SettingsPage::browseForCredentialFile()
{
    // Window-modal and asynchronous, so tests can find the dialog and answer it.
    const QString current = m_credentialFile->text().trimmed();
    auto *dialog = new QFileDialog(this, tr("Choose a service account key or ADC file"),
                                   current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
                                   tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(u"credentialFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!path.isEmpty())
            m_credentialFile->setText(QDir::toNativeSeparators(path));
    });
    dialog->open();
}

void SettingsPage::forgetPastedToken()
{
    SecretStore *store = m_services.secrets;
    if (!store)
        return;
    m_token->clear();
    m_forgetToken->setEnabled(false);
    const QPointer<SettingsPage> page(this);
    Settings *settings = &m_settings;
    store->remove(QString(PastedTokenSource::kSecretKey), settings, [page, settings](const QString &error) {
        if (!error.isEmpty()) {
            qCWarning(lcSettingsPage).noquote() << "the pasted token could not be removed:" << redact(error);
            if (page) {
                page->m_credentialStatus->setText(
                    tr("The pasted token could not be removed from the keychain: %1. Remove the entry "
                       "\"pasted-token\" of maas-playground with your keychain tool.")
                        .arg(redact(error)));
                page->m_forgetToken->setEnabled(true);
            }
            return;
        }
        settings->reset(Settings::Key::PastedTokenTime); // the app leaves the token at once
        settings->sync();
        if (page) {
            page->updateTokenNote();
            page->validate();
            page->checkCredentials();
        }
    });
}

void SettingsPage::accept()
{
    if (!problems().isEmpty())
        return;
    using K = Settings::Key;
    m_settings.setValue(K::ProjectId, m_project->text().trimmed());
    m_settings.setValue(K::Region, m_region->currentText().trimmed());
    m_settings.setValue(K::EndpointOverride, m_endpoint->text().trimmed());
    m_settings.setValue(K::QuotaProject, m_quotaProject->text().trimmed());
    m_settings.setValue(K::RequestType, m_requestType->currentData());
    m_settings.setValue(K::CredentialSource, m_credentialSource->currentData());
    m_settings.setValue(K::CredentialFile, m_credentialFile->text().trimmed());
    m_settings.setValue(K::RequestTimeoutSeconds, m_timeout->value());
    m_settings.setValue(K::RetryCount, m_retries->value());
    m_settings.setValue(K::PaneLayout, m_layout->currentData());
    const QString token = SettingsChecks::cleanedToken(m_token->text());
    if (credentialSource() == u"PastedToken" && !token.isEmpty() && m_services.secrets) {
        rememberSecret(token);
        const QDateTime pastedAt = m_services.clock ? m_services.clock->now() : QDateTime::currentDateTimeUtc();
        // The time is recorded once the store has the token, so the source rebuilt on that change reads it.
        Settings *settings = &m_settings;
        m_services.secrets->write(
            QString(PastedTokenSource::kSecretKey), token.toUtf8(), settings,
            [settings, pastedAt](const QString &error) {
                if (!error.isEmpty()) {
                    qCWarning(lcSettingsPage).noquote() << "the pasted token could not be stored:" << redact(error);
                    return;
                }
                settings->setValue(Settings::Key::PastedTokenTime, pastedAt.toUTC().toString(Qt::ISODate));
            });
    }
    m_settings.sync();
    QDialog::accept();
}

} // namespace maas
