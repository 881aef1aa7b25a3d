#include "emulator/jsonwriter.h"

#include <QList>

namespace maas::emulator {

QByteArray jsonString(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

void JsonObjectWriter::key(QLatin1StringView key)
{
    if (m_bytes.size() > 1)
        m_bytes += ',';
    m_bytes += '"';
    m_bytes += QByteArrayView(key.data(), key.size());
    m_bytes += "\":";
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView key, QStringView value)
{
    this->key(key);
    m_bytes += jsonString(value);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView key, QLatin1StringView value)
{
    return add(key, QStringView(QString(value)));
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView key, qint64 value)
{
    this->key(key);
    m_bytes += QByteArray::number(value);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView key, bool value)
{
    this->key(key);
    m_bytes += value ? "true" : "false";
    return *this;
}

JsonObjectWriter &JsonObjectWriter::addNull(QLatin1StringView key)
{
    this->key(key);
    m_bytes += "null";
    return *this;
}

JsonObjectWriter &JsonObjectWriter::addRaw(QLatin1StringView key, const QByteArray &value)
{
    this->key(key);
    m_bytes += value;
    return *this;
}

QByteArray jsonArray(const QList<QByteArray> &values)
{
    QByteArray out(1, '[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += values.at(i);
    }
    out += ']';
    return out;
}

} // namespace maas::emulator
