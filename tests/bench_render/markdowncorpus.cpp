#include "markdowncorpus.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace maas::bench {

namespace {

// xorshift32: the same corpus on every machine and Qt version.
class Rng
{
public:
    explicit Rng(quint32 seed)
        : m_state(seed ? seed : 1)
    {}
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int between(int low, int high) { return low + int(next() % quint32(high - low + 1)); }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(next() % quint32(list.size())));
    }

private:
    quint32 m_state;
};

const QStringList &words()
{
    static const QStringList list = {
        u"the"_s,      u"stream"_s,  u"model"_s,     u"returns"_s, u"tokens"_s,  u"while"_s,      u"each"_s,
        u"pane"_s,     u"renders"_s, u"only"_s,      u"what"_s,    u"changed"_s, u"latency"_s,    u"region"_s,
        u"endpoint"_s, u"request"_s, u"answer"_s,    u"quickly"_s, u"and"_s,     u"with"_s,       u"a"_s,
        u"layout"_s,   u"cost"_s,    u"per"_s,       u"frame"_s,   u"remains"_s, u"flat"_s,       u"because"_s,
        u"settled"_s,  u"blocks"_s,  u"never"_s,     u"change"_s,  u"again"_s,   u"so"_s,         u"users"_s,
        u"compare"_s,  u"several"_s, u"providers"_s, u"side"_s,    u"by"_s,      u"throughput"_s,
    };
    return list;
}

QString sentence(Rng &rng, int words_)
{
    QString out;
    for (int i = 0; i < words_; ++i) {
        if (i)
            out += u' ';
        const int roll = rng.between(0, 39);
        const QString &w = rng.pick(words());
        if (roll == 0)
            out += u"**"_s + w + u"**"_s;
        else if (roll == 1)
            out += u'`' + w + u"()`"_s;
        else if (roll == 2)
            out += u'[' + w + u"](https://example.com/"_s + w + u')';
        else if (roll == 3)
            out += u'*' + w + u'*';
        else
            out += w;
    }
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out + u'.';
}

QString paragraph(Rng &rng)
{
    QString out;
    const int sentences = rng.between(2, 5);
    for (int i = 0; i < sentences; ++i)
        out += (i ? u" "_s : QString()) + sentence(rng, rng.between(8, 22));
    return out + u"\n\n"_s;
}

QString list(Rng &rng)
{
    QString out;
    const bool ordered = rng.between(0, 2) == 0;
    const int items = rng.between(3, 6);
    for (int i = 0; i < items; ++i) {
        out += (ordered ? u"%1. "_s.arg(i + 1) : u"- "_s) + sentence(rng, rng.between(4, 14)) + u'\n';
        const int subItems = rng.between(0, 3) == 0 ? rng.between(1, 3) : 0;
        for (int j = 0; j < subItems; ++j)
            out += (ordered ? u"   - "_s : u"  - "_s) + sentence(rng, rng.between(3, 9)) + u'\n';
    }
    return out + u'\n';
}

QString table(Rng &rng)
{
    const int columns = rng.between(3, 4);
    const int rows = rng.between(4, 8);
    QString out = u"|"_s;
    for (int c = 0; c < columns; ++c)
        out += u' ' + rng.pick(words()) + u" |"_s;
    out += u"\n|"_s;
    for (int c = 0; c < columns; ++c)
        out += c == columns - 1 ? u"---:|"_s : u"---|"_s;
    out += u'\n';
    for (int r = 0; r < rows; ++r) {
        out += u'|';
        for (int c = 0; c < columns; ++c)
            out += c == columns - 1 ? u" %1 ms |"_s.arg(rng.between(1, 900)) : u' ' + rng.pick(words()) + u" |"_s;
        out += u'\n';
    }
    return out + u'\n';
}

QString fill(QString pattern, const QString &a, const QString &b, int n)
{
    return pattern.replace(u"%1"_s, a).replace(u"%2"_s, b).replace(u"%3"_s, QString::number(n));
}

