// Composition root: builds the settings, catalog and window, and wires them together.
#include "auth/credentialprobe.h"
#include "auth/keychainsecretstore.h"
#include "auth/liveconnection.h"
#include "auth/providerfactory.h"
#include "auth/redact.h"
#include "catalog/modelcatalog.h"
#include "catalogcontroller.h"
#include "client/chatclient.h"
#include "client/tokenprovider.h"
#include "common/clock.h"
#include "common/urlpolicy.h"
#include "comparisoncontroller.h"
#include "darkpalette.h"
#include "emulator/emulator.h"
#include "mainwindow.h"
#include "prompteditor.h"
#include "settings/settings.h"
#include "settingschecks.h"
#include "vertex/modelgarden.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"maas"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
}

// Saves a PNG of the window once it has painted, then quits: for headless runs and the README.
class ScreenshotTaker final : public QObject
{
public:
    ScreenshotTaker(QWidget *window, QString path, bool now = false)
        : QObject(window)
        , m_window(window)
        , m_path(std::move(path))
    {
        window->installEventFilter(this);
        QTimer::singleShot(now ? 500 : 15000, this, [this] { take(); }); // never hang if no paint arrives
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_scheduled) {
            m_scheduled = true;
            QTimer::singleShot(300, this, [this] { take(); }); // let layouts and fonts settle
        }
        return false;
    }

private:
    void take()
    {
        if (m_taken || !m_window)
            return;
        m_taken = true;
        const bool ok = m_window->grab().save(m_path, "PNG");
        std::fprintf(ok ? stdout : stderr, ok ? "%s\n" : "cannot write the screenshot to %s\n",
                     qPrintable(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath())));
        QApplication::exit(ok ? 0 : 1);
    }

    QPointer<QWidget> m_window;
    QString m_path;
    bool m_scheduled = false;
    bool m_taken = false;
};

// Start-up benchmark (performance.md M8, tests/bench_stream): with MAAS_BENCH_FIRST_PAINT set, prints
// CLOCK_MONOTONIC once the window's first paint has returned, then quits.
class FirstPaintReporter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [] { // queued: runs after this paint has returned
                timespec ts{};
                clock_gettime(CLOCK_MONOTONIC, &ts);
                std::printf("first_paint_ns=%lld\n", static_cast<long long>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec);
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

QString connectionText(const maas::LiveConnection &live)
{
    using M = maas::LiveConnection::Mode;
    switch (live.mode()) {
    case M::OfflineDemo:
        return QApplication::translate("main", "Offline demo: simulated answers");
    case M::EnvironmentToken:
        return QApplication::translate("main", "Vertex AI · MAAS_ACCESS_TOKEN");
    case M::LocalEndpoint:
        return QApplication::translate("main", "Endpoint %1").arg(live.clientOptions().baseOverride.toDisplayString());
    case M::Configured:
        if (const QUrl base = live.clientOptions().baseOverride; !base.isEmpty()) // a loopback one with a credential
            return QApplication::translate("main", "Endpoint %1").arg(base.toDisplayString());
        break;
    }
    return QApplication::translate("main", "Vertex AI");
}

QString sourceLabel(const maas::LiveConnection &live, const maas::Settings &settings)
{
    using M = maas::LiveConnection::Mode;
    switch (live.mode()) {
    case M::EnvironmentToken:
        return u"MAAS_ACCESS_TOKEN"_s;
    case M::LocalEndpoint:
        return QApplication::translate("main", "Local endpoint");
    case M::OfflineDemo:
    case M::Configured:
        break;
    }
    return maas::SettingsChecks::sourceLabel(settings.credentialSource());
}

} // namespace

