#include "client/streammetrics.h"

namespace maas {

qint64 StreamMetrics::outputTokens() const
{
    if (usage.outputTokens >= 0)
        return usage.outputTokens;
    return (outputChars + thinkingChars + 3) / 4;
}

std::optional<double> StreamMetrics::tokensPerSecond() const
{
    const qint64 span = lastTokenMs - firstTokenMs;
    const qint64 tokens = outputTokens();
    if (firstTokenMs < 0 || span <= 0 || tokens < 2)
        return std::nullopt;
    // The first token marks the start of the interval, so it is not counted in the rate.
    return double(tokens - 1) * 1000.0 / double(span);
}

std::optional<double> StreamMetrics::cost(const std::optional<Pricing> &pricing) const
{
    if (!pricing || (usage.inputTokens < 0 && usage.outputTokens < 0))
        return std::nullopt;
    const double in = double(std::max<qint64>(usage.inputTokens, 0));
    return (in * pricing->inputPerMillion + double(outputTokens()) * pricing->outputPerMillion) / 1e6;
}

} // namespace maas
