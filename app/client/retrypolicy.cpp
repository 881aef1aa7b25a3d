#include "client/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace maas {

RetryPolicy::RetryPolicy(Options options, std::function<double()> random)
    : m_options(options)
    , m_random(random ? std::move(random) : [] { return QRandomGenerator::global()->generateDouble(); })
{}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
    case 529:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> RetryPolicy::delayBeforeRetry(int retry, std::optional<int> retryAfterSeconds) const
{
    if (retry < 1 || retry > m_options.maxRetries)
        return std::nullopt;
    if (retryAfterSeconds) {
        const qint64 ms = qint64(*retryAfterSeconds) * 1000;
        if (ms > m_options.maxRetryAfterMs)
            return std::nullopt; // the server asks for a long pause: let the user decide
        return ms;
    }
    const double ceiling =
        std::min<double>(double(m_options.maxDelayMs), double(m_options.baseDelayMs) * std::pow(2.0, retry - 1));
    // Full jitter, but never below a quarter of the ceiling so retries do not hammer the server.
    return qint64(ceiling * (0.25 + 0.75 * m_random()));
}

} // namespace maas
