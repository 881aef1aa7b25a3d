#include "catalog/jsonlocator.h"

using namespace Qt::StringLiterals;

namespace maas {

JsonLocator::JsonLocator(const QByteArray &json)
    : m_json(json)
{
    skipSpace();
    if (m_pos < m_json.size())
        scanValue(QString());
}

int JsonLocator::lineOf(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = m_lines.constFind(p);
        if (it != m_lines.cend())
            return it.value();
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p.truncate(std::max<qsizetype>(cut, 0));
    }
    return m_lines.value(QString(), 1);
}

std::pair<int, int> JsonLocator::lineAndColumn(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, json.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(json.at(i)) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

void JsonLocator::scanString(QByteArray *out)
{
    ++m_pos; // opening quote
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos++);
        if (c == '"')
            return;
        if (c == '\\' && m_pos < m_json.size()) {
            const char escaped = m_json.at(m_pos++);
            if (out)
                out->append(escaped == 'n' ? '\n' : escaped); // keys with escapes are rare; approximate
            continue;
        }
        if (out)
            out->append(c);
    }
}

// The document was already accepted by QJsonDocument, so the scanner can be lenient: it only tracks
// structure, never reports errors, and stops at the end of the text whatever happens.
void JsonLocator::scanValue(const QString &path)
{
    m_lines.insert(path, m_line);
    const char c = m_json.at(m_pos);
    if (c == '{') {
        ++m_pos;
        for (;;) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json.at(m_pos) == '}') {
                ++m_pos;
                return;
            }
            if (m_json.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            QByteArray key;
            scanString(&key);
            skipSpace();
            ++m_pos; // colon
            skipSpace();
            if (m_pos >= m_json.size())
                return;
            const QString name = QString::fromUtf8(key);
            scanValue(path.isEmpty() ? name : path + u'.' + name);
        }
    }
    if (c == '[') {
        ++m_pos;
        int index = 0;
        for (;;) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json.at(m_pos) == ']') {
                ++m_pos;
                return;
            }
            if (m_json.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            scanValue(path + u'[' + QString::number(index++) + u']');
        }
    }
    if (c == '"') {
        scanString(nullptr);
        return;
    }
    // number, true, false, null
    while (m_pos < m_json.size()) {
        const char d = m_json.at(m_pos);
        if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
            return;
        ++m_pos;
    }
}

} // namespace maas
