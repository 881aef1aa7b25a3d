#include "mainwindow.h"

#include "auth/credentialprobe.h"
#include "catalogcontroller.h"
#include "catalogpanel.h"
#include "comparisoncontroller.h"
#include "comparisonview.h"
#include "diffview.h"
#include "doctordialog.h"
#include "embeddingsview.h"
#include "prompteditor.h"
#include "responsepane.h"
#include "settings/settings.h"
#include "settingschecks.h"
#include "settingspage.h"

#include <KSyntaxHighlighting/Repository>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

MainWindow::MainWindow(Settings &settings, ModelCatalog &catalog, ChatClient &client, QString connection,
                       bool offlineDemo, QDate today, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_catalog(catalog)
    , m_client(client)
    , m_today(today)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_catalogPanel(new CatalogPanel(catalog, today, this))
    , m_promptEditor(new PromptEditor(*m_repository, this))
    , m_comparison(new ComparisonView(catalog, today, *m_repository,
                                      static_cast<int>(settings.get<QStringList>(Settings::Key::PaneModels).size()),
                                      this))
    , m_controller(new ComparisonController(client, catalog, *m_comparison, *m_promptEditor, this))
    , m_catalogController(new CatalogController(settings, catalog, *m_catalogPanel, *m_comparison, this))
    , m_connection(std::move(connection))
    , m_offlineDemo(offlineDemo)
    , m_status(new QLabel(this))
    , m_mode(new QLabel(this))
    , m_credential(new QLabel(this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("MaaS Playground"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(u"workSplitter"_s);
    right->addWidget(m_promptEditor);
    right->addWidget(m_comparison);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 3);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(u"mainSplitter"_s);
    main->addWidget(m_catalogPanel);
    main->addWidget(right);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setSizes({340, 1060});
    right->setSizes({260, 600});
    setCentralWidget(main);

    m_status->setObjectName(u"connectionStatus"_s);
    m_mode->setObjectName(u"modeLabel"_s);
    m_credential->setObjectName(u"credentialStatus"_s);
    m_credential->setVisible(false);
    statusBar()->addWidget(m_mode);
    statusBar()->addWidget(m_credential);
    statusBar()->addWidget(m_status, 1);
    setConnection(m_connection, m_offlineDemo);

    createMenus();
    restoreState();
    updateStatus();
    m_catalogPanel->selectModel(m_comparison->pane(0)->modelId());

    // Prompts and pane choices are saved shortly after each edit, so a crash loses nothing.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveState);
    connect(m_promptEditor, &PromptEditor::promptsChanged, m_saveTimer, qOverload<>(&QTimer::start));
    connect(m_comparison, &ComparisonView::panesChanged, m_saveTimer, qOverload<>(&QTimer::start));

    connect(m_controller, &ComparisonController::runningChanged, m_promptEditor, &PromptEditor::setRunning);
    connect(m_controller, &ComparisonController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_catalogController, &CatalogController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_catalogController, &CatalogController::catalogReloaded, this, &MainWindow::updateStatus);
    connect(m_promptEditor, &PromptEditor::addPaneRequested, this, [this] {
        if (ResponsePane *pane = m_comparison->addPane())
            pane->setModelId(m_catalogPanel->currentModelId());
        else
            statusBar()->showMessage(tr("Six panes at most."), 5000);
    });
    connect(m_catalogPanel, &CatalogPanel::useModelRequested, this, [this](const QString &id, int pane) {
        const int target = pane < 0 ? m_comparison->activePane() : pane;
        if (target < m_comparison->paneCount())
            m_comparison->pane(target)->setModelId(id);
        else if (ResponsePane *added = m_comparison->addPane())
            added->setModelId(id);
    });
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::PaneLayout)
            m_comparison->setPaneLayout(m_settings.paneLayout());
        updateStatus();
    });
    connect(m_comparison, &ComparisonView::accessCheckRequested, this, &MainWindow::showAccessDoctor);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *layouts = new QActionGroup(this);
    QAction *sideBySide = view->addAction(tr("Panes &side by side"));
    QAction *stacked = view->addAction(tr("Panes s&tacked"));
    for (QAction *action : {sideBySide, stacked}) {
        action->setCheckable(true);
        layouts->addAction(action);
    }
    sideBySide->setObjectName(u"sideBySideAction"_s);
    stacked->setObjectName(u"stackedAction"_s);
    (m_settings.paneLayout() == Settings::PaneLayout::Stacked ? stacked : sideBySide)->setChecked(true);
    connect(sideBySide, &QAction::triggered, this,
            [this] { m_settings.setValue(Settings::Key::PaneLayout, u"SideBySide"_s); });
    connect(stacked, &QAction::triggered, this,
            [this] { m_settings.setValue(Settings::Key::PaneLayout, u"Stacked"_s); });
    connect(&m_settings, &Settings::changed, this, [this, sideBySide, stacked](Settings::Key key) {
        if (key == Settings::Key::PaneLayout)
            (m_settings.paneLayout() == Settings::PaneLayout::Stacked ? stacked : sideBySide)->setChecked(true);
    });
    view->addSeparator();
    view->addAction(m_comparison->syncScrollAction());
    view->addAction(m_comparison->movePaneLeftAction());
    view->addAction(m_comparison->movePaneRightAction());
    view->addSeparator();
    QAction *embeddings = view->addAction(tr("&Embeddings…"), this, [this] {
        openToolDialog(new EmbeddingsView(m_client, m_catalog, m_today), tr("Embeddings"), u"embeddingsDialog"_s);
    });
    embeddings->setObjectName(u"embeddingsAction"_s);
    QAction *diff = view->addAction(tr("&Compare two answers…"), this, [this] {
        openToolDialog(new DiffView(*m_comparison), tr("Compare two answers"), u"diffDialog"_s);
    });
    diff->setObjectName(u"diffAction"_s);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Add &custom model…"), this, [this] { m_catalogController->openCustomModelDialog(); })
        ->setObjectName(u"addCustomModelAction"_s);
    tools->addAction(tr("&Refresh from Model Garden"), m_catalogController, &CatalogController::refreshModelGarden)
        ->setObjectName(u"refreshGardenAction"_s);
    tools->addSeparator();
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *doctor = tools->addAction(tr("&Access doctor…"), this, [this] { showAccessDoctor(); });
    doctor->setObjectName(u"accessDoctorAction"_s);
    doctor->setToolTip(tr("Check credentials, project, permission, model and endpoint step by step"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MaaS Playground"), this, [this] {
        QMessageBox::about(this, tr("About MaaS Playground"),
                           tr("<h3>MaaS Playground %1</h3><p>Try prompts on the managed models of Vertex AI Model "
                              "Garden and compare their answers side by side.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::openToolDialog(QWidget *tool, const QString &title, const QString &objectName)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    tool->setParent(dialog);
    layout->addWidget(tool);
    dialog->resize(1000, 720);
    dialog->show();
}

int MainWindow::showSettings()
{
    SettingsPageServices services = m_pageServices;
    services.catalog = &m_catalog;
    services.paneModels = m_comparison->modelIds();
    SettingsPage page(m_settings, ModelCatalog::defaultUserCatalogPath(), services, this);
    // "Check access…" saves the edits first: the doctor checks what the app will really use.
    bool doctorAfter = false;
    connect(&page, &SettingsPage::accessDoctorRequested, this, [&page, &doctorAfter] {
        page.accept();
        doctorAfter = page.result() == QDialog::Accepted;
    });
    const int result = page.exec();
    if (doctorAfter)
        QTimer::singleShot(0, this, [this] { showAccessDoctor(); });
    return result;
}

void MainWindow::setDoctorCredentials(std::function<DoctorCredentials()> credentials)
{
    m_doctorCredentials = std::move(credentials);
}

void MainWindow::showAccessDoctor(const QString &modelId, const QString &location)
{
    const ResponsePane *active =
        m_comparison->pane(std::min(m_comparison->activePane(), m_comparison->paneCount() - 1));
    auto credentials = m_doctorCredentials;
    if (!credentials)
        credentials = [connection = m_connection] { return DoctorCredentials{connection, {}}; };
    // One doctor window: asking again points it at the new model and location.
    auto *dialog = findChild<DoctorDialog *>(u"doctorDialog"_s, Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new DoctorDialog(m_client, credentials, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->setModel(modelId.isEmpty() ? active->modelId() : modelId);
    dialog->setLocation(location.isEmpty() ? active->location() : location);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    if (!modelId.isEmpty()) // asked from a pane's error: the answer is what they came for
        dialog->run();
}

void MainWindow::setConnection(const QString &connection, bool offlineDemo)
{
    m_connection = connection;
    m_offlineDemo = offlineDemo;
    m_mode->setText(m_connection);
    m_mode->setStyleSheet(
        offlineDemo ? u"QLabel { background: #fde293; color: #3c3000; padding: 1px 6px; border-radius: 3px; }"_s
                    : QString());
    if (offlineDemo)
        m_credential->setVisible(false);
    updateStatus();
}

void MainWindow::setCredentialStatus(const QString &sourceLabel, const CredentialStatus &status)
{
    const bool warn = status.state == CredentialStatus::State::Problem || status.expiresSoon();
    const QString text = SettingsChecks::statusBarLine(sourceLabel, status);
    // A long problem is cut in the bar and shown whole in the tooltip.
    m_credential->setText(text.size() > 72 ? text.left(70) + u'…' : text);
    m_credential->setToolTip(status.state == CredentialStatus::State::Problem ? status.problem : QString());
    m_credential->setStyleSheet(warn ? u"QLabel { color: #b3261e; font-weight: bold; }"_s : QString());
    m_credential->setVisible(!m_offlineDemo && !text.isEmpty());
}

void MainWindow::restoreState()
{
    using K = Settings::Key;
    m_promptEditor->setSystemPrompt(m_settings.get<QString>(K::SystemPrompt));
    m_promptEditor->setUserPrompt(m_settings.get<QString>(K::UserPrompt));
    const QJsonObject variables =
        QJsonDocument::fromJson(m_settings.get<QString>(K::PromptVariables).toUtf8()).object();
    for (auto it = variables.begin(); it != variables.end(); ++it)
        m_promptEditor->setVariableValue(it.key(), it.value().toString());
    const QStringList models = m_settings.get<QStringList>(K::PaneModels);
    const QStringList locations = m_settings.get<QStringList>(K::PaneLocations);
    const QStringList overrides = m_settings.get<QStringList>(K::PaneOverrides);
    for (int i = 0; i < m_comparison->paneCount(); ++i) {
        if (i < models.size() && !models.at(i).isEmpty())
            m_comparison->pane(i)->setModelId(models.at(i));
        if (i < locations.size())
            m_comparison->pane(i)->setLocation(locations.at(i));
        if (i < overrides.size())
            m_comparison->pane(i)->setOverrides(
                ParameterOverrides::fromJson(QJsonDocument::fromJson(overrides.at(i).toUtf8()).object()));
    }
    m_comparison->setPaneLayout(m_settings.paneLayout());
    if (!restoreGeometry(m_settings.get<QByteArray>(K::WindowGeometry))) {
        // First start: roomy, but never larger than the screen (a 1366×768 laptop must see it all).
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1400, 860);
        resize(QSize(1400, 860).boundedTo(available));
    }
    QMainWindow::restoreState(m_settings.get<QByteArray>(K::WindowState));
}

void MainWindow::saveState()
{
    using K = Settings::Key;
    m_settings.setValue(K::SystemPrompt, m_promptEditor->systemPrompt());
    m_settings.setValue(K::UserPrompt, m_promptEditor->userPrompt());
    QJsonObject variables;
    const QHash<QString, QString> values = m_promptEditor->variableValues();
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!it.value().isEmpty())
            variables.insert(it.key(), it.value());
    m_settings.setValue(
        K::PromptVariables,
        variables.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(variables).toJson(QJsonDocument::Compact)));
    m_settings.setValue(K::PaneModels, m_comparison->modelIds());
    m_settings.setValue(K::PaneLocations, m_comparison->locations());
    QStringList overrides;
    for (int i = 0; i < m_comparison->paneCount(); ++i)
        overrides << QString::fromUtf8(
            QJsonDocument(m_comparison->pane(i)->overrides().toJson()).toJson(QJsonDocument::Compact));
    m_settings.setValue(K::PaneOverrides, overrides);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, QMainWindow::saveState());
    m_settings.sync();
    event->accept();
}

void MainWindow::updateStatus()
{
    const int models = static_cast<int>(m_catalog.models().size());
    if (m_offlineDemo) {
        m_status->setText(tr("Answers come from the built-in emulator. For Vertex AI: set a project and "
                             "credentials in Tools ▸ Settings  ·  %n model(s) in the catalog",
                             nullptr, models));
        return;
    }
    const QString project = m_settings.projectId();
    const QString endpoint = m_settings.endpointOverride();
    m_status->setText(
        tr("Project: %1  ·  Default location: %2  ·  Endpoint: %3  ·  %n model(s) in the catalog", nullptr, models)
            .arg(project.isEmpty() ? tr("not set (Tools ▸ Settings)") : project, m_settings.region(),
                 endpoint.isEmpty() ? tr("Google Vertex AI") : endpoint));
}

} // namespace maas
