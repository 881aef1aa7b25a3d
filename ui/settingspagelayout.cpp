// The settings page's widgets and layout (settingspage.cpp holds its behaviour).
#include "auth/providerfactory.h"
#include "settingschecks.h"
#include "settingspage.h"
#include "warningstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// Offered when there is no catalog to ask; any other region can be typed.
const QStringList &fallbackLocations()
{
    static const QStringList locations{
        u"global"_s,          u"us"_s,           u"eu"_s,           u"us-central1"_s,
        u"us-east1"_s,        u"us-east4"_s,     u"us-east5"_s,     u"us-south1"_s,
        u"us-west1"_s,        u"us-west2"_s,     u"europe-west1"_s, u"europe-west3"_s,
        u"europe-west4"_s,    u"europe-west9"_s, u"asia-east1"_s,   u"asia-northeast1"_s,
        u"asia-southeast1"_s,
    };
    return locations;
}

} // namespace

void SettingsPage::buildLayout(const QString &userCatalogPath)
{
    m_project->setObjectName(u"projectIdEdit"_s);
    m_project->setPlaceholderText(tr("my-project-id"));
    m_project->setToolTip(tr("The Google Cloud project that is billed and whose quota is used"));

    m_region->setObjectName(u"regionComboBox"_s);
    m_region->setEditable(true);
    m_region->addItems(m_services.catalog ? SettingsChecks::servedLocations(*m_services.catalog) : fallbackLocations());
    m_region->setToolTip(tr("Default location for new panes: global, a multi-region (us, eu) or a region"));
    m_servedBy->setObjectName(u"servedByLabel"_s);
    m_servedBy->setTextFormat(Qt::RichText);
    m_servedBy->setWordWrap(true);

    m_endpoint->setObjectName(u"endpointEdit"_s);
    m_endpoint->setPlaceholderText(tr("Empty: Google's endpoints. Or e.g. http://127.0.0.1:8080/v1"));
    m_endpoint->setToolTip(tr("Base URL including /v1, for the local emulator, a proxy or a private endpoint"));

    m_quotaProject->setObjectName(u"quotaProjectEdit"_s);
    m_quotaProject->setToolTip(tr("Sent as x-goog-user-project: the project charged for quota and billing, when it "
                                  "is not the project of the credentials"));
    const QString fallback = quotaProjectFor(m_settings);
    m_quotaProject->setPlaceholderText(
        fallback.isEmpty() ? tr("None") : tr("Empty: %1 (from the environment or the ADC file)").arg(fallback));

    m_requestType->setObjectName(u"requestTypeComboBox"_s);
    m_requestType->addItem(tr("Automatic (provisioned throughput first, then pay-as-you-go)"), u"Automatic"_s);
    m_requestType->addItem(tr("Provisioned throughput only (429 when over)"), u"Provisioned"_s);
    m_requestType->addItem(tr("Pay-as-you-go only (bypass provisioned throughput)"), u"PayAsYouGo"_s);
    m_requestType->setToolTip(tr("Sent as the X-Vertex-AI-LLM-Request-Type header"));
    m_requestTypeNote->setObjectName(u"requestTypeNote"_s);
    m_requestTypeNote->setWordWrap(true);
    m_requestTypeNote->setStyleSheet(kWarningLabelStyle);

    m_credentialSource->setObjectName(u"credentialSourceComboBox"_s);
    m_credentialSource->addItem(tr("gcloud CLI login (gcloud auth print-access-token)"), u"GcloudCli"_s);
    m_credentialSource->addItem(tr("Application Default Credentials file"), u"ApplicationDefault"_s);
    m_credentialSource->addItem(tr("Service account key file"), u"ServiceAccountKey"_s);
    m_credentialSource->addItem(tr("Metadata server (GCE, GKE, Cloud Run)"), u"MetadataServer"_s);
    m_credentialSource->addItem(tr("Pasted access token"), u"PastedToken"_s);
    m_credentialFile->setObjectName(u"credentialFileEdit"_s);
    m_credentialFile->setPlaceholderText(tr("Path of the JSON key or ADC file"));
    m_browse->setObjectName(u"browseCredentialFileButton"_s);
    m_browse->setToolTip(tr("Pick the JSON key or ADC file"));
    m_token->setObjectName(u"accessTokenEdit"_s);
    m_forgetToken->setObjectName(u"forgetTokenButton"_s);
    m_forgetToken->setToolTip(tr("Remove the pasted token from the keychain (or memory) now"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    m_tokenNote->setObjectName(u"tokenStorageNote"_s);
    m_tokenNote->setWordWrap(true);
    m_credentialStatus->setObjectName(u"credentialStatusLabel"_s);
    m_credentialStatus->setWordWrap(true);
    m_credentialStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_credentialStatus->setVisible(m_probe != nullptr);
    m_checkAccess->setObjectName(u"checkAccessButton"_s);
    m_checkAccess->setToolTip(tr("Run the access doctor: credentials, project, permission, model, endpoint"));

    m_timeout->setObjectName(u"timeoutSpinBox"_s);
    m_timeout->setRange(10, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("Longest silence allowed on a stream; thinking models can pause for minutes"));
    m_retries->setObjectName(u"retrySpinBox"_s);
    m_retries->setRange(0, 10);
    m_retries->setToolTip(tr("Retries of rate-limited or overloaded requests before the first token"));
    m_layout->setObjectName(u"paneLayoutComboBox"_s);
    m_layout->addItem(tr("Side by side"), u"SideBySide"_s);
    m_layout->addItem(tr("Stacked"), u"Stacked"_s);

    auto *google = new QGroupBox(tr("Google Cloud"), this);
    auto *googleForm = new QFormLayout(google);
    googleForm->addRow(tr("&Project ID:"), m_project);
    googleForm->addRow(tr("&Default location:"), m_region);
    googleForm->addRow(QString(), m_servedBy);
    googleForm->addRow(tr("&Endpoint override:"), m_endpoint);
    googleForm->addRow(tr("&Quota project:"), m_quotaProject);
    googleForm->addRow(tr("Request &type:"), m_requestType);
    googleForm->addRow(QString(), m_requestTypeNote);

    auto *credentials = new QGroupBox(tr("Credentials"), this);
    m_credentialForm = new QFormLayout(credentials);
    m_credentialForm->addRow(tr("&Source:"), m_credentialSource);
    m_fileRow = new QHBoxLayout;
    m_fileRow->addWidget(m_credentialFile, 1);
    m_fileRow->addWidget(m_browse);
    m_credentialForm->addRow(tr("Credential &file:"), m_fileRow);
    m_tokenRow = new QHBoxLayout;
    m_tokenRow->addWidget(m_token, 1);
    m_tokenRow->addWidget(m_forgetToken);
    m_credentialForm->addRow(tr("Access &token:"), m_tokenRow);
    if (auto *label = qobject_cast<QLabel *>(m_credentialForm->labelForField(m_fileRow)))
        label->setBuddy(m_credentialFile);
    if (auto *label = qobject_cast<QLabel *>(m_credentialForm->labelForField(m_tokenRow)))
        label->setBuddy(m_token);
    m_credentialForm->addRow(QString(), m_tokenNote);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_credentialStatus, 1);
    statusRow->addWidget(m_checkAccess, 0, Qt::AlignTop);
    m_credentialForm->addRow(tr("Status:"), statusRow);

    auto *network = new QGroupBox(tr("Requests and layout"), this);
    auto *networkForm = new QFormLayout(network);
    networkForm->addRow(tr("&Idle timeout:"), m_timeout);
    networkForm->addRow(tr("&Retries:"), m_retries);
    networkForm->addRow(tr("Pane &layout:"), m_layout);

    auto *catalogHint =
        new QLabel(tr("Add your own models or OpenAI-compatible servers in %1 (format: docs/catalog-format.md).")
                       .arg(userCatalogPath),
                   this);
    catalogHint->setWordWrap(true);
    catalogHint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_problems->setObjectName(u"validationLabel"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(kWarningLabelStyle);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(google);
    layout->addWidget(credentials);
    layout->addWidget(network);
    layout->addWidget(catalogHint);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    setMinimumWidth(660);
}

} // namespace maas
