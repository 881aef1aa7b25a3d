#include "prompt/promptvariables.h"

using namespace Qt::StringLiterals;

namespace maas::prompt {

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
}

bool isName(QStringView s)
{
    if (s.isEmpty() || !isNameStart(s.front()))
        return false;
    return std::all_of(s.begin(), s.end(), isNameChar);
}

// Walks a text once. For each piece calls literal(QStringView) or variable(name); escapes come out
// as literals without their backslash.
template<typename Literal, typename Variable>
void scan(QStringView text, Literal literal, Variable variable)
{
    constexpr QStringView open = u"{{";
    constexpr QStringView close = u"}}";
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'\\' && text.sliced(i + 1).startsWith(open)) {
            literal(text.sliced(runStart, i - runStart));
            literal(open);
            i += 1 + open.size();
            runStart = i;
            continue;
        }
        if (!text.sliced(i).startsWith(open)) {
            ++i;
            continue;
        }
        const qsizetype end = text.indexOf(close, i + open.size());
        if (end < 0)
            break; // no closing braces anywhere after: the rest is text
        const QStringView inner = text.sliced(i + open.size(), end - i - open.size()).trimmed();
        if (!isName(inner)) {
            i += open.size(); // "{{a b}}" is text; a later "{{" may still open a variable
            continue;
        }
        literal(text.sliced(runStart, i - runStart));
        variable(inner.toString());
        i = end + close.size();
        runStart = i;
    }
    literal(text.sliced(runStart));
}

} // namespace

QStringList variableNames(QStringView text)
{
    QStringList names;
    scan(
        text, [](QStringView) {},
        [&names](const QString &name) {
            if (!names.contains(name))
                names << name;
        });
    return names;
}

QStringList variableNames(const QStringList &texts)
{
    QStringList names;
    for (const QString &text : texts) {
        for (const QString &name : variableNames(text)) {
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

Substitution substituteVariables(QStringView text, const QHash<QString, QString> &values)
{
    Substitution out;
    out.text.reserve(text.size());
    scan(
        text, [&out](QStringView piece) { out.text += piece; },
        [&out, &values](const QString &name) {
            const QString value = values.value(name);
            if (value.isEmpty() && !out.missing.contains(name))
                out.missing << name;
            out.text += value;
        });
    return out;
}

} // namespace maas::prompt
