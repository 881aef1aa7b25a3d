// maas-emulator: the Vertex AI MaaS emulator as a process, for demos, benchmarks and other tools.
// Prints its base URL as the first line of stdout, then one line per request on stderr.
#include "common/clock.h"
#include "emulator/emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const char *const kDescription = R"(Local emulator of the Vertex AI Model Garden MaaS HTTP API, on 127.0.0.1 only.

Serves, under /v1 and /v1beta1 (any project; the location must look like global, us, eu or a region):
  POST /projects/P/locations/L/publishers/anthropic/models/M:rawPredict | :streamRawPredict
  POST /projects/P/locations/L/publishers/anthropic/models/count-tokens:rawPredict
  POST /projects/P/locations/L/publishers/mistralai/models/M:rawPredict | :streamRawPredict
  POST /projects/P/locations/L/endpoints/openapi/chat/completions
  POST /projects/P/locations/L/endpoints/openapi/embeddings
Models, regions, thinking styles and embedding sizes come from the app's catalog. Every request
needs "Authorization: Bearer <token>" (any non-empty token, or exactly --token).

Faults, per request: header "X-Maas-Fault: SPEC" or a prompt starting with "[[fault:SPEC]]".
SPEC is NAME[:ARG][;times=N][;after=K]; several SPECs may be separated by commas.
  unauthenticated     401 UNAUTHENTICATED
  permission          403 PERMISSION_DENIED (IAM_PERMISSION_DENIED on aiplatform.endpoints.predict)
  not-enabled         400 FAILED_PRECONDITION: model not enabled in Model Garden
  org-policy          403: constraints/gcp.restrictEndpointUsage denies the endpoint
  wrong-region        404 NOT_FOUND, as for a model not found at that location
  quota[:S]           429 RESOURCE_EXHAUSTED (array envelope), Retry-After: S seconds (2)
  server-error        500 INTERNAL
  unavailable         503 UNAVAILABLE
  overloaded[:N]      200, then after N text deltas (3) a mid-stream error (Anthropic event: error)
  overloaded-529      Claude: 529 overloaded_error; other families: 429 "too many concurrent requests"
  drop[:N]            stream N text deltas (3), then close the TCP connection
  malformed[:N]       after N text deltas (3), one chunk of broken JSON, then the rest
  stall[:S][;after=K] after K text deltas (3), S seconds (2) of silence, then the rest
  retired             400 FAILED_PRECONDITION: the model was retired
  slow-start[:MS]     MS milliseconds (1500) before the response headers; combines with others
  times=N             only the first N requests per (fault, model) fail, later ones succeed;
                      NAME-once is short for NAME;times=1 (e.g. quota-once, unavailable-once)
Example: curl -H 'X-Maas-Fault: quota:1;times=1' ...

Also on this port: Cloud Resource Manager v1 (GET /v1/projects/P, POST /v1/projects/P:testIamPermissions)
and the OAuth token endpoint and metadata server. --scenario NAME plays one access wall on every call:)";

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"maas-emulator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MAAS_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on; 0 picks a free one (default 0)."_s, u"N"_s,
                                        u"0"_s);
    const QCommandLineOption tokenOption(u"token"_s, u"Accept only this bearer token (default: any non-empty)."_s,
                                         u"T"_s);
    const QCommandLineOption speedOption(
        u"speed"_s, u"Latency factor: 1 real time, 10 ten times faster, 0 no delays."_s, u"F"_s, u"1"_s);
    const QCommandLineOption retiredOption(u"refuse-retired"_s,
                                           u"Answer retired models with 400, as Vertex does (default: serve them)."_s);
    const QCommandLineOption catalogOption(u"catalog"_s, u"Also load this catalog file (user catalog format)."_s,
                                           u"FILE"_s);
    const QCommandLineOption scenarioOption(
        u"scenario"_s, u"Access scenario for the access doctor (default everything-allowed); listed above."_s,
        u"NAME"_s, u"everything-allowed"_s);
    parser.addOptions({portOption, tokenOption, speedOption, retiredOption, catalogOption, scenarioOption});
    QString description = QString::fromUtf8(kDescription);
    for (const maas::AccessScenario scenario : maas::allAccessScenarios())
        description +=
            u"\n  %1 %2"_s.arg(maas::accessScenarioName(scenario), -29).arg(maas::accessScenarioSummary(scenario));
    parser.setApplicationDescription(description);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "maas-emulator: --port must be 0..65535\n");
        return 2;
    }
    maas::EmulatorOptions options;
    options.requiredToken = parser.value(tokenOption);
    options.speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || options.speed < 0) {
        std::fprintf(stderr, "maas-emulator: --speed must be a number >= 0\n");
        return 2;
    }
    options.refuseRetired = parser.isSet(retiredOption);
    const auto scenario = maas::accessScenarioFromName(parser.value(scenarioOption));
    if (!scenario) {
        QStringList names;
        for (const maas::AccessScenario s : maas::allAccessScenarios())
            names << maas::accessScenarioName(s);
        std::fprintf(stderr, "maas-emulator: unknown --scenario '%s'; use one of: %s\n",
                     qUtf8Printable(parser.value(scenarioOption)), qUtf8Printable(names.join(u", "_s)));
        return 2;
    }
    options.accessScenario = *scenario;

    maas::ModelCatalog catalog = maas::ModelCatalog::load(parser.value(catalogOption));
    for (const maas::CatalogIssue &issue : catalog.issues())
        std::fprintf(stderr, "maas-emulator: catalog: %s\n", qUtf8Printable(issue.toString()));

    maas::Emulator emulator(options, std::move(catalog), nullptr);
    QObject::connect(&emulator, &maas::Emulator::requestFinished, &emulator, [](const maas::EmulatorRequestLog &entry) {
        std::fprintf(stderr, "%s %s\n", qUtf8Printable(QTime::currentTime().toString(u"HH:mm:ss.zzz"_s)),
                     qUtf8Printable(entry.toLine()));
    });
    if (!emulator.listen(quint16(port))) {
        std::fprintf(stderr, "maas-emulator: cannot listen on 127.0.0.1:%u: %s\n", port,
                     qUtf8Printable(emulator.errorString()));
        return 1;
    }

#ifdef Q_OS_UNIX
    // Signals arrive on a pipe so that quitting happens on the event loop, not in the handler.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
#endif

    std::fprintf(stdout, "%s\n", emulator.baseUrl().toEncoded().constData());
    std::fflush(stdout);
    const int result = QCoreApplication::exec();
    std::fprintf(stderr, "maas-emulator: stopped\n");
    return result;
}
