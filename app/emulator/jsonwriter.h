#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace maas::emulator {

// A JSON string literal (quotes included), UTF-8, escaping only what JSON requires.
QByteArray jsonString(QStringView text);

// Writes one JSON object with its keys in the order they are added. QJsonObject sorts keys, but the
// wire keeps the servers' order ("type" first for Anthropic events), and the emulator's raw SSE
// should read like the real thing.
class JsonObjectWriter final
{
public:
    JsonObjectWriter &add(QLatin1StringView key, QStringView value);
    JsonObjectWriter &add(QLatin1StringView key, const QString &value) { return add(key, QStringView(value)); }
    JsonObjectWriter &add(QLatin1StringView key, QLatin1StringView value);
    JsonObjectWriter &add(QLatin1StringView key, const char *value) { return add(key, QLatin1StringView(value)); }
    JsonObjectWriter &add(QLatin1StringView key, qint64 value);
    JsonObjectWriter &add(QLatin1StringView key, int value) { return add(key, qint64(value)); }
    JsonObjectWriter &add(QLatin1StringView key, bool value);
    JsonObjectWriter &addNull(QLatin1StringView key);
    // value must already be valid JSON (a nested object, an array, a number).
    JsonObjectWriter &addRaw(QLatin1StringView key, const QByteArray &value);
    JsonObjectWriter &add(QLatin1StringView key, const JsonObjectWriter &object) { return addRaw(key, object.bytes()); }

    QByteArray bytes() const { return QByteArray(m_bytes).append('}'); }

private:
    void key(QLatin1StringView key);

    QByteArray m_bytes = QByteArray(1, '{');
};

// A JSON array of already-serialised JSON values.
QByteArray jsonArray(const QList<QByteArray> &values);

} // namespace maas::emulator
