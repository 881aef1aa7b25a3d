#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace maas {

// One dispatched server-sent event (WHATWG HTML §9.2.6). data is the joined data lines (UTF-8 bytes).
struct SseEvent
{
    QByteArray event; // empty means "message"
    QByteArray data;
    // The stream's last event ID and reconnection time as of this event: like WHATWG's, they persist
    // from event to event until the server sends a new value.
    QByteArray id;
    std::optional<qint64> retry;
};

// Incremental server-sent-events parser: bytes in, events out. Pure code, no QObject, no network.
// Splits lines on LF, CR and CRLF in any mix, also when CR and LF arrive in different chunks;
// keeps partial lines for the next chunk (split UTF-8 is harmless: lines are split on bytes and
// decoded only once complete); strips one leading UTF-8 BOM even when split; ignores comments;
// dispatches on a blank line; discards an unterminated event at end of stream (and says so).
// Amortised linear in the input even when fed one byte at a time.
class SseParser
{
public:
    explicit SseParser(qsizetype maxEventBytes = 64 * 1024 * 1024);

    // Appends the events completed by these bytes to out.
    void feed(QByteArrayView bytes, QList<SseEvent> &out);
    // End of stream. Returns true when bytes of an unterminated event were discarded.
    bool finish();
    // True once an event or line exceeded maxEventBytes; the parser then drops input until reset().
    bool overflowed() const { return m_overflowed; }
    // Bytes seen so far, comments and pings included (liveness for idle watchdogs).
    qint64 bytesSeen() const { return m_bytesSeen; }
    void reset();

private:
    friend class SseParserProbe; // tests read m_bytesExamined

    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void appendPartial(QByteArrayView bytes);
    void dispatch(QList<SseEvent> &out);
    void clearEvent();
    void overflow();

    qsizetype m_maxEventBytes;
    // The partial line (bytes after the last line end). Only new bytes are ever scanned for line
    // ends, and complete lines are read in place from the fed bytes, so nothing is re-scanned or
    // erased from the front.
    QByteArray m_buffer;
    bool m_skipLeadingLf = false;
    bool m_bomChecked = false;
    bool m_overflowed = false;
    qint64 m_bytesSeen = 0;
    SseEvent m_pending; // the event being read; its id and retry persist across events
    bool m_hasData = false;
    QByteArray m_lastEventType; // reused when the next event has the same type: no allocation per event
    qint64 m_bytesExamined = 0; // bytes scanned or copied: stays linear in bytesSeen (checked by tests)
};

} // namespace maas
