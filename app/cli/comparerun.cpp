#include "comparerun.h"

#include "catalog/modelcatalog.h"
#include "client/chatclient.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace maas::cli {

CompareRun::CompareRun(ChatClient &client, const ModelCatalog &catalog, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_catalog(catalog)
    , m_options(options)
    , m_progress(!options.json && isatty(fileno(stderr)))
{}

bool CompareRun::start(QString *problem)
{
    QList<ChatRequest> requests;
    for (const QString &id : std::as_const(m_options.models)) {
        ChatRequest request;
        PaneReport report;
        report.pane = static_cast<int>(m_reports.size());
        if (const ModelInfo *info = m_catalog.find(id)) {
            request.family = info->family;
            request.model = info->requestId;
            request.thinkingFormat = info->thinkingFormat;
            report.name = info->name;
            report.location = m_options.region.isEmpty() ? info->defaultLocation() : m_options.region;
            if (info->isEmbedding()) {
                *problem = u"%1 is an embedding model; use: maas-cli embed --model %2 TEXT..."_s.arg(info->name, id);
                return false;
            }
            if (!info->endpoint.isEmpty())
                report.location = u"custom"_s;
            else if (!info->servesLocation(report.location))
                std::fprintf(stderr, "warning: the catalog does not list %s at %s (it lists: %s); sending anyway\n",
                             qPrintable(info->name), qPrintable(report.location),
                             qPrintable(info->locations().join(u", "_s)));
            if (info->stageOn(QDate::currentDate()) == LifecycleStage::Retired)
                std::fprintf(stderr, "warning: %s was retired on %s; the request will probably fail\n",
                             qPrintable(info->name), qPrintable(info->lifecycle.retired.toString(Qt::ISODate)));
        } else if (const auto family = ChatClient::guessFamily(id)) {
            request.family = *family;
            request.model = id;
            report.name = id;
            report.location = m_options.region.isEmpty() ? u"global"_s : m_options.region;
        } else {
            *problem = u"unknown model '%1': use a catalog id (maas-cli models) or an exact request id such as "
                       u"claude-sonnet-4@20250514 or meta/llama-3.3-70b-instruct-maas"_s.arg(id);
            return false;
        }
        request.system = m_options.system;
        request.messages = {ChatMessage{ChatMessage::Role::User, m_options.texts.first()}};
        request.maxTokens = m_options.maxTokens;
        request.temperature = m_options.temperature;
        request.thinkingBudget = m_options.thinkingBudget;
        report.model = request.model;
        requests << request;
        m_reports << report;
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QString location = m_reports.at(i).location == u"custom" ? QString() : m_reports.at(i).location;
        ChatStream *stream = m_client.start(requests.at(i), location);
        m_pane.insert(stream, static_cast<int>(i));
        connect(stream, &ChatStream::event, this, &CompareRun::onEvent);
        connect(stream, &ChatStream::finished, this, &CompareRun::onFinished);
        connect(stream, &ChatStream::retrying, this,
                [this](ChatStream *s, int retry, qint64 delayMs, const UserError &why) {
                    const PaneReport &r = m_reports.at(m_pane.value(s));
                    if (m_options.json)
                        writeLine({{u"pane"_s, r.pane},
                                   {u"model"_s, r.model},
                                   {u"type"_s, u"retry"_s},
                                   {u"attempt"_s, retry + 1},
                                   {u"delay_ms"_s, delayMs},
                                   {u"reason"_s, why.title}});
                    else
                        std::fprintf(stderr, "%s: %s; retrying in %.1f s\n", qPrintable(r.name), qPrintable(why.title),
                                     double(delayMs) / 1000.0);
                });
        ++m_running;
    }
    return true;
}

void CompareRun::onEvent(ChatStream *stream, const StreamEvent &event)
{
    const int pane = m_pane.value(stream, -1);
    if (pane < 0)
        return;
    if (m_options.json)
        writeLine(eventJson(pane, m_reports.at(pane).model, event));
    else if (m_progress)
        printProgress();
}

void CompareRun::onFinished(ChatStream *stream, const ChatResult &result)
{
    const int pane = m_pane.value(stream, -1);
    if (pane < 0)
        return;
    PaneReport &report = m_reports[pane];
    report.result = result;
    if (const ModelInfo *info = m_catalog.find(report.model))
        report.cost = result.metrics.cost(info->pricing);
    stream->deleteLater();
    m_pane.remove(stream);
    if (m_options.json)
        writeLine(summaryJson(report));
    if (--m_running > 0)
        return;

    if (m_progress)
        std::fprintf(stderr, "\r\033[K");
    int exitCode = 0;
    for (const PaneReport &r : std::as_const(m_reports)) {
        if (!r.result.complete) {
            exitCode = 1;
            if (r.result.error)
                std::fprintf(stderr, "%s: %s\n", qPrintable(r.name), qPrintable(r.result.error->toText()));
        }
    }
    if (!m_options.json) {
        std::fputs(markdownReport(m_reports).toUtf8().constData(), stdout);
        std::fflush(stdout);
    }
    Q_EMIT done(exitCode);
}

void CompareRun::printProgress()
{
    QStringList parts;
    for (const PaneReport &r : std::as_const(m_reports)) {
        const ChatStream *live = m_pane.key(r.pane, nullptr);
        const StreamMetrics &m = live ? live->result().metrics : r.result.metrics;
        const qint64 chars = m.outputChars + m.thinkingChars;
        parts << u"%1 %2 ch"_s.arg(r.name).arg(chars);
    }
    std::fprintf(stderr, "\r\033[K%s", qPrintable(parts.join(u" | "_s)));
}

void CompareRun::writeLine(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace maas::cli
