#include "wire/sseparser.h"

#include <algorithm>
#include <cstring>

namespace maas {

namespace {

constexpr char kBom[] = {'\xEF', '\xBB', '\xBF'};
constexpr QByteArrayView kData("data");
constexpr QByteArrayView kEvent("event");
constexpr QByteArrayView kId("id");
constexpr QByteArrayView kRetry("retry");

// A partial line this big (or bigger) keeps its storage between lines only up to this size, so one
// huge event does not pin its memory for the rest of the stream.
constexpr qsizetype kKeepBufferCapacity = 64 * 1024;

std::optional<qint64> parseRetry(QByteArrayView value)
{
    // WHATWG: only ASCII digits; anything else (signs, spaces, "50x") ignores the field.
    if (value.isEmpty() || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(ms) : std::nullopt; // too many digits for qint64: ignored too
}

} // namespace

SseParser::SseParser(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes)
{}

void SseParser::feed(QByteArrayView bytes, QList<SseEvent> &out)
{
    m_bytesSeen += bytes.size();
    if (m_overflowed || bytes.isEmpty())
        return;

    if (!m_bomChecked) {
        // Hold back the bytes of a possible BOM (they are never line ends, so nothing is delayed).
        while (!bytes.isEmpty() && m_buffer.size() < 3 && bytes.front() == kBom[m_buffer.size()]) {
            m_buffer.append(bytes.front());
            bytes = bytes.sliced(1);
        }
        if (m_buffer.size() == 3) {
            m_buffer.clear();
            m_bomChecked = true;
        } else if (bytes.isEmpty()) {
            return; // still a BOM prefix: decide with the next bytes
        } else {
            m_bomChecked = true; // not a BOM: the bytes held are the start of the first line
        }
        if (bytes.isEmpty())
            return;
    }

    if (m_skipLeadingLf) {
        // The previous chunk ended with a CR that was already a line end; its LF is not a second one.
        m_skipLeadingLf = false;
        if (bytes.front() == '\n')
            bytes = bytes.sliced(1);
    }

    const char *const data = bytes.data();
    const qsizetype size = bytes.size();
    // Positions of the next LF and CR at or after pos (size when none). Each is searched forward
    // from where the previous search stopped, so every byte is scanned at most once per kind.
    qsizetype nextLf = -1;
    qsizetype nextCr = -1;
    const auto find = [&](char c, qsizetype from) {
        const void *hit = std::memchr(data + from, c, size_t(size - from));
        const qsizetype at = hit ? static_cast<const char *>(hit) - data : size;
        m_bytesExamined += std::min(at + 1, size) - from;
        return at;
    };

    qsizetype pos = 0;
    while (pos < size) {
        if (nextLf < pos)
            nextLf = find('\n', pos);
        if (nextCr < pos)
            nextCr = find('\r', pos);
        const qsizetype end = std::min(nextLf, nextCr);
        if (end == size) {
            appendPartial(bytes.sliced(pos));
            return;
        }
        const QByteArrayView line = bytes.sliced(pos, end - pos);
        if (m_buffer.isEmpty()) {
            processLine(line, out); // the whole line is in this chunk: read it in place
        } else {
            appendPartial(line);
            if (m_overflowed)
                return;
            processLine(m_buffer, out);
            if (m_buffer.capacity() > kKeepBufferCapacity)
                m_buffer.clear();
            else
                m_buffer.resize(0);
        }
        if (m_overflowed)
            return;
        pos = end + 1;
        if (data[end] == '\r') {
            // CRLF is one line end. A CR at the very end of the chunk has been acted on already;
            // remember to drop an LF that may start the next chunk instead of waiting for it.
            if (pos < size) {
                if (data[pos] == '\n')
                    ++pos;
            } else {
                m_skipLeadingLf = true;
            }
        }
    }
}

bool SseParser::finish()
{
    const bool discarded = m_overflowed || !m_buffer.isEmpty() || m_hasData || !m_pending.event.isEmpty();
    m_buffer.clear();
    clearEvent();
    m_skipLeadingLf = false;
    return discarded;
}

void SseParser::reset()
{
    m_buffer.clear();
    m_skipLeadingLf = false;
    m_bomChecked = false;
    m_overflowed = false;
    m_bytesSeen = 0;
    m_pending = SseEvent();
    m_hasData = false;
    m_lastEventType.clear();
    m_bytesExamined = 0;
}

void SseParser::appendPartial(QByteArrayView bytes)
{
    if (m_buffer.size() + bytes.size() > m_maxEventBytes) {
        overflow();
        return;
    }
    m_bytesExamined += bytes.size();
    m_buffer.append(bytes); // QByteArray grows geometrically: 1-byte feeding stays linear
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.size() > m_maxEventBytes) {
        overflow();
        return;
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // comment (keep-alive); it already counted in bytesSeen

    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);

    if (field == kData) {
        if (m_hasData) {
            if (m_pending.data.size() + 1 + value.size() > m_maxEventBytes) {
                overflow();
                return;
            }
            m_pending.data.append('\n');
        }
        m_pending.data.append(value);
        m_hasData = true;
    } else if (field == kEvent) {
        // Streams repeat a handful of event types: share the previous one instead of allocating.
        if (value != QByteArrayView(m_lastEventType))
            m_lastEventType = value.toByteArray();
        m_pending.event = m_lastEventType;
    } else if (field == kId) {
        if (!value.contains('\0') && value != QByteArrayView(m_pending.id))
            m_pending.id = value.toByteArray();
    } else if (field == kRetry) {
        if (const std::optional<qint64> ms = parseRetry(value))
            m_pending.retry = ms;
    }
    // Any other field name (including other cases of these) is ignored.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (!m_hasData) {
        clearEvent(); // WHATWG: no data line, no event (even with an event type)
        return;
    }
    SseEvent event;
    event.event = std::move(m_pending.event);
    event.data = std::move(m_pending.data);
    event.id = m_pending.id;
    event.retry = m_pending.retry;
    out.append(std::move(event));
    clearEvent();
}

void SseParser::clearEvent()
{
    m_pending.event = QByteArray();
    m_pending.data = QByteArray();
    m_hasData = false;
}

void SseParser::overflow()
{
    m_overflowed = true;
    m_buffer = QByteArray();
    clearEvent();
}

} // namespace maas
