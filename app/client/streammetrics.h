#pragma once

#include "catalog/modelinfo.h"
#include "wire/streamevent.h"

#include <optional>

namespace maas {

// Timing and size of one stream, measured from the moment the request left (ms, -1 = not yet).
struct StreamMetrics
{
    qint64 firstByteMs = -1;  // first body byte (SSE comments and pings included)
    qint64 firstTokenMs = -1; // first text or thinking delta
    qint64 lastTokenMs = -1;
    qint64 totalMs = -1;
    qint64 outputChars = 0;
    qint64 thinkingChars = 0;
    Usage usage;
    int attempts = 0;

    // Output tokens as reported, or estimated at 4 characters a token when the server did not say.
    qint64 outputTokens() const;
    bool outputTokensEstimated() const { return usage.outputTokens < 0; }
    // Output tokens per second measured from the first token; nullopt when too short to tell.
    std::optional<double> tokensPerSecond() const;
    // Cost from the catalog price; nullopt without a price or without usage.
    std::optional<double> cost(const std::optional<Pricing> &pricing) const;
};

} // namespace maas
