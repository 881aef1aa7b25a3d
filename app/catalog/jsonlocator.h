#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace maas {

// Maps JSON paths ("models[2].regions") to the 1-based line where that value starts, so that
// validation messages can name a line. QJsonDocument keeps no positions; this scans the text once.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &json);

    // Line of the value at path; falls back to the nearest enclosing path, then to line 1.
    int lineOf(const QString &path) const;

    // 1-based line and column of a byte offset (for QJsonParseError::offset).
    static std::pair<int, int> lineAndColumn(const QByteArray &json, qsizetype offset);

private:
    void scanValue(const QString &path);
    void scanString(QByteArray *out);
    void skipSpace();

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace maas
