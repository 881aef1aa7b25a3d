// maas-cli: compare models from the command line over the same core as the app.
#include "auth/automaticsource.h"
#include "auth/redact.h"
#include "auth/tokencache.h"
#include "catalog/modelcatalog.h"
#include "client/chatclient.h"
#include "client/tokenprovider.h"
#include "clioptions.h"
#include "common/clock.h"
#include "common/urlpolicy.h"
#include "comparerun.h"
#include "doctorcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

void printLine(const QString &text, FILE *to = stdout)
{
    std::fputs(text.toUtf8().constData(), to);
    std::fputc('\n', to);
}

int listModels(const ModelCatalog &catalog, bool json)
{
    const QDate today = QDate::currentDate();
    if (!json)
        printLine(u"%1  %2  %3  %4  %5"_s.arg(u"id"_s, -26)
                      .arg(u"request id"_s, -46)
                      .arg(u"protocol"_s, -16)
                      .arg(u"status"_s, -10)
                      .arg(u"locations"_s));
    for (const ModelInfo &m : catalog.models()) {
        const QString stage = lifecycleStageName(m.stageOn(today));
        const QString locations = m.endpoint.isEmpty() ? m.locations().join(u","_s) : m.endpoint.toString();
        if (json) {
            QJsonObject o{{u"id"_s, m.id},
                          {u"name"_s, m.name},
                          {u"publisher"_s, m.publisher},
                          {u"requestId"_s, m.requestId},
                          {u"family"_s, wireFamilyName(m.family)},
                          {u"status"_s, stage},
                          {u"locations"_s, QJsonArray::fromStringList(m.locations())}};
            if (!m.endpoint.isEmpty())
                o.insert(u"endpoint"_s, m.endpoint.toString());
            printLine(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        } else {
            printLine(u"%1  %2  %3  %4  %5"_s.arg(m.id, -26)
                          .arg(m.requestId, -46)
                          .arg(wireFamilyName(m.family), -16)
                          .arg(stage, -10)
                          .arg(locations));
        }
    }
    return 0;
}

double cosine(const QList<float> &a, const QList<float> &b)
{
    double dot = 0, na = 0, nb = 0;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        dot += double(a[i]) * double(b[i]);
        na += double(a[i]) * double(a[i]);
        nb += double(b[i]) * double(b[i]);
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

void printEmbeddings(const QString &model, const cli::CliOptions &o, const EmbeddingResult &r)
{
    if (o.json || o.vectors) {
        for (qsizetype i = 0; i < r.vectors.size(); ++i) {
            QJsonArray values;
            for (float v : r.vectors.at(i))
                values.append(double(v));
            printLine(QString::fromUtf8(QJsonDocument(QJsonObject{{u"model"_s, model},
                                                                  {u"index"_s, int(i)},
                                                                  {u"text"_s, o.texts.at(i)},
                                                                  {u"dimensions"_s, int(r.vectors.at(i).size())},
                                                                  {u"embedding"_s, values}})
                                            .toJson(QJsonDocument::Compact)));
        }
        return;
    }
    printLine(u"## %1: %2 dimensions, cosine similarity"_s.arg(model).arg(r.vectors.value(0).size()));
    for (qsizetype i = 0; i < r.vectors.size(); ++i) {
        QString row = u"[%1] "_s.arg(i + 1);
        for (qsizetype j = 0; j < r.vectors.size(); ++j)
            row += u"%1 "_s.arg(cosine(r.vectors.at(i), r.vectors.at(j)), 6, 'f', 3);
        printLine(row + u" "_s + o.texts.at(i).left(60));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Our debug output only when asked for (MAAS_DEBUG=1); stdout stays clean for pipes.
    if (qEnvironmentVariableIsEmpty("MAAS_DEBUG"))
        QLoggingCategory::setFilterRules(u"maas.*.debug=false\nmaas.*.info=false"_s);
    installRedactingMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"maas-playground"_s);
    QCoreApplication::setApplicationName(u"maas-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MAAS_VERSION));

    cli::CliOptions o;
    QString message;
    bool help = false;
    if (!cli::parseCommandLine(QCoreApplication::arguments(), &o, &message, &help)) {
        printLine(u"maas-cli: "_s + message, stderr);
        return 2;
    }
    if (help) {
        printLine(message);
        return 0;
    }

    const ModelCatalog catalog =
        ModelCatalog::load(o.catalogFile.isEmpty() ? ModelCatalog::defaultUserCatalogPath() : o.catalogFile);
    for (const CatalogIssue &issue : catalog.issues())
        printLine(u"catalog: "_s + issue.toString(), stderr);
    if (o.command == u"models")
        return listModels(catalog, o.json);

    // Credentials as gcloud users expect them: MAAS_ACCESS_TOKEN, ADC, the gcloud login, the metadata
    // server. A loopback endpoint (the emulator) needs none.
    QNetworkAccessManager network;
    SystemClock clock;
    std::unique_ptr<TokenProvider> tokenSource;
    AutomaticSource *automatic = nullptr;
    if (!o.endpoint.isEmpty() && isLoopbackHost(o.endpoint.host()) &&
        qEnvironmentVariableIsEmpty("MAAS_ACCESS_TOKEN")) {
        tokenSource = std::make_unique<StaticTokenProvider>(u"local-emulator-token"_s, u"the emulator token"_s);
    } else {
        auto source = std::make_unique<AutomaticSource>(network, clock);
        automatic = source.get();
        tokenSource = std::move(source);
    }
    TokenCache tokens(std::move(tokenSource), clock);

    if (o.command == u"doctor") {
        const ModelInfo *info = o.models.isEmpty() ? (catalog.models().isEmpty() ? nullptr : &catalog.models().first())
                                                   : catalog.find(o.models.first());
        DoctorRequest request;
        request.project = o.project;
        request.model = o.models.isEmpty() ? (info ? info->id : QString()) : o.models.first();
        request.location = !o.region.isEmpty() ? o.region : info ? info->defaultLocation() : u"global"_s;
        request.baseOverride = o.endpoint;
        request.quotaProject = qEnvironmentVariable("GOOGLE_CLOUD_QUOTA_PROJECT");
        request.credentials = [automatic] {
            if (!automatic)
                return DoctorCredentials{u"the local emulator token (loopback --endpoint)"_s, {}};
            return DoctorCredentials{automatic->activeSource(), {}};
        };
        AccessDoctor doctor(network, tokens, clock, &catalog);
        const QString heading = u"Access doctor: project %1, location %2, model %3%4"_s.arg(
            request.project, request.location, info ? info->name + u" ("_s + info->requestId + u')' : request.model,
            o.endpoint.isEmpty() ? QString() : u", endpoint "_s + o.endpoint.toString());
        return cli::runDoctorCommand(doctor, request, heading, o.json);
    }
    ChatClient::Options options;
    options.project = o.project;
    options.baseOverride = o.endpoint;
    options.quotaProject = qEnvironmentVariable("GOOGLE_CLOUD_QUOTA_PROJECT");
    ChatClient client(network, tokens, clock, &catalog, options);

    if (o.command == u"embed") {
        int pending = int(o.models.size());
        int exitCode = 0;
        for (const QString &id : std::as_const(o.models)) {
            const ModelInfo *info = catalog.find(id);
            const QString model = info ? info->requestId : id;
            const QString location = !o.region.isEmpty() ? o.region : info ? info->defaultLocation() : u"us-central1"_s;
            client.embed(EmbeddingRequest{model, o.texts}, location, &app,
                         [&, model](const EmbeddingResult &r, const std::optional<UserError> &error) {
                             if (error) {
                                 printLine(u"%1: %2"_s.arg(model, error->toText()), stderr);
                                 exitCode = 1;
                             } else {
                                 printEmbeddings(model, o, r);
                             }
                             if (--pending == 0)
                                 QCoreApplication::exit(exitCode);
                         });
        }
        return QCoreApplication::exec();
    }

    cli::CompareRun run(client, catalog, o);
    QObject::connect(&run, &cli::CompareRun::done, &app, [](int code) { QCoreApplication::exit(code); });
    QString problem;
    if (!run.start(&problem)) {
        printLine(u"maas-cli: "_s + problem, stderr);
        return 2;
    }
    return QCoreApplication::exec();
}
