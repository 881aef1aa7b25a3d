#include "report.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace maas::cli {

namespace {

QString ms(qint64 value)
{
    return value < 0 ? u"–"_s : u"%1 ms"_s.arg(value);
}

QString tokens(qint64 value)
{
    return value < 0 ? u"–"_s : QString::number(value);
}

QString status(const ChatResult &r)
{
    if (r.cancelled)
        return u"cancelled"_s;
    if (r.error)
        return u"error"_s;
    return r.rawFinishReason.isEmpty() ? finishReasonName(r.finishReason) : r.rawFinishReason;
}

} // namespace

QJsonObject eventJson(int pane, const QString &model, const StreamEvent &e)
{
    QJsonObject o{{u"pane"_s, pane}, {u"model"_s, model}};
    switch (e.kind) {
    case StreamEvent::Kind::TextDelta:
        o.insert(u"type"_s, u"text"_s);
        o.insert(u"text"_s, e.text);
        break;
    case StreamEvent::Kind::ThinkingDelta:
        o.insert(u"type"_s, u"thinking"_s);
        o.insert(u"text"_s, e.text);
        break;
    case StreamEvent::Kind::Usage:
        o.insert(u"type"_s, u"usage"_s);
        if (e.usage.inputTokens >= 0)
            o.insert(u"input_tokens"_s, e.usage.inputTokens);
        if (e.usage.outputTokens >= 0)
            o.insert(u"output_tokens"_s, e.usage.outputTokens);
        break;
    case StreamEvent::Kind::Finish:
        o.insert(u"type"_s, u"finish"_s);
        o.insert(u"reason"_s, finishReasonName(e.finishReason));
        o.insert(u"raw_reason"_s, e.rawReason);
        break;
    case StreamEvent::Kind::Error:
        o.insert(u"type"_s, u"error"_s);
        o.insert(u"error_type"_s, e.rawReason);
        o.insert(u"message"_s, e.text);
        break;
    }
    return o;
}

QJsonObject summaryJson(const PaneReport &r)
{
    const StreamMetrics &m = r.result.metrics;
    QJsonObject o{{u"pane"_s, r.pane},
                  {u"model"_s, r.model},
                  {u"type"_s, u"summary"_s},
                  {u"location"_s, r.location},
                  {u"complete"_s, r.result.complete},
                  {u"finish"_s, status(r.result)},
                  {u"attempts"_s, m.attempts},
                  {u"total_ms"_s, m.totalMs},
                  {u"output_chars"_s, m.outputChars},
                  {u"thinking_chars"_s, m.thinkingChars},
                  {u"output_tokens"_s, m.outputTokens()},
                  {u"output_tokens_estimated"_s, m.outputTokensEstimated()}};
    if (m.firstByteMs >= 0)
        o.insert(u"ttfb_ms"_s, m.firstByteMs);
    if (m.firstTokenMs >= 0)
        o.insert(u"ttft_ms"_s, m.firstTokenMs);
    if (const auto rate = m.tokensPerSecond())
        o.insert(u"tokens_per_s"_s, std::round(*rate * 10) / 10);
    if (m.usage.inputTokens >= 0)
        o.insert(u"input_tokens"_s, m.usage.inputTokens);
    if (r.cost)
        o.insert(u"cost_usd"_s, *r.cost);
    if (r.result.error) {
        const UserError &e = *r.result.error;
        o.insert(u"error"_s, QJsonObject{{u"title"_s, e.title},
                                         {u"detail"_s, e.detail},
                                         {u"remedy"_s, e.remedy},
                                         {u"code"_s, e.code},
                                         {u"http_status"_s, e.httpStatus},
                                         {u"retryable"_s, e.retryable}});
    }
    return o;
}

QString metricsTable(const QList<PaneReport> &reports)
{
    QString out = u"| # | model | location | TTFT | tok/s | in | out | cost | finish | total |\n"
                  u"|---|---|---|---|---|---|---|---|---|---|\n"_s;
    for (const PaneReport &r : reports) {
        const StreamMetrics &m = r.result.metrics;
        const auto rate = m.tokensPerSecond();
        out +=
            u"| %1 | %2 | %3 | %4 | %5 | %6 | %7%8 | %9 | %10 | %11 |\n"_s.arg(r.pane + 1)
                .arg(r.name, r.location, ms(m.firstTokenMs), rate ? QString::number(*rate, 'f', 1) : u"–"_s,
                     tokens(m.usage.inputTokens), tokens(m.outputTokens()),
                     m.outputTokensEstimated() ? u"~"_s : QString(), r.cost ? u"$%1"_s.arg(*r.cost, 0, 'f', 5) : u"–"_s)
                .arg(status(r.result), ms(m.totalMs));
    }
    return out;
}

QString markdownReport(const QList<PaneReport> &reports)
{
    QString out;
    for (const PaneReport &r : reports) {
        out += u"## %1. %2 (`%3` @ %4)\n\n"_s.arg(r.pane + 1).arg(r.name, r.model, r.location);
        if (!r.result.thinking.isEmpty()) {
            QString quoted = r.result.thinking.trimmed();
            quoted.replace(u'\n', u"\n> "_s);
            out += u"> **Thinking** (%1 characters)\n>\n> %2\n\n"_s.arg(r.result.thinking.size()).arg(quoted);
        }
        if (!r.result.text.isEmpty())
            out += r.result.text.trimmed() + u"\n\n"_s;
        if (r.result.error) {
            const UserError &e = *r.result.error;
            out += u"**✗ %1**%2\n\n"_s.arg(e.title, e.detail.isEmpty() ? QString() : u": "_s + e.detail);
            if (!e.remedy.isEmpty())
                out += u"*What to do:* %1\n\n"_s.arg(e.remedy);
            if (!r.result.text.isEmpty())
                out += u"*(the answer above is incomplete)*\n\n"_s;
        }
    }
    out += metricsTable(reports);
    return out;
}

} // namespace maas::cli
