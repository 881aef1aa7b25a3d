#include "settingspage.h"

#include "common/urlpolicy.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// Locations worth offering; any other region can be typed.
const QStringList &knownLocations()
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

SettingsPage::SettingsPage(Settings &settings, const QString &userCatalogPath, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_project(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_credentialSource(new QComboBox(this))
    , m_credentialFile(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_retries(new QSpinBox(this))
    , m_layout(new QComboBox(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"settingsPage"_s);
    setWindowTitle(tr("Settings"));

    m_project->setObjectName(u"projectIdEdit"_s);
    m_project->setPlaceholderText(tr("my-project-id"));
    m_project->setToolTip(tr("The Google Cloud project that is billed and whose quota is used"));

    m_region->setObjectName(u"regionComboBox"_s);
    m_region->setEditable(true);
    m_region->addItems(knownLocations());
    m_region->setToolTip(tr("Default location for new panes: global, a multi-region (us, eu) or a region"));

    m_endpoint->setObjectName(u"endpointEdit"_s);
    m_endpoint->setPlaceholderText(tr("Empty: Google's endpoints. Or e.g. http://127.0.0.1:8080/v1"));
    m_endpoint->setToolTip(tr("Base URL including /v1, for the local emulator, a proxy or a private endpoint"));

    m_credentialSource->setObjectName(u"credentialSourceComboBox"_s);
    m_credentialSource->addItem(tr("gcloud CLI login (gcloud auth print-access-token)"), u"GcloudCli"_s);
    m_credentialSource->addItem(tr("Application Default Credentials file"), u"ApplicationDefault"_s);
    m_credentialSource->addItem(tr("Service account key file"), u"ServiceAccountKey"_s);
    m_credentialSource->addItem(tr("Metadata server (GCE, GKE, Cloud Run)"), u"MetadataServer"_s);
    m_credentialSource->addItem(tr("Pasted access token"), u"PastedToken"_s);

    m_credentialFile->setObjectName(u"credentialFileEdit"_s);
    m_credentialFile->setPlaceholderText(tr("Path of the JSON key or ADC file"));

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
    googleForm->addRow(tr("&Endpoint override:"), m_endpoint);
    googleForm->addRow(tr("&Credentials:"), m_credentialSource);
    googleForm->addRow(tr("Credential &file:"), m_credentialFile);

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
    m_problems->setStyleSheet(u"QLabel { color: #b3261e; }"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(google);
    layout->addWidget(network);
    layout->addWidget(catalogHint);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    load();
    validate();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsPage::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsPage::reject);
    connect(m_project, &QLineEdit::textChanged, this, &SettingsPage::validate);
    connect(m_region, &QComboBox::currentTextChanged, this, &SettingsPage::validate);
    connect(m_endpoint, &QLineEdit::textChanged, this, &SettingsPage::validate);
    connect(m_credentialSource, &QComboBox::currentIndexChanged, this, &SettingsPage::validate);
    connect(m_credentialFile, &QLineEdit::textChanged, this, &SettingsPage::validate);
}

void SettingsPage::load()
{
    m_project->setText(m_settings.projectId());
    m_region->setCurrentText(m_settings.region());
    m_endpoint->setText(m_settings.endpointOverride());
    m_credentialSource->setCurrentIndex(
        std::max(0, m_credentialSource->findData(m_settings.get<QString>(Settings::Key::CredentialSource))));
    m_credentialFile->setText(m_settings.get<QString>(Settings::Key::CredentialFile));
    m_timeout->setValue(m_settings.requestTimeoutSeconds());
    m_retries->setValue(m_settings.retryCount());
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(m_settings.get<QString>(Settings::Key::PaneLayout))));
}

QStringList SettingsPage::problems() const
{
    QStringList result;
    static const QRegularExpression projectPattern(u"^[a-z][a-z0-9-]{4,28}[a-z0-9]$"_s);
    const QString project = m_project->text().trimmed();
    if (!project.isEmpty() && !projectPattern.match(project).hasMatch())
        result << tr("Project ID: 6 to 30 lowercase letters, digits or hyphens, starting with a letter "
                     "(the ID, not the display name or number).");
    static const QRegularExpression locationPattern(u"^[a-z]+(-[a-z]+[0-9]+)?$"_s);
    if (!locationPattern.match(m_region->currentText().trimmed()).hasMatch())
        result << tr("Location: use global, us, eu or a region such as us-east5.");
    const QString endpoint = m_endpoint->text().trimmed();
    if (!endpoint.isEmpty()) {
        if (const QString problem = endpointUrlProblem(endpoint); !problem.isEmpty())
            result << tr("Endpoint override: %1.").arg(problem);
    }
    const QString source = m_credentialSource->currentData().toString();
    if (source == u"ServiceAccountKey" && m_credentialFile->text().trimmed().isEmpty())
        result << tr("Credential file: a service account key needs the path of its JSON file.");
    return result;
}

void SettingsPage::validate()
{
    const QString source = m_credentialSource->currentData().toString();
    m_credentialFile->setEnabled(source == u"ServiceAccountKey" || source == u"ApplicationDefault");
    const QStringList list = problems();
    m_problems->setText(list.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
}

void SettingsPage::accept()
{
    if (!problems().isEmpty())
        return;
    using K = Settings::Key;
    m_settings.setValue(K::ProjectId, m_project->text().trimmed());
    m_settings.setValue(K::Region, m_region->currentText().trimmed());
    m_settings.setValue(K::EndpointOverride, m_endpoint->text().trimmed());
    m_settings.setValue(K::CredentialSource, m_credentialSource->currentData());
    m_settings.setValue(K::CredentialFile, m_credentialFile->text().trimmed());
    m_settings.setValue(K::RequestTimeoutSeconds, m_timeout->value());
    m_settings.setValue(K::RetryCount, m_retries->value());
    m_settings.setValue(K::PaneLayout, m_layout->currentData());
    m_settings.sync();
    QDialog::accept();
}

} // namespace maas
