#include "clioptions.h"

#include "common/urlpolicy.h"
#include "vertex/endpointresolver.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace maas::cli {

namespace {

const char *const kUsage = R"(Usage:
  maas-cli compare --model M [--model M2 ...] [options] PROMPT    (PROMPT '-' reads stdin)
  maas-cli models [--json]
  maas-cli embed --model M [--vectors] [--json] TEXT [TEXT ...]
  maas-cli doctor [--project P] [--location L] [--model M] [--json]

--model takes a catalog id (claude-sonnet-4-5, llama-4-maverick) or the exact request id
(claude-sonnet-4@20250514, meta/llama-3.3-70b-instruct-maas). All models stream concurrently.
The access token comes from MAAS_ACCESS_TOKEN (e.g. export MAAS_ACCESS_TOKEN=$(gcloud auth print-access-token)).
With --endpoint pointing at a loopback emulator, token and project may be omitted.
doctor checks access step by step (credentials, token, project, aiplatform.endpoints.predict, the
model at that location, the global endpoint) and prints the exact fix for each problem; the model
defaults to the first in the catalog and the location to the model's default.
Exit code: 0 when every model answered completely (doctor: no step failed), 1 when any failed,
2 for usage errors.)";

QString readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

} // namespace

bool parseCommandLine(const QStringList &arguments, CliOptions *o, QString *message, bool *helpShown)
{
    *helpShown = false;
    QCommandLineParser p;
    p.setApplicationDescription(QString::fromUtf8(kUsage));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption model(u"model"_s, u"Model to use (repeat for several)."_s, u"id"_s);
    const QCommandLineOption project(u"project"_s,
                                     u"Google Cloud project id (default: $MAAS_PROJECT, "
                                     u"$GOOGLE_CLOUD_PROJECT)."_s,
                                     u"id"_s);
    const QCommandLineOption region(QStringList{u"region"_s, u"location"_s},
                                    u"Location for every model: global, us, eu or a region (default: "
                                    u"each model's default from the catalog)."_s,
                                    u"location"_s);
    const QCommandLineOption endpoint(u"endpoint"_s, u"Base URL override including /v1 (emulator, proxy)."_s, u"url"_s);
    const QCommandLineOption system(u"system"_s, u"System prompt."_s, u"text"_s);
    const QCommandLineOption maxTokens(u"max-tokens"_s, u"Max output tokens (default 1024)."_s, u"n"_s);
    const QCommandLineOption temperature(u"temperature"_s, u"Sampling temperature."_s, u"t"_s);
    const QCommandLineOption thinking(u"thinking-budget"_s,
                                      u"Ask for visible reasoning with this token budget "
                                      u"(Claude: >= 1024 and below --max-tokens)."_s,
                                      u"n"_s);
    const QCommandLineOption json(u"json"_s, u"JSON Lines output."_s);
    const QCommandLineOption vectors(u"vectors"_s, u"embed: print the vectors instead of the similarity matrix."_s);
    const QCommandLineOption catalog(u"catalog"_s, u"Extra catalog file (default: the user's catalog.json)."_s,
                                     u"file"_s);
    p.addOptions({model, project, region, endpoint, system, maxTokens, temperature, thinking, json, vectors, catalog});
    p.addPositionalArgument(u"command"_s, u"compare, models, embed or doctor"_s);

    if (!p.parse(arguments)) {
        *message = p.errorText();
        return false;
    }
    if (p.isSet(u"help"_s) || p.isSet(u"version"_s)) {
        *helpShown = true;
        *message = p.isSet(u"help"_s) ? p.helpText() : u"maas-cli " MAAS_VERSION ""_s;
        return true;
    }
    QStringList positional = p.positionalArguments();
    if (positional.isEmpty()) {
        *message = u"no command given\n\n"_s + QString::fromUtf8(kUsage);
        return false;
    }
    o->command = positional.takeFirst();
    o->models = p.values(model);
    o->project = p.value(project);
    if (o->project.isEmpty())
        o->project = qEnvironmentVariable("MAAS_PROJECT", qEnvironmentVariable("GOOGLE_CLOUD_PROJECT"));
    o->region = p.value(region);
    o->system = p.value(system);
    o->json = p.isSet(json);
    o->vectors = p.isSet(vectors);
    o->catalogFile = p.value(catalog);

    if (p.isSet(endpoint)) {
        const QString url = p.value(endpoint);
        if (const QString problem = endpointUrlProblem(url); !problem.isEmpty()) {
            *message = u"--endpoint: "_s + problem;
            return false;
        }
        o->endpoint = QUrl(url);
        if (o->project.isEmpty() && isLoopbackHost(o->endpoint.host()))
            o->project = u"local-project"_s; // the emulator accepts any project
    }
    bool ok = true;
    if (p.isSet(maxTokens)) {
        o->maxTokens = p.value(maxTokens).toInt(&ok);
        if (!ok || o->maxTokens < 1) {
            *message = u"--max-tokens needs a positive whole number"_s;
            return false;
        }
    }
    if (p.isSet(temperature)) {
        o->temperature = p.value(temperature).toDouble(&ok);
        if (!ok || *o->temperature < 0 || *o->temperature > 2) {
            *message = u"--temperature needs a number from 0 to 2"_s;
            return false;
        }
    }
    if (p.isSet(thinking)) {
        o->thinkingBudget = p.value(thinking).toInt(&ok);
        if (!ok || o->thinkingBudget < 1) {
            *message = u"--thinking-budget needs a positive whole number"_s;
            return false;
        }
    }

    if (o->command == u"compare" || o->command == u"embed") {
        if (o->models.isEmpty()) {
            *message = u"%1 needs at least one --model"_s.arg(o->command);
            return false;
        }
        if (o->command == u"compare") {
            if (positional.size() != 1) {
                *message = u"compare takes one PROMPT argument (quote it, or '-' to read stdin)"_s;
                return false;
            }
            const QString prompt = positional.first() == u"-" ? readStdin() : positional.first();
            if (prompt.trimmed().isEmpty()) {
                *message = u"the prompt is empty"_s;
                return false;
            }
            o->texts = {prompt};
        } else {
            if (positional.isEmpty()) {
                *message = u"embed needs at least one TEXT"_s;
                return false;
            }
            o->texts = positional;
        }
    } else if (o->command == u"doctor") {
        if (!positional.isEmpty()) {
            *message = u"doctor takes no arguments; use --project, --location and --model"_s;
            return false;
        }
        if (o->models.size() > 1) {
            *message = u"doctor checks one --model at a time"_s;
            return false;
        }
        if (const QString problem = EndpointResolver::projectProblem(o->project); !problem.isEmpty()) {
            *message = u"doctor: "_s + problem;
            return false;
        }
    } else if (o->command == u"models") {
        if (!positional.isEmpty()) {
            *message = u"models takes no arguments"_s;
            return false;
        }
    } else {
        *message = u"unknown command '%1'; use compare, models, embed or doctor"_s.arg(o->command);
        return false;
    }
    return true;
}

} // namespace maas::cli
