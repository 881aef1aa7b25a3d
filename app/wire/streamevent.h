#pragma once

#include <QString>

namespace maas {

// Token counts as reported by the server; -1 where it did not say.
struct Usage
{
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    qint64 cacheReadTokens = -1;
    qint64 cacheWriteTokens = -1;

    // Later reports overwrite only the fields they carry.
    void merge(const Usage &other);
    bool operator==(const Usage &) const = default;
};

// Why a generation ended, normalised across families (the raw string is kept beside it).
enum class FinishReason
{
    Stop,          // end_turn, stop
    Length,        // max_tokens, length, model_length
    StopSequence,  // stop_sequence
    ToolUse,       // tool_use, tool_calls
    ContentFilter, // content_filter, refusal
    Other,
};

// What every codec produces, whatever the family. The UI knows nothing else about the wire.
struct StreamEvent
{
    enum class Kind
    {
        TextDelta,
        ThinkingDelta,
        Usage,
        Finish,
        Error,
    };
    Kind kind = Kind::TextDelta;
    QString text;                                    // TextDelta, ThinkingDelta; Error: the server's message
    Usage usage;                                     // Usage
    FinishReason finishReason = FinishReason::Other; // Finish
    QString rawReason;      // Finish: as sent ("end_turn"); Error: error type ("overloaded_error")
    bool retryable = false; // Error: a later attempt may succeed (overloaded, rate limit)

    static StreamEvent textDelta(QString text);
    static StreamEvent thinkingDelta(QString text);
    static StreamEvent usageReport(Usage usage);
    static StreamEvent finish(FinishReason reason, QString raw);
    static StreamEvent error(QString type, QString message, bool retryable);

    // One line for golden files and logs: `text "Hello\n"`, `usage in=12 out=34`, `finish stop (end_turn)`,
    // `error overloaded_error retryable "Overloaded"`. Strings are JSON-escaped.
    QString toGoldenLine() const;
};

FinishReason finishReasonFromRaw(QStringView raw);
QString finishReasonName(FinishReason reason);

} // namespace maas
