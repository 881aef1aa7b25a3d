#include "wire/streamevent.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// JSON string escaping for golden lines: stable across Qt versions (QJsonDocument's escaping is not
// part of its contract), keeps non-ASCII text readable, shows control characters and line separators.
QString jsonQuoted(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\b':
            out += u"\\b"_s;
            break;
        case u'\f':
            out += u"\\f"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0x7f)
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

constexpr std::array finishReasonNames{
    std::pair{FinishReason::Stop, "stop"},
    std::pair{FinishReason::Length, "length"},
    std::pair{FinishReason::StopSequence, "stop_sequence"},
    std::pair{FinishReason::ToolUse, "tool_use"},
    std::pair{FinishReason::ContentFilter, "content_filter"},
    std::pair{FinishReason::Other, "other"},
};

// Raw reasons of every family. Compared without case so that upper-case spellings (Gemini's "STOP",
// "MAX_TOKENS") land in the same place.
constexpr std::array rawFinishReasons{
    std::pair{"end_turn", FinishReason::Stop},
    std::pair{"stop", FinishReason::Stop},
    std::pair{"max_tokens", FinishReason::Length},
    std::pair{"length", FinishReason::Length},
    std::pair{"model_length", FinishReason::Length},
    std::pair{"model_context_window_exceeded", FinishReason::Length},
    std::pair{"stop_sequence", FinishReason::StopSequence},
    std::pair{"tool_use", FinishReason::ToolUse},
    std::pair{"tool_calls", FinishReason::ToolUse},
    std::pair{"content_filter", FinishReason::ContentFilter},
    std::pair{"refusal", FinishReason::ContentFilter},
};

} // namespace

void Usage::merge(const Usage &other)
{
    if (other.inputTokens >= 0)
        inputTokens = other.inputTokens;
    if (other.outputTokens >= 0)
        outputTokens = other.outputTokens;
    if (other.cacheReadTokens >= 0)
        cacheReadTokens = other.cacheReadTokens;
    if (other.cacheWriteTokens >= 0)
        cacheWriteTokens = other.cacheWriteTokens;
}

StreamEvent StreamEvent::textDelta(QString text)
{
    StreamEvent e;
    e.kind = Kind::TextDelta;
    e.text = std::move(text);
    return e;
}

StreamEvent StreamEvent::thinkingDelta(QString text)
{
    StreamEvent e;
    e.kind = Kind::ThinkingDelta;
    e.text = std::move(text);
    return e;
}

StreamEvent StreamEvent::usageReport(Usage usage)
{
    StreamEvent e;
    e.kind = Kind::Usage;
    e.usage = usage;
    return e;
}

StreamEvent StreamEvent::finish(FinishReason reason, QString raw)
{
    StreamEvent e;
    e.kind = Kind::Finish;
    e.finishReason = reason;
    e.rawReason = std::move(raw);
    return e;
}

StreamEvent StreamEvent::error(QString type, QString message, bool retryable)
{
    StreamEvent e;
    e.kind = Kind::Error;
    e.rawReason = std::move(type);
    e.text = std::move(message);
    e.retryable = retryable;
    return e;
}

QString StreamEvent::toGoldenLine() const
{
    switch (kind) {
    case Kind::TextDelta:
        return u"text "_s + jsonQuoted(text);
    case Kind::ThinkingDelta:
        return u"thinking "_s + jsonQuoted(text);
    case Kind::Usage: {
        // Only the counts the server reported; -1 ("not said") is left out.
        QString line = u"usage"_s;
        const auto field = [&line](QStringView name, qint64 value) {
            if (value >= 0)
                line += u' ' + name + u'=' + QString::number(value);
        };
        field(u"in", usage.inputTokens);
        field(u"out", usage.outputTokens);
        field(u"cache_read", usage.cacheReadTokens);
        field(u"cache_write", usage.cacheWriteTokens);
        return line;
    }
    case Kind::Finish:
        return u"finish "_s + finishReasonName(finishReason) + u" ("_s + rawReason + u')';
    case Kind::Error:
        return u"error "_s + rawReason + (retryable ? u" retryable "_s : u" "_s) + jsonQuoted(text);
    }
    return {};
}

FinishReason finishReasonFromRaw(QStringView raw)
{
    for (const auto &[name, reason] : rawFinishReasons) {
        if (raw.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
            return reason;
    }
    return FinishReason::Other;
}

QString finishReasonName(FinishReason reason)
{
    for (const auto &[value, name] : finishReasonNames) {
        if (value == reason)
            return QString::fromLatin1(name);
    }
    return u"other"_s;
}

} // namespace maas
