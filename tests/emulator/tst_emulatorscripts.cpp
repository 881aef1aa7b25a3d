// The emulator's pure parts: scripted answers, token splitting and planning, fault specs,
// embeddings and the ordered JSON writer.
#include "catalog/modelcatalog.h"
#include "emulator/embeddings.h"
#include "emulator/faults.h"
#include "emulator/generation.h"
#include "emulator/jsonwriter.h"
#include "emulator/scriptbook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace maas;
using namespace maas::emulator;

class TestEmulatorScripts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStyleLoads();
    void everyChatModelHasAVoice();
    void answersAreDeterministicAndVaried();
    void answersQuoteThePrompt();
    void topics_data();
    void topics();
    void codeAnswersHaveFences();
    void tokensRoundTrip_data();
    void tokensRoundTrip();
    void planRespectsLimits();
    void planTiming();
    void faultSpecs_data();
    void faultSpecs();
    void faultSpecErrors();
    void promptDirective();
    void faultCounter();
    void embeddingsAreStable();
    void jsonWriterKeepsOrderAndEscapes();
};

void TestEmulatorScripts::everyStyleLoads()
{
    const ScriptBook book = ScriptBook::builtIn();
    QVERIFY2(book.problems().isEmpty(), qPrintable(book.problems().join(u'\n')));
    QStringList names;
    for (const ScriptStyle &style : book.styles()) {
        names << style.name;
        QVERIFY2(style.templates.size() >= 4, qPrintable(style.name));
        QVERIFY(style.speed.firstTokenMs > 0);
        QVERIFY(style.speed.tokensPerSecond > 0);
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"claude"_s, u"deepseek"_s, u"gpt-oss"_s, u"llama"_s, u"mistral"_s, u"qwen"_s}));
}

void TestEmulatorScripts::everyChatModelHasAVoice()
{
    const ScriptBook book = ScriptBook::builtIn();
    const ModelCatalog catalog = ModelCatalog::load(QString());
    for (const ModelInfo &model : catalog.models()) {
        if (model.isEmbedding())
            continue;
        const ScriptStyle *style = book.styleFor(model);
        QVERIFY2(style, qPrintable(model.id));
        QVERIFY2(style->publishers.contains(model.publisher), qPrintable(model.id));
        for (const QString &prompt : {u"Hello"_s, u"Write a function that parses dates"_s, u"Why?"_s}) {
            const ScriptedAnswer answer = book.compose(model, prompt, model.hasThinking());
            QVERIFY(answer.text.section(u'\n', 0, 0).startsWith(u"**%1** (emulated)"_s.arg(model.name)));
            QVERIFY2(!answer.text.contains(u"{model}"_s) && !answer.text.contains(u"{quote}"_s),
                     qPrintable(answer.templateId));
            if (model.hasThinking())
                QVERIFY2(!answer.thinking.isEmpty(), qPrintable(model.id));
        }
    }
    // Speeds follow the model: DeepSeek R1 is slower than Llama, Haiku faster than Opus.
    const auto speed = [&](const char *id) { return book.speedFor(*catalog.find(QString::fromLatin1(id))); };
    QCOMPARE(speed("deepseek-r1-0528").firstTokenMs, 1000);
    QCOMPARE(speed("deepseek-r1-0528").tokensPerSecond, 40.0);
    QCOMPARE(speed("claude-sonnet-4-5").firstTokenMs, 600);
    QCOMPARE(speed("llama-4-maverick").tokensPerSecond, 150.0);
    QVERIFY(speed("claude-haiku-4-5").tokensPerSecond > speed("claude-opus-4-6").tokensPerSecond);
}

void TestEmulatorScripts::answersAreDeterministicAndVaried()
{
    const ScriptBook book = ScriptBook::builtIn();
    const ModelCatalog catalog = ModelCatalog::load(QString());
    const ModelInfo &claude = *catalog.find(u"claude-sonnet-4-5"_s);
    QCOMPARE(book.compose(claude, u"Plan a launch"_s, true).text, book.compose(claude, u"Plan a launch"_s, true).text);
    QSet<QString> templates;
    for (int i = 0; i < 40; ++i)
        templates.insert(book.compose(claude, u"Question number %1 about planning"_s.arg(i), false).templateId);
    QVERIFY2(templates.size() >= 2, "different prompts should reach different templates");
}