int main(int argc, char *argv[])
{
    // Debug output of our own categories only when asked for (MAAS_DEBUG=1).
    if (qEnvironmentVariableIsEmpty("MAAS_DEBUG"))
        QLoggingCategory::setFilterRules(u"maas.*.debug=false"_s);
    maas::installRedactingMessageHandler(); // no token or key ever reaches a log
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"maas-playground"_s);
    QApplication::setApplicationName(u"maas-playground"_s);
    QApplication::setApplicationDisplayName(u"MaaS Playground"_s);
    QApplication::setApplicationVersion(QStringLiteral(MAAS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MAAS_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/maas-playground.svg"_s));
    installTranslations(app);
    if (app.arguments().contains(u"--dark"_s)) {
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(maas::darkPalette());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Try prompts on Vertex AI Model Garden models and compare them side by side."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        QApplication::translate("main", "Save a PNG of the window after it has "
                                                                        "painted, print its path and quit."),
                                        u"file"_s);
    const QCommandLineOption settingsFile(
        u"settings"_s, QApplication::translate("main", "Use this INI file for settings instead of the user's."),
        u"file"_s);
    const QCommandLineOption catalogFile(
        u"catalog"_s,
        QApplication::translate("main", "Use this file as the user catalog (default: %1).")
            .arg(maas::ModelCatalog::defaultUserCatalogPath()),
        u"file"_s);
    const QCommandLineOption demo(
        u"demo"_s, QApplication::translate("main", "Offline demo: answers come from the built-in emulator."));
    const QCommandLineOption run(u"run"_s, QApplication::translate("main", "Run the prompt once the window is shown."));
    const QCommandLineOption prompt(u"prompt"_s, QApplication::translate("main", "Start with this prompt."), u"text"_s);
    const QCommandLineOption dark(u"dark"_s, QApplication::translate("main", "Use a dark palette."));
    parser.addOptions({screenshot, settingsFile, catalogFile, demo, run, prompt, dark});
    parser.process(app);

    std::unique_ptr<maas::Settings> settings = parser.isSet(settingsFile)
                                                   ? std::make_unique<maas::Settings>(parser.value(settingsFile))
                                                   : std::make_unique<maas::Settings>();
    const QString userCatalog =
        parser.isSet(catalogFile) ? parser.value(catalogFile) : maas::ModelCatalog::defaultUserCatalogPath();
    maas::ModelCatalog catalog = maas::ModelCatalog::load(userCatalog);
    for (const maas::CatalogIssue &issue : catalog.issues())
        std::fprintf(stderr, "catalog: %s\n", qPrintable(issue.toString()));

    // With no project, no token and no endpoint of its own, the app runs on the built-in emulator so
    // the first run works anywhere (LiveConnection decides, and switches when the settings change). A
    // project uses the credential source chosen in Settings; MAAS_ACCESS_TOKEN wins over it, and a
    // loopback endpoint override uses it only when a credential is set (key or ADC file, pasted token).
    std::unique_ptr<maas::Emulator> emulator;
    maas::LiveConnection::Options liveOptions;
    liveOptions.forceDemo = parser.isSet(demo);
    liveOptions.environmentToken = qEnvironmentVariable("MAAS_ACCESS_TOKEN").trimmed();
    liveOptions.startDemo = [&emulator]() -> QUrl {
        emulator = std::make_unique<maas::Emulator>();
        if (emulator->listen(0))
            return emulator->baseUrl();
        std::fprintf(stderr, "cannot start the built-in emulator: %s\n", qPrintable(emulator->errorString()));
        emulator.reset();
        return {};
    };
    QNetworkAccessManager network;
    maas::SystemClock clock;
    // Secrets (a pasted token) in the OS keychain; memory only when there is none, and the page says so.
    std::unique_ptr<maas::SecretStore> secrets = maas::SecretStore::createDefault();
    if (auto *keychain = qobject_cast<maas::KeychainSecretStore *>(secrets.get()))
        keychain->probe(keychain, [] {});
    maas::SwitchableTokenProvider tokens(std::make_unique<maas::StaticTokenProvider>(QString()));
    maas::ChatClient client(network, tokens, clock, &catalog, {});
    maas::LiveConnection live(*settings, client, tokens, secrets.get(), network, clock, liveOptions);
    if (!live.problem().isEmpty())
        std::fprintf(stderr, "credentials: %s\n", qPrintable(live.problem()));

    maas::MainWindow window(*settings, catalog, client, connectionText(live),
                            live.mode() == maas::LiveConnection::Mode::OfflineDemo, clock.today());
    window.setSettingsPageServices({nullptr, {}, secrets.get(), &network, &clock});

    // The credential state in the status bar: checked on the app's own (cached) provider when the
    // connection changes and every minute, so the minutes left stay true.
    maas::CredentialProbe credentialState(clock);
    const auto checkCredentials = [&] {
        if (live.mode() == maas::LiveConnection::Mode::OfflineDemo)
            return;
        credentialState.check(tokens,
                              live.mode() != maas::LiveConnection::Mode::Configured ||
                                  settings->credentialSource() != maas::Settings::CredentialSource::PastedToken);
    };
    QObject::connect(&credentialState, &maas::CredentialProbe::statusChanged, &window,
                     [&](const maas::CredentialStatus &status) {
                         window.setCredentialStatus(sourceLabel(live, *settings), status);
                     });
    QObject::connect(&live, &maas::LiveConnection::connectionChanged, &window, [&] {
        window.setConnection(connectionText(live), live.mode() == maas::LiveConnection::Mode::OfflineDemo);
        checkCredentials();
    });
    QTimer minute;
    minute.setInterval(60'000);
    QObject::connect(&minute, &QTimer::timeout, &window, checkCredentials);
    minute.start();
    checkCredentials();

    // Model Garden's list goes where chat requests go: the demo emulator, the override, or Google.
    window.catalogController()->setUserCatalogPath(userCatalog);
    // It follows the options LiveConnection gives the client (no second reading of settings or files).
    maas::ModelGardenLister garden(network, tokens, {});
    const auto followClient = [&] {
        maas::ModelGardenLister::Options o;
        o.baseOverride = client.options().baseOverride;
        o.quotaProject = client.options().quotaProject;
        garden.setOptions(o);
        window.catalogController()->setModelGarden(&garden, live.mode() == maas::LiveConnection::Mode::OfflineDemo);
    };
    followClient();
    QObject::connect(&live, &maas::LiveConnection::clientOptionsApplied, &garden, followClient);
    // The doctor names the credential source, or why the configured one could not be set up.
    window.setDoctorCredentials([&live] {
        using M = maas::LiveConnection::Mode;
        switch (live.mode()) {
        case M::OfflineDemo:
            return maas::DoctorCredentials{QApplication::translate("main", "the demo token of the built-in emulator"),
                                           {}};
        case M::EnvironmentToken:
            return maas::DoctorCredentials{u"MAAS_ACCESS_TOKEN"_s, {}};
        case M::LocalEndpoint:
            return maas::DoctorCredentials{QApplication::translate("main", "a placeholder token (loopback endpoint)"),
                                           {}};
        case M::Configured:
            break;
        }
        return maas::DoctorCredentials{live.sourceDescription(), live.problem()};
    });
    if (parser.isSet(prompt))
        window.promptEditor()->setUserPrompt(parser.value(prompt));
    if (parser.isSet(run)) {
        QTimer::singleShot(0, &window, [&window] { window.controller()->runAll(); });
        if (parser.isSet(screenshot)) // the screenshot waits until every pane has answered
            QObject::connect(window.controller(), &maas::ComparisonController::runningChanged, &window,
                             [&window, path = parser.value(screenshot)](bool running) {
                                 if (!running)
                                     new ScreenshotTaker(&window, path, true);
                             });
    } else if (parser.isSet(screenshot)) {
        new ScreenshotTaker(&window, parser.value(screenshot));
    }
    if (qEnvironmentVariableIsSet("MAAS_BENCH_FIRST_PAINT"))
        window.installEventFilter(new FirstPaintReporter(&window));
    window.show();
    return QApplication::exec();
}
