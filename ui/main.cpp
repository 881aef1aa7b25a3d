// Composition root: builds the settings, catalog and window, and wires them together.
#include "catalog/modelcatalog.h"
#include "common/clock.h"
#include "mainwindow.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

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
    ScreenshotTaker(QWidget *window, QString path)
        : QObject(window)
        , m_window(window)
        , m_path(std::move(path))
    {
        window->installEventFilter(this);
        QTimer::singleShot(15000, this, [this] { take(); }); // never hang if no paint arrives
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"maas-playground"_s);
    QApplication::setApplicationName(u"maas-playground"_s);
    QApplication::setApplicationDisplayName(u"MaaS Playground"_s);
    QApplication::setApplicationVersion(QStringLiteral(MAAS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MAAS_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/maas-playground.svg"_s));
    installTranslations(app);

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
    parser.addOptions({screenshot, settingsFile, catalogFile});
    parser.process(app);

    std::unique_ptr<maas::Settings> settings = parser.isSet(settingsFile)
                                                   ? std::make_unique<maas::Settings>(parser.value(settingsFile))
                                                   : std::make_unique<maas::Settings>();
    const maas::ModelCatalog catalog = maas::ModelCatalog::load(
        parser.isSet(catalogFile) ? parser.value(catalogFile) : maas::ModelCatalog::defaultUserCatalogPath());
    for (const maas::CatalogIssue &issue : catalog.issues())
        std::fprintf(stderr, "catalog: %s\n", qPrintable(issue.toString()));

    const maas::SystemClock clock;
    maas::MainWindow window(*settings, catalog, clock.today());
    if (parser.isSet(screenshot))
        new ScreenshotTaker(&window, parser.value(screenshot));
    window.show();
    return QApplication::exec();
}
