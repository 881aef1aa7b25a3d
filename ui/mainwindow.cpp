#include "mainwindow.h"

#include "catalogpanel.h"
#include "comparisoncontroller.h"
#include "comparisonview.h"
#include "diffview.h"
#include "embeddingsview.h"
#include "prompteditor.h"
#include "responsepane.h"
#include "settings/settings.h"
#include "settingspage.h"

#include <KSyntaxHighlighting/Repository>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

MainWindow::MainWindow(Settings &settings, const ModelCatalog &catalog, ChatClient &client, QString connection,
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
    , m_connection(std::move(connection))
    , m_offlineDemo(offlineDemo)
    , m_status(new QLabel(this))
    , m_mode(new QLabel(this))
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
    m_mode->setText(m_connection);
    if (offlineDemo)
        m_mode->setStyleSheet(
            u"QLabel { background: #fde293; color: #3c3000; padding: 1px 6px; border-radius: 3px; }"_s);
    statusBar()->addWidget(m_mode);
    statusBar()->addWidget(m_status, 1);

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
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

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
    SettingsPage page(m_settings, ModelCatalog::defaultUserCatalogPath(), this);
    return page.exec();
}

void MainWindow::restoreState()
{
    using K = Settings::Key;
    m_promptEditor->setSystemPrompt(m_settings.get<QString>(K::SystemPrompt));
    m_promptEditor->setUserPrompt(m_settings.get<QString>(K::UserPrompt));
    const QStringList models = m_settings.get<QStringList>(K::PaneModels);
    const QStringList locations = m_settings.get<QStringList>(K::PaneLocations);
    for (int i = 0; i < m_comparison->paneCount(); ++i) {
        if (i < models.size() && !models.at(i).isEmpty())
            m_comparison->pane(i)->setModelId(models.at(i));
        if (i < locations.size())
            m_comparison->pane(i)->setLocation(locations.at(i));
    }
    m_comparison->setPaneLayout(m_settings.paneLayout());
    if (!restoreGeometry(m_settings.get<QByteArray>(K::WindowGeometry)))
        resize(1400, 860);
    QMainWindow::restoreState(m_settings.get<QByteArray>(K::WindowState));
}

void MainWindow::saveState()
{
    using K = Settings::Key;
    m_settings.setValue(K::SystemPrompt, m_promptEditor->systemPrompt());
    m_settings.setValue(K::UserPrompt, m_promptEditor->userPrompt());
    m_settings.setValue(K::PaneModels, m_comparison->modelIds());
    m_settings.setValue(K::PaneLocations, m_comparison->locations());
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
                             "credentials in Tools ▸ Settings, then restart  ·  %n model(s) in the catalog",
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
