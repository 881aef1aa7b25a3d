#include "metricsformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace maas {

QString MetricsFormat::duration(qint64 ms)
{
    if (ms < 0)
        return u"–"_s;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString MetricsFormat::summary(const ChatResult &r, const std::optional<double> &cost)
{
    const StreamMetrics &m = r.metrics;
    const QLocale locale;
    QStringList parts;
    parts << tr("TTFT %1").arg(duration(m.firstTokenMs));
    if (const auto rate = m.tokensPerSecond())
        parts << tr("%1 tok/s").arg(locale.toString(*rate, 'f', 1));
    if (m.usage.inputTokens >= 0)
        parts << tr("in %1").arg(locale.toString(m.usage.inputTokens));
    parts << (m.outputTokensEstimated() ? tr("out ~%1") : tr("out %1")).arg(locale.toString(m.outputTokens()));
    if (cost)
        parts << u"$%1"_s.arg(locale.toString(*cost, 'f', *cost < 0.01 ? 5 : 4));
    if (r.cancelled)
        parts << tr("stopped");
    else if (r.error)
        parts << tr("error");
    else
        parts << (r.rawFinishReason.isEmpty() ? finishReasonName(r.finishReason) : r.rawFinishReason);
    parts << duration(m.totalMs);
    if (m.attempts > 1)
        parts << tr("%n attempt(s)", nullptr, m.attempts);
    return parts.join(u"  ·  "_s);
}

} // namespace maas