void TestEmulatorScripts::answersQuoteThePrompt()
{
    QCOMPARE(ScriptBook::quoteOf(u"  What   is the\nbest way to learn Rust?"_s),
             u"What is the best way to learn Rust?"_s);
    QCOMPARE(ScriptBook::quoteOf(u"one two three four five six seven eight nine ten eleven twelve thirteen"_s),
             u"one two three four five six seven eight nine ten eleven twelve…"_s);
    QCOMPARE(ScriptBook::quoteOf(QString()), u"(an empty prompt)"_s);
    // A prompt that looks like a placeholder is quoted, not expanded.
    const ScriptBook book = ScriptBook::builtIn();
    const ModelCatalog catalog = ModelCatalog::load(QString());
    const ScriptedAnswer answer = book.compose(*catalog.find(u"mistral-medium-3"_s), u"Explain {model}"_s, false);
    QVERIFY(answer.text.contains(u"Explain {model}"_s));
}

void TestEmulatorScripts::topics_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("topic");
    QTest::newRow("code") << u"Write a Python function to dedupe a list"_s << u"code"_s;
    QTest::newRow("c++") << u"How do I use std::variant in C++?"_s << u"code"_s;
    QTest::newRow("compare") << u"Kafka versus RabbitMQ for events"_s << u"compare"_s;
    QTest::newRow("greeting") << u"Hello there!"_s << u"greeting"_s;
    QTest::newRow("general") << u"How should a small team plan a quarter?"_s << u"general"_s;
}

void TestEmulatorScripts::topics()
{
    QFETCH(QString, prompt);
    QFETCH(QString, topic);
    QCOMPARE(ScriptBook::topicOf(prompt), topic);
}

void TestEmulatorScripts::codeAnswersHaveFences()
{
    const ScriptBook book = ScriptBook::builtIn();
    QSet<QString> languages;
    for (const ScriptStyle &style : book.styles()) {
        bool fenced = false;
        for (const ScriptTemplate &script : style.templates) {
            if (!script.topics.contains(u"code"_s))
                continue;
            const qsizetype at = script.text.indexOf(u"```"_s);
            if (at < 0)
                continue;
            fenced = true;
            languages.insert(script.text.mid(at + 3).section(u'\n', 0, 0));
            QCOMPARE(script.text.count(u"```"_s) % 2, 0);
        }
        QVERIFY2(fenced, qPrintable(style.name));
    }
    for (const QString &language : {u"cpp"_s, u"python"_s, u"bash"_s, u"json"_s})
        QVERIFY2(languages.contains(language), qPrintable(language));
}

void TestEmulatorScripts::tokensRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("prose") << u"Hello, world! This is a longer sentence with words."_s;
    QTest::newRow("markdown") << u"## Title\n\n- item one\n- item two\n\n```cpp\nint main() {}\n```\n"_s;
    QTest::newRow("emoji and accents") << u"Déjà vu 👋🏽 — naïve café"_s;
    QTest::newRow("indent") << u"        deeply indented"_s;
}

void TestEmulatorScripts::tokensRoundTrip()
{
    QFETCH(QString, text);
    const QStringList tokens = splitTokens(text);
    QCOMPARE(tokens.join(QString()), text);
    for (const QString &token : tokens) {
        QVERIFY(!token.isEmpty());
        QVERIFY(token.size() <= 5); // four, plus the low half of a surrogate pair
        QVERIFY(!token.back().isHighSurrogate());
    }
    QCOMPARE(estimateTokens(u"abcdefgh"_s), 2);
    QCOMPARE(estimateTokens(u"a"_s), 1);
    QCOMPARE(estimateTokens(QString()), 0);
}

