#include "prompt/runparameters.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace maas {

bool ParameterOverrides::isEmpty() const
{
    return !maxTokens && !temperature && !topP && !topK && !stopSequences && !thinkingBudget;
}

RunParameters ParameterOverrides::appliedTo(const RunParameters &shared) const
{
    RunParameters p = shared;
    if (maxTokens)
        p.maxTokens = *maxTokens;
    if (temperature)
        p.temperature = temperature;
    if (topP)
        p.topP = topP;
    if (topK)
        p.topK = topK;
    if (stopSequences)
        p.stopSequences = *stopSequences;
    if (thinkingBudget)
        p.thinkingBudget = *thinkingBudget;
    return p;
}

QJsonObject ParameterOverrides::toJson() const
{
    QJsonObject json;
    if (maxTokens)
        json.insert("maxTokens"_L1, *maxTokens);
    if (temperature)
        json.insert("temperature"_L1, *temperature);
    if (topP)
        json.insert("topP"_L1, *topP);
    if (topK)
        json.insert("topK"_L1, *topK);
    if (stopSequences)
        json.insert("stopSequences"_L1, QJsonArray::fromStringList(*stopSequences));
    if (thinkingBudget)
        json.insert("thinkingBudget"_L1, *thinkingBudget);
    return json;
}

ParameterOverrides ParameterOverrides::fromJson(const QJsonObject &json)
{
    ParameterOverrides o;
    const auto number = [&json](QLatin1StringView key, double min, double max) -> std::optional<double> {
        const QJsonValue v = json.value(key);
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
            return std::nullopt;
        return v.toDouble();
    };
    if (const auto v = number("maxTokens"_L1, 1, 1'000'000))
        o.maxTokens = int(*v);
    o.temperature = number("temperature"_L1, 0, 2);
    o.topP = number("topP"_L1, 0, 1);
    if (const auto v = number("topK"_L1, 1, 1'000'000))
        o.topK = int(*v);
    if (const auto v = number("thinkingBudget"_L1, 0, 1'000'000))
        o.thinkingBudget = int(*v);
    if (const QJsonValue stops = json.value("stopSequences"_L1); stops.isArray()) {
        QStringList list;
        for (const QJsonValue &s : stops.toArray()) {
            if (s.isString() && !s.toString().isEmpty())
                list << s.toString();
        }
        o.stopSequences = list;
    }
    return o;
}

QStringList parseStopSequences(QStringView line)
{
    // Spaces around the commas are layout: unescaped spaces at either end of a sequence are dropped.
    QStringList out;
    QString current;
    qsizetype plainSpaces = 0; // unescaped spaces at the end of current
    const auto endSequence = [&] {
        current.chop(plainSpaces);
        if (!current.isEmpty())
            out << current;
        current.clear();
        plainSpaces = 0;
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            const QChar next = line.at(++i);
            if (next == u'n')
                current += u'\n';
            else if (next == u't')
                current += u'\t';
            else if (next == u',' || next == u'\\' || next == u' ')
                current += next;
            else
                current += QString(c) + next; // not an escape: kept as typed
            plainSpaces = 0;
        } else if (c == u',') {
            endSequence();
        } else if (c == u' ') {
            if (!current.isEmpty()) {
                current += c;
                ++plainSpaces;
            }
        } else {
            current += c;
            plainSpaces = 0;
        }
    }
    endSequence();
    return out;
}

QString formatStopSequences(const QStringList &sequences)
{
    QStringList escaped;
    for (QString s : sequences) {
        s.replace(u"\\"_s, u"\\\\"_s).replace(u","_s, u"\\,"_s).replace(u"\n"_s, u"\\n"_s).replace(u"\t"_s, u"\\t"_s);
        if (s.endsWith(u' '))
            s.insert(s.size() - 1, u'\\');
        if (s.startsWith(u' '))
            s.prepend(u'\\');
        escaped << s;
    }
    return escaped.join(u", "_s);
}

} // namespace maas
