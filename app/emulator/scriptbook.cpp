#include "emulator/scriptbook.h"

#include "catalog/modelinfo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

constexpr int kQuoteWords = 12;

// A string, or an array of lines joined with newlines (long Markdown reads better as lines).
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    QStringList lines;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &line : array)
        lines << line.toString();
    return lines.join(u'\n');
}

SpeedProfile speedOf(const QJsonObject &object, SpeedProfile fallback)
{
    SpeedProfile speed = fallback;
    speed.firstTokenMs = object.value("firstTokenMs"_L1).toInt(fallback.firstTokenMs);
    speed.tokensPerSecond = object.value("tokensPerSecond"_L1).toDouble(fallback.tokensPerSecond);
    return speed;
}

// Replaces {name} placeholders in one pass, so text inside a substituted value is left alone.
QString fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(u'{', at);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0)
            break;
        const QString key = text.mid(open + 1, close - open - 1);
        const auto it = values.constFind(key);
        if (it == values.cend()) {
            out += QStringView(text).sliced(at, open + 1 - at);
            at = open + 1;
            continue;
        }
        out += QStringView(text).sliced(at, open - at);
        out += *it;
        at = close + 1;
    }
    out += QStringView(text).sliced(at);
    return out;
}

} // namespace

ScriptBook ScriptBook::builtIn()
{
    ScriptBook book;
    const QDir dir(u":/emulator"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            book.m_problems << u"%1: cannot open"_s.arg(name);
            continue;
        }
        book.addJson(file.readAll(), name);
    }
    return book;
}

bool ScriptBook::addJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        m_problems << u"%1: not a JSON object (%2)"_s.arg(fileName, parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    ScriptStyle style;
    style.name = root.value("style"_L1).toString();
    if (style.name.isEmpty()) {
        m_problems << u"%1: `style` is missing"_s.arg(fileName);
        return false;
    }
    for (const QJsonValue &publisher : root.value("publishers"_L1).toArray())
        style.publishers << publisher.toString();
    style.speed = speedOf(root.value("speed"_L1).toObject(), SpeedProfile{});
    const QJsonObject modelSpeeds = root.value("modelSpeeds"_L1).toObject();
    for (auto it = modelSpeeds.begin(); it != modelSpeeds.end(); ++it)
        style.modelSpeeds.insert(it.key(), speedOf(it.value().toObject(), style.speed));

    for (const QJsonValue &value : root.value("answers"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        ScriptTemplate script;
        script.id = object.value("id"_L1).toString();
        for (const QJsonValue &topic : object.value("topics"_L1).toArray())
            script.topics << topic.toString();
        if (script.topics.isEmpty())
            script.topics << u"general"_s;
        script.thinking = textOf(object.value("thinking"_L1));
        script.text = textOf(object.value("text"_L1));
        if (script.id.isEmpty() || script.text.isEmpty()) {
            m_problems << u"%1: an answer without `id` or `text`"_s.arg(fileName);
            continue;
        }
        if (!script.text.section(u'\n', 0, 0).contains(u"{model}"_s)) {
            m_problems << u"%1: answer `%2`: the first line must name the model ({model})"_s.arg(fileName, script.id);
            continue;
        }
        style.templates << script;
    }
    if (style.templates.isEmpty()) {
        m_problems << u"%1: no usable answers"_s.arg(fileName);
        return false;
    }
    m_styles << style;
    return true;
}

const ScriptStyle *ScriptBook::styleFor(const ModelInfo &model) const
{
    const ScriptStyle *fallback = nullptr;
    for (const ScriptStyle &style : m_styles) {
        if (style.publishers.contains(model.publisher))
            return &style;
        if (style.name == u"llama")
            fallback = &style;
    }
    return fallback ? fallback : (m_styles.isEmpty() ? nullptr : &m_styles.first());
}

SpeedProfile ScriptBook::speedFor(const ModelInfo &model) const
{
    const ScriptStyle *style = styleFor(model);
    if (!style)
        return {};
    return style->modelSpeeds.value(model.id, style->speed);
}

QString ScriptBook::topicOf(const QString &prompt)
{
    // Checked in order: a prompt asking for code about a comparison is a code prompt.
    static const QList<QPair<QString, QRegularExpression>> topics{
        {u"code"_s,
         QRegularExpression(
             u"\\b(code|function|implement|python|cpp|qt|bash|shell|script|json|sql|regex|bug|compile|class|"
             "snippet|program|api|curl|rust|javascript|typescript|java|refactor|debug)\\b|\\bc\\+\\+|std::|```"_s,
             QRegularExpression::CaseInsensitiveOption)},
        {u"compare"_s,
         QRegularExpression(u"\\b(compare|comparison|versus|vs\\.?|difference|differences|better|pros|cons|"
                            "trade-?offs?|which)\\b"_s,
                            QRegularExpression::CaseInsensitiveOption)},
        {u"greeting"_s,
         QRegularExpression(u"^\\s*(hello|hi|hey|good (morning|afternoon|evening)|thanks|thank you)\\b"_s,
                            QRegularExpression::CaseInsensitiveOption)},
    };
    for (const auto &[name, pattern] : topics) {
        if (pattern.match(prompt).hasMatch())
            return name;
    }
    return u"general"_s;
}

QString ScriptBook::quoteOf(const QString &prompt)
{
    const QStringList words = prompt.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return u"(an empty prompt)"_s;
    QString quote = words.mid(0, kQuoteWords).join(u' ');
    if (words.size() > kQuoteWords)
        quote += u'…';
    return quote;
}

ScriptedAnswer ScriptBook::compose(const ModelInfo &model, const QString &prompt, bool withThinking) const
{
    const ScriptStyle *style = styleFor(model);
    if (!style)
        return {QString(), u"**%1** (emulated) — no scripted answers are installed."_s.arg(model.name), QString()};

    const QString topic = topicOf(prompt);
    QList<const ScriptTemplate *> candidates;
    for (const ScriptTemplate &script : style->templates) {
        if (script.topics.contains(topic))
            candidates << &script;
    }
    if (candidates.isEmpty()) {
        for (const ScriptTemplate &script : style->templates) {
            if (script.topics.contains(u"general"_s))
                candidates << &script;
        }
    }
    if (candidates.isEmpty())
        candidates << &style->templates.first();

    const quint64 hash = stableHash(model.id + u'\n' + prompt);
    const ScriptTemplate *script = candidates.at(qsizetype(hash % quint64(candidates.size())));
    const QHash<QString, QString> values{
        {u"model"_s, model.name},
        {u"quote"_s, quoteOf(prompt)},
        {u"words"_s, QString::number(prompt.simplified().split(u' ', Qt::SkipEmptyParts).size())},
        {u"publisher"_s, model.publisherName.isEmpty() ? model.publisher : model.publisherName},
    };
    ScriptedAnswer answer;
    answer.templateId = script->id;
    answer.text = fill(script->text, values);
    if (withThinking) {
        answer.thinking = script->thinking.isEmpty()
                              ? u"The user wrote: \"%1\". I'll answer directly."_s.arg(quoteOf(prompt))
                              : fill(script->thinking, values);
    }
    return answer;
}

} // namespace maas::emulator