void TestEmulatorScripts::planRespectsLimits()
{
    PlanRequest request;
    request.answer.thinking = u"Let me think about this carefully before answering the question."_s;
    request.answer.text = u"Here is the answer, in a few more words than the limit allows us to send."_s;
    request.speedFactor = 0;
    request.seed = 42;

    GenerationPlan full = planGeneration(request);
    QVERIFY(!full.truncated);
    QCOMPARE(full.thinking, request.answer.thinking);
    QCOMPARE(full.text, request.answer.text);
    int tokens = 0;
    for (const Delta &delta : full.deltas) {
        QVERIFY(delta.tokens >= 1 && delta.tokens <= 4);
        tokens += delta.tokens;
    }
    QCOMPARE(full.outputTokens, tokens);
    QCOMPARE(tokens, int(splitTokens(request.answer.thinking).size() + splitTokens(request.answer.text).size()));

    request.thinkingBudget = 5;
    const GenerationPlan budgeted = planGeneration(request);
    QCOMPARE(budgeted.thinking, splitTokens(request.answer.thinking).mid(0, 5).join(QString()));
    QVERIFY(!budgeted.truncated);

    request.maxTokens = 9;
    const GenerationPlan cut = planGeneration(request);
    QVERIFY(cut.truncated);
    QCOMPARE(cut.outputTokens, 9);
    QVERIFY(request.answer.text.startsWith(cut.text));

    // The same seed gives the same deltas.
    request.maxTokens = 0;
    const GenerationPlan again = planGeneration(request);
    QCOMPARE(again.deltas.size(), budgeted.deltas.size());
}

void TestEmulatorScripts::planTiming()
{
    PlanRequest request;
    request.answer.text = QString(400, u'x'); // 100 tokens
    request.speed = SpeedProfile{600, 80};
    request.speedFactor = 1;
    const GenerationPlan real = planGeneration(request);
    QCOMPARE(real.firstTokenMs, 600.0);
    QVERIFY(real.totalMs > 600 + 1000 && real.totalMs < 600 + 1300); // ~99 tokens after the first at 80/s
    request.speedFactor = 10;
    const GenerationPlan fast = planGeneration(request);
    QCOMPARE(fast.firstTokenMs, 60.0);
    QVERIFY(std::abs(fast.totalMs - real.totalMs / 10) < 1);
    request.speedFactor = 0;
    QCOMPARE(planGeneration(request).totalMs, 0.0);
}

void TestEmulatorScripts::faultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("arg");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("before");
    QTest::newRow("quota") << u"quota"_s << u"quota"_s << 2.0 << 0 << 0;
    QTest::newRow("quota:1;times=1") << u"quota:1;times=1"_s << u"quota"_s << 1.0 << 1 << 0;
    QTest::newRow("quota-once") << u"quota-once"_s << u"quota"_s << 2.0 << 1 << 0;
    QTest::newRow("unavailable-once") << u" unavailable-once "_s << u"unavailable"_s << 0.0 << 1 << 0;
    QTest::newRow("drop") << u"drop"_s << u"drop"_s << 3.0 << 0 << 3;
    QTest::newRow("drop:7") << u"drop:7"_s << u"drop"_s << 7.0 << 0 << 7;
    QTest::newRow("stall") << u"stall:1.5;after=5"_s << u"stall"_s << 1.5 << 0 << 5;
    QTest::newRow("slow-start") << u"slow-start:250"_s << u"slow-start"_s << 250.0 << 0 << 250;
    QTest::newRow("overloaded-529") << u"overloaded-529"_s << u"overloaded-529"_s << 0.0 << 0 << 0;
}

void TestEmulatorScripts::faultSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, name);
    QFETCH(double, arg);
    QFETCH(int, times);
    QFETCH(int, before);
    Fault fault;
    QString error;
    QVERIFY2(Fault::parse(spec, &fault, &error), qPrintable(error));
    QCOMPARE(fault.name(), name);
    QCOMPARE(fault.arg, arg);
    QCOMPARE(fault.times, times);
    if (fault.firesMidStream() || fault.kind == Fault::Kind::SlowStart)
        QCOMPARE(fault.deltasBefore(), before);
    Fault reparsed;
    QVERIFY(Fault::parse(fault.toString(), &reparsed, &error));
    QCOMPARE(reparsed.toString(), fault.toString());
}

