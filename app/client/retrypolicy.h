#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

namespace maas {

struct RetryOptions
{
    int maxRetries = 2;
    qint64 baseDelayMs = 1000;
    qint64 maxDelayMs = 8000;       // backoff cap for 5xx and overload
    qint64 maxRetryAfterMs = 60000; // a longer Retry-After is not waited for
};

// When and how long to wait before retrying a request that failed before its first token:
// exponential backoff with full jitter, Retry-After honoured up to a cap. A stream that has shown
// text is never retried automatically (a retry would splice two generations).
class RetryPolicy
{
public:
    using Options = RetryOptions;

    explicit RetryPolicy(Options options = Options(), std::function<double()> random = {});

    static bool isRetryableStatus(int httpStatus); // 408, 429, 500, 502, 503, 504, 529
    // Delay before retry number `retry` (1-based), or nullopt when no retry should happen.
    std::optional<qint64> delayBeforeRetry(int retry, std::optional<int> retryAfterSeconds) const;
    const Options &options() const { return m_options; }

private:
    Options m_options;
    std::function<double()> m_random; // uniform in [0, 1)
};

} // namespace maas
