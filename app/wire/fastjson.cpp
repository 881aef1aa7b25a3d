#include "wire/fastjson.h"

#include <atomic>

namespace maas::codec {

namespace {

std::atomic<bool> g_fastPaths{true};

constexpr int kMaxDepth = 32; // deeper than any chunk; beyond it QJsonDocument decides

// Forward-only reader of one JSON text that validates everything it reads or skips (RFC 8259, with
// stricter numbers: integers only, so that no value QJsonDocument would reject, e.g. 1e999, passes).
// Any failure is final; callers then fall back on QJsonDocument.
class JsonReader
{
public:
    explicit JsonReader(QByteArrayView json)
        : m_p(reinterpret_cast<const uchar *>(json.data()))
        , m_end(m_p + json.size())
    {}

    bool failed() const { return m_failed; }

    bool beginObject() { return open('{'); }
    bool beginArray() { return open('['); }

    // Next key of the current object (raw bytes; a key with an escape fails), or false at its end.
    bool nextKey(QByteArrayView *key)
    {
        if (!nextItem('}'))
            return false;
        const uchar *start = m_p + 1;
        bool escaped = false;
        if (!scanString(&escaped) || escaped)
            return fail();
        *key = QByteArrayView(reinterpret_cast<const char *>(start), m_p - 1 - start);
        skipSpace();
        if (m_p == m_end || *m_p != ':')
            return fail();
        ++m_p;
        return true;
    }

    // Whether the current array has another element, or false at its end.
    bool nextElement() { return nextItem(']'); }

    // Consumes null and returns true, or returns false and consumes nothing.
    bool takeNull()
    {
        skipSpace();
        if (m_end - m_p >= 4 && m_p[0] == 'n' && m_p[1] == 'u' && m_p[2] == 'l' && m_p[3] == 'l') {
            m_p += 4;
            return true;
        }
        return false;
    }

    bool peekString()
    {
        skipSpace();
        return m_p != m_end && *m_p == '"';
    }

    bool readString(QString *out)
    {
        skipSpace();
        const uchar *start = m_p + 1;
        bool escaped = false;
        if (!peekString() || !scanString(&escaped))
            return fail();
        const uchar *stop = m_p - 1;
        if (!escaped) {
            *out = QString::fromUtf8(reinterpret_cast<const char *>(start), stop - start); // validated
            return true;
        }
        return unescape(start, stop, out) || fail();
    }

    // A string without escapes, as raw bytes (for values compared with a known name).
    bool readRawString(QByteArrayView *out)
    {
        skipSpace();
        const uchar *start = m_p + 1;
        bool escaped = false;
        if (!peekString() || !scanString(&escaped) || escaped)
            return fail();
        *out = QByteArrayView(reinterpret_cast<const char *>(start), m_p - 1 - start);
        return true;
    }