QString codeLine(Rng &rng, int language, int i)
{
    const QString &a = rng.pick(words());
    const QString &b = rng.pick(words());
    const int n = rng.between(0, 999);
    switch (language) {
    case 0: {
        const QStringList cpp = {
            u"    const auto %1 = compute_%2(%3, \"%1\"); // %2"_s,
            u"    if (%1_count > %3) {"_s,
            u"        return std::vector<int>{%3, %3 + 1};"_s,
            u"    }"_s,
            u"    for (int i = 0; i < %3; ++i)"_s,
            u"        %1.push_back(static_cast<double>(i) * 0.5);"_s,
            u"template<typename T> T %1_%2(const T &value) { return value; }"_s,
            u"#include <%1/%2.h>"_s,
        };
        return fill(i == 0 ? u"int %1_%2()\n{"_s : cpp.at(n % cpp.size()), a, b, n);
    }
    case 1: {
        const QStringList python = {
            u"    %1 = [x * %3 for x in range(%3)]  # %2"_s,
            u"    if %1 is None:"_s,
            u"        raise ValueError(f\"missing {%2!r}\")"_s,
            u"    return {\"%1\": %3, \"%2\": True}"_s,
            u"    for key, value in %1.items():"_s,
            u"        print(key, value, sep=\"\\t\")"_s,
            u"    \"\"\"Docstring about %1 and %2.\"\"\""_s,
        };
        return fill(i == 0 ? u"def %1_%2(items: list[int]) -> dict:"_s : python.at(n % python.size()), a, b, n);
    }
    case 2: {
        const QStringList json = {
            u"  \"%1\": %3,"_s,
            u"  \"%1_%2\": \"%2\","_s,
            u"  \"%1\": [%3, true, null],"_s,
            u"  \"%2\": {\"enabled\": false, \"limit\": %3},"_s,
        };
        return fill(json.at(n % json.size()), a, b, n);
    }
    default: {
        const QStringList bash = {
            u"gcloud ai endpoints list --region=us-east5 --filter=\"%1\"  # %2"_s,
            u"export %1_LIMIT=%3"_s,
            u"if [ -n \"$%1\" ]; then echo \"%2\"; fi"_s,
            u"curl -sS -H \"Authorization: Bearer $(gcloud auth print-access-token)\" \"$URL/%1\""_s,
            u"for f in ./%1/*.json; do jq '.%2' \"$f\"; done"_s,
        };
        return fill(bash.at(n % bash.size()), a, b, n);
    }
    }
}

QString fence(Rng &rng, int language)
{
    static const QStringList names = {u"cpp"_s, u"python"_s, u"json"_s, u"bash"_s};
    QString out = u"```"_s + names.at(language) + u'\n';
    if (language == 2)
        out += u"{\n"_s;
    const int lines = rng.between(8, 30);
    for (int i = 0; i < lines; ++i) {
        out += codeLine(rng, language, i) + u'\n';
        if (rng.between(0, 9) == 0 && language != 2)
            out += u'\n'; // blank lines inside code must not split the fence
    }
    if (language == 0)
        out += u"}\n"_s;
    if (language == 2)
        out += u"  \"end\": true\n}\n"_s;
    return out + u"```\n\n"_s;
}

} // namespace

MarkdownCorpus makeCorpus(qsizetype tokens, quint32 seed)
{
    Rng rng(seed);
    const qsizetype size = tokens * 4;
    QString text;
    text.reserve(size + 4096);
    qsizetype code = 0;
    int section = 0;
    int language = 0;
    while (text.size() < size) {
        if (rng.between(0, 7) == 0)
            text += u"## %1 %2\n\n"_s.arg(++section).arg(sentence(rng, rng.between(2, 6)));
        if (double(code) < 0.3 * double(text.size())) {
            const QString block = fence(rng, language);
            language = (language + 1) % 4;
            code += block.size();
            text += block;
            continue;
        }
        switch (rng.between(0, 5)) {
        case 0:
        case 1:
        case 2:
            text += paragraph(rng);
            break;
        case 3:
        case 4:
            text += list(rng);
            break;
        default:
            text += table(rng);
            break;
        }
    }
    text.truncate(size);

    MarkdownCorpus corpus;
    corpus.text = text;
    corpus.codeShare = double(code) / double(text.size());
    corpus.tokens.reserve(tokens);
    for (qsizetype i = 0; i < size; i += 4)
        corpus.tokens.append(QStringView(corpus.text).mid(i, 4));
    return corpus;
}

} // namespace maas::bench