void TestEmulatorScripts::faultSpecErrors()
{
    Fault fault;
    QString error;
    QVERIFY(!Fault::parse(u"nope"_s, &fault, &error));
    QVERIFY(error.contains(u"unknown fault `nope`"_s));
    QVERIFY(error.contains(u"slow-start"_s));
    QVERIFY(!Fault::parse(u"drop:-1"_s, &fault, &error));
    QVERIFY(!Fault::parse(u"quota;times=x"_s, &fault, &error));
    QVERIFY(!Fault::parse(u"quota;color=red"_s, &fault, &error));
    QList<Fault> list;
    QVERIFY(Fault::parseList(u"slow-start:100, drop:2,"_s, &list, &error));
    QCOMPARE(list.size(), 2);
    QVERIFY(Fault::parseList(QString(), &list, &error));
    QVERIFY(list.isEmpty());
}

void TestEmulatorScripts::promptDirective()
{
    QString prompt = u"  [[fault:quota:3;times=1]]\n\nWhat is new?"_s;
    QCOMPARE(takePromptFault(&prompt), u"quota:3;times=1"_s);
    QCOMPARE(prompt, u"What is new?"_s);
    QString plain = u"What is [[fault:drop]]?"_s;
    QVERIFY(takePromptFault(&plain).isEmpty());
    QCOMPARE(plain, u"What is [[fault:drop]]?"_s);
    QString unterminated = u"[[fault:drop no end"_s;
    QVERIFY(takePromptFault(&unterminated).isEmpty());
}

void TestEmulatorScripts::faultCounter()
{
    FaultCounter counter;
    Fault once;
    QString error;
    QVERIFY(Fault::parse(u"quota;times=2"_s, &once, &error));
    QVERIFY(counter.fire(once, u"a"_s));
    QVERIFY(counter.fire(once, u"a"_s));
    QVERIFY(!counter.fire(once, u"a"_s));
    QVERIFY(counter.fire(once, u"b"_s)); // per model
    counter.reset();
    QVERIFY(counter.fire(once, u"a"_s));
    Fault always;
    QVERIFY(Fault::parse(u"quota"_s, &always, &error));
    for (int i = 0; i < 5; ++i)
        QVERIFY(counter.fire(always, u"a"_s));
}

void TestEmulatorScripts::embeddingsAreStable()
{
    const QList<float> a = embedText(u"The cat sat on the mat"_s, 384);
    QCOMPARE(a, embedText(u"The cat sat on the mat"_s, 384));
    QCOMPARE(a.size(), 384);
    double norm = 0;
    for (const float v : a)
        norm += double(v) * double(v);
    QVERIFY(std::abs(norm - 1.0) < 1e-5);
    const auto cosine = [](const QList<float> &x, const QList<float> &y) {
        double sum = 0;
        for (qsizetype i = 0; i < x.size(); ++i)
            sum += double(x.at(i)) * double(y.at(i));
        return sum;
    };
    const double near = cosine(a, embedText(u"The cat sat on a mat"_s, 384));
    const double far = cosine(a, embedText(u"Quarterly revenue grew by four percent"_s, 384));
    QVERIFY2(near > 0.7, qPrintable(QString::number(near)));
    QVERIFY2(far < 0.3, qPrintable(QString::number(far)));
    QVERIFY(a != embedText(u"the cat sat on the mat!"_s, 384));
}

void TestEmulatorScripts::jsonWriterKeepsOrderAndEscapes()
{
    const QByteArray json = JsonObjectWriter()
                                .add("type"_L1, "x"_L1)
                                .add("text"_L1, u"quote \" backslash \\ newline \n tab \t bell \a é"_s)
                                .add("n"_L1, 3)
                                .add("ok"_L1, true)
                                .addNull("none"_L1)
                                .add("nested"_L1, JsonObjectWriter().add("a"_L1, qint64(1)))
                                .bytes();
    QVERIFY(json.startsWith("{\"type\":\"x\",\"text\":"));
    QVERIFY(json.contains("\\u0007"));
    const QJsonObject parsed = QJsonDocument::fromJson(json).object();
    QCOMPARE(parsed.value("text"_L1).toString(), u"quote \" backslash \\ newline \n tab \t bell \a é"_s);
    QCOMPARE(parsed.value("nested"_L1).toObject().value("a"_L1).toInt(), 1);
    QVERIFY(parsed.value("none"_L1).isNull());
    QCOMPARE(jsonArray({"1", "2"}), QByteArray("[1,2]"));
}

QTEST_GUILESS_MAIN(TestEmulatorScripts)
#include "tst_emulatorscripts.moc"