    bool readInteger(qint64 *out)
    {
        skipSpace();
        const bool negative = m_p != m_end && *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p == m_end || *m_p < '0' || *m_p > '9')
            return fail();
        qint64 value = 0;
        int digits = 0;
        if (*m_p == '0') {
            ++m_p;
            digits = 1;
        } else {
            for (; m_p != m_end && *m_p >= '0' && *m_p <= '9'; ++m_p, ++digits)
                value = value * 10 + (*m_p - '0');
        }
        // Fractions and exponents are left to QJsonDocument (it rejects some, e.g. on overflow).
        if (digits > 15 || (m_p != m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E')))
            return fail();
        *out = negative ? -value : value;
        return true;
    }

    bool skipValue(int depth = 0)
    {
        skipSpace();
        if (m_p == m_end || depth > kMaxDepth)
            return fail();
        switch (*m_p) {
        case '{': {
            if (!beginObject())
                return false;
            QByteArrayView key;
            while (nextKey(&key)) {
                if (!skipValue(depth + 1))
                    return false;
            }
            return !m_failed;
        }
        case '[':
            if (!beginArray())
                return false;
            while (nextElement()) {
                if (!skipValue(depth + 1))
                    return false;
            }
            return !m_failed;
        case '"': {
            bool escaped = false;
            return scanString(&escaped) || fail();
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default: {
            qint64 ignored = 0;
            return readInteger(&ignored);
        }
        }
    }

    // Only whitespace left and nothing failed.
    bool atEnd()
    {
        skipSpace();
        return !m_failed && m_p == m_end;
    }

private:
    bool fail()
    {
        m_failed = true;
        m_p = m_end;
        return false;
    }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool open(uchar bracket)
    {
        skipSpace();
        if (m_p == m_end || *m_p != bracket)
            return fail();
        ++m_p;
        m_first = true;
        return true;
    }

    // Before an item of a container: its closing bracket (consumed, false) or a comma unless first.
    bool nextItem(uchar closing)
    {
        if (m_failed)
            return false;
        skipSpace();
        if (m_p == m_end)
            return fail();
        if (*m_p == closing) {
            ++m_p;
            m_first = false; // back in the parent, which has had at least this item
            return false;
        }
        if (!m_first) {
            if (*m_p != ',')
                return fail();
            ++m_p;
            skipSpace();
        }
        m_first = false;
        if (closing == '}' && (m_p == m_end || *m_p != '"'))
            return fail();
        return true;
    }

    bool literal(const char *word)
    {
        for (; *word; ++word, ++m_p) {
            if (m_p == m_end || *m_p != uchar(*word))
                return fail();
        }
        return true;
    }

    // At an opening quote: moves past the closing one, validating escapes and UTF-8.
    bool scanString(bool *escaped)
    {
        ++m_p;
        while (m_p != m_end) {
            const uchar c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c == '\\') {
                *escaped = true;
                if (m_end - m_p < 2)
                    return false;
                const uchar e = m_p[1];
                if (e == 'u') {
                    if (m_end - m_p < 6)
                        return false;
                    for (int i = 2; i < 6; ++i) {
                        if (hexValue(m_p[i]) < 0)
                            return false;
                    }
                    m_p += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
                           e == 't') {
                    m_p += 2;
                } else {
                    return false;
                }
            } else if (c < 0x20) {
                return false; // raw control characters are not allowed in JSON strings
            } else if (c < 0x80) {
                ++m_p;
            } else if (!skipUtf8Sequence()) {
                return false;
            }
        }
        return false; // unterminated
    }

    // One multi-byte UTF-8 sequence: no overlong forms, no surrogates, nothing above U+10FFFF.
    bool skipUtf8Sequence()
    {
        const uchar c = *m_p;
        int length = 0;
        uint min = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (m_end - m_p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((m_p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (m_p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        m_p += length;
        return true;
    }

    static int hexValue(uchar c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    static char16_t hex4(const uchar *p)
    {
        return char16_t((hexValue(p[0]) << 12) | (hexValue(p[1]) << 8) | (hexValue(p[2]) << 4) | hexValue(p[3]));
    }

    // The string between start and stop (already validated) with its escapes resolved. A lone
    // surrogate escape is left to QJsonDocument.
    static bool unescape(const uchar *start, const uchar *stop, QString *out)
    {
        QString text;
        text.reserve(stop - start);
        const uchar *run = start;
        const uchar *p = start;
        while (p != stop) {
            if (*p != '\\') {
                ++p;
                continue;
            }
            text += QUtf8StringView(reinterpret_cast<const char *>(run), p - run);
            const uchar e = p[1];
            if (e == 'u') {
                const char16_t unit = hex4(p + 2);
                p += 6;
                if (QChar::isHighSurrogate(unit)) {
                    if (stop - p < 6 || p[0] != '\\' || p[1] != 'u' || !QChar::isLowSurrogate(hex4(p + 2)))
                        return false;
                    text += QChar(unit);
                    text += QChar(hex4(p + 2));
                    p += 6;
                } else if (QChar::isLowSurrogate(unit)) {
                    return false;
                } else {
                    text += QChar(unit);
                }
            } else {
                char16_t c = e; // '"', '\\', '/'
                if (e == 'b')
                    c = u'\b';
                else if (e == 'f')
                    c = u'\f';
                else if (e == 'n')
                    c = u'\n';
                else if (e == 'r')
                    c = u'\r';
                else if (e == 't')
                    c = u'\t';
                text += QChar(c);
                p += 2;
            }
            run = p;
        }
        text += QUtf8StringView(reinterpret_cast<const char *>(run), p - run);
        *out = std::move(text);
        return true;
    }

    const uchar *m_p;
    const uchar *m_end;
    bool m_first = false;
    bool m_failed = false;
};

// A string or null (read as an empty string); anything else fails.
bool readOptionalString(JsonReader &reader, QString *out)
{
    if (reader.takeNull())
        return true;
    return reader.readString(out);
}

} // namespace

void setFastPathsEnabled(bool enabled)
{
    g_fastPaths.store(enabled, std::memory_order_relaxed);
}

bool fastPathsEnabled()
{
    return g_fastPaths.load(std::memory_order_relaxed);
}

std::optional<AnthropicDelta> readAnthropicDelta(QByteArrayView json)
{
    JsonReader reader(json);
    if (!reader.beginObject())
        return std::nullopt;
    bool sawType = false;
    bool sawIndex = false;
    bool sawDelta = false;
    QByteArrayView deltaType;
    QString text;
    QString thinking;
    bool sawText = false;
    bool sawThinking = false;
    QByteArrayView key;
    while (reader.nextKey(&key)) {
        if (key == "type") {
            QByteArrayView type;
            if (sawType || !reader.readRawString(&type) || type != "content_block_delta")
                return std::nullopt; // other event types are rare: QJsonDocument reads them
            sawType = true;
        } else if (key == "index") {
            qint64 index = 0;
            if (sawIndex || !reader.readInteger(&index))
                return std::nullopt;
            sawIndex = true;
        } else if (key == "delta") {
            if (sawDelta || !reader.beginObject())
                return std::nullopt;
            sawDelta = true;
            bool sawDeltaType = false;
            QByteArrayView inner;
            while (reader.nextKey(&inner)) {
                bool ok = true;
                if (inner == "type") {
                    ok = !sawDeltaType && reader.readRawString(&deltaType);
                    sawDeltaType = true;
                } else if (inner == "text") {
                    ok = !sawText && reader.readString(&text);
                    sawText = true;
                } else if (inner == "thinking") {
                    ok = !sawThinking && reader.readString(&thinking);
                    sawThinking = true;
                } else {
                    ok = reader.skipValue(); // signature, partial_json, citation, ...
                }
                if (!ok)
                    return std::nullopt;
            }
            if (reader.failed() || !sawDeltaType)
                return std::nullopt; // an untyped delta needs the block types: codec's DOM path
        } else if (!reader.skipValue()) {
            return std::nullopt;
        }
    }
    if (!reader.atEnd() || !sawType || !sawDelta)
        return std::nullopt;
    AnthropicDelta delta;
    if (deltaType == "text_delta") {
        delta.kind = AnthropicDelta::Kind::Text;
        delta.text = std::move(text);
    } else if (deltaType == "thinking_delta") {
        delta.kind = AnthropicDelta::Kind::Thinking;
        delta.text = std::move(thinking);
    }
    return delta;
}

std::optional<ChatChunk> readChatChunk(QByteArrayView json)
{
    JsonReader reader(json);
    if (!reader.beginObject())
        return std::nullopt;
    ChatChunk chunk;
    bool sawChoices = false;
    bool sawObject = false;
    bool sawUsage = false;
    QByteArrayView key;
    while (reader.nextKey(&key)) {
        if (key == "error" || key == "type") {
            return std::nullopt; // error shapes: the codec's DOM path
        } else if (key == "object") {
            QByteArrayView object;
            if (sawObject || !reader.readRawString(&object) || object == "error")
                return std::nullopt;
            sawObject = true;
        } else if (key == "usage") {
            if (sawUsage || !reader.takeNull())
                return std::nullopt; // usage counts: rare, DOM path
            sawUsage = true;
        } else if (key == "choices") {
            if (sawChoices || !reader.beginArray())
                return std::nullopt;
            sawChoices = true;
            int choices = 0;
            while (reader.nextElement()) {
                if (++choices > 1 || !reader.beginObject())
                    return std::nullopt;
                bool sawIndex = false;
                bool sawDelta = false;
                bool sawFinish = false;
                QByteArrayView field;
                while (reader.nextKey(&field)) {
                    bool ok = true;
                    if (field == "index") {
                        qint64 index = -1;
                        ok = !sawIndex && reader.readInteger(&index) && index == 0;
                        sawIndex = true;
                    } else if (field == "finish_reason") {
                        ok = !sawFinish && readOptionalString(reader, &chunk.finishReason);
                        sawFinish = true;
                    } else if (field == "delta") {
                        ok = !sawDelta && reader.beginObject();
                        sawDelta = true;
                        bool sawContent = false;
                        bool sawReasoningContent = false;
                        bool sawReasoning = false;
                        QByteArrayView name;
                        while (ok && reader.nextKey(&name)) {
                            if (name == "content") {
                                ok = !sawContent && readOptionalString(reader, &chunk.content);
                                sawContent = true;
                            } else if (name == "reasoning_content") {
                                ok = !sawReasoningContent && readOptionalString(reader, &chunk.reasoningContent);
                                sawReasoningContent = true;
                            } else if (name == "reasoning") {
                                ok = !sawReasoning && readOptionalString(reader, &chunk.reasoning);
                                sawReasoning = true;
                            } else if (name == "refusal") {
                                ok = reader.takeNull(); // a refusal text: DOM path
                            } else {
                                ok = reader.skipValue(); // role, tool_calls, ...
                            }
                        }
                        ok = ok && !reader.failed();
                    } else {
                        ok = reader.skipValue(); // logprobs, stop_reason, ...
                    }
                    if (!ok)
                        return std::nullopt;
                }
                if (reader.failed())
                    return std::nullopt;
            }
            if (reader.failed())
                return std::nullopt;
        } else if (!reader.skipValue()) {
            return std::nullopt; // id, created, model, system_fingerprint, ...
        }
    }
    if (!reader.atEnd())
        return std::nullopt;
    return chunk;
}

} // namespace maas::codec
