// Shared parameters and a pane's overrides: merging, storage, and stop sequences as one line.
#include "prompt/runparameters.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestRunParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyOverridesChangeNothing();
    void overridesWinFieldByField();
    void jsonRoundTrip();
    void badJsonFieldsAreIgnored();
    void stopSequences_data();
    void stopSequences();
    void stopSequencesRoundTrip();
};

namespace {

RunParameters shared()
{
    RunParameters p;
    p.maxTokens = 2048;
    p.temperature = 0.7;
    p.topP = 0.9;
    p.stopSequences = {u"END"_s};
    p.thinkingBudget = 4096;
    return p;
}

} // namespace

void TestRunParameters::emptyOverridesChangeNothing()
{
    const ParameterOverrides none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.appliedTo(shared()), shared());
}

void TestRunParameters::overridesWinFieldByField()
{
    ParameterOverrides o;
    o.temperature = 0.2;
    o.maxTokens = 512;
    o.topK = 20;
    o.stopSequences = QStringList();
    o.thinkingBudget = 0; // thinking off for this pane only
    QVERIFY(!o.isEmpty());
    const RunParameters p = o.appliedTo(shared());
    QCOMPARE(p.temperature, 0.2);
    QCOMPARE(p.maxTokens, 512);
    QCOMPARE(p.topK, 20);
    QCOMPARE(p.topP, 0.9); // not overridden: shared
    QVERIFY(p.stopSequences.isEmpty());
    QCOMPARE(p.thinkingBudget, 0);
}

void TestRunParameters::jsonRoundTrip()
{
    ParameterOverrides o;
    o.temperature = 0.25;
    o.topP = 0.5;
    o.stopSequences = QStringList{u"\n\nHuman:"_s, u"a,b"_s};
    const QByteArray stored = QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(ParameterOverrides::fromJson(QJsonDocument::fromJson(stored).object()), o);
    QCOMPARE(ParameterOverrides::fromJson({}), ParameterOverrides());
    QCOMPARE(QJsonDocument(ParameterOverrides().toJson()).toJson(QJsonDocument::Compact), QByteArray("{}"));
}

void TestRunParameters::badJsonFieldsAreIgnored()
{
    const QJsonObject json =
        QJsonDocument::fromJson(R"({"temperature":"hot","topP":7,"maxTokens":-3,"topK":40,"stopSequences":"END"})")
            .object();
    ParameterOverrides expected;
    expected.topK = 40;
    QCOMPARE(ParameterOverrides::fromJson(json), expected);
}

void TestRunParameters::stopSequences_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("sequences");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("commas and spaces") << u"END,  ###  ,</answer>"_s << QStringList{u"END"_s, u"###"_s, u"</answer>"_s};
    QTest::newRow("newline escape") << u"\\n\\nHuman:"_s << QStringList{u"\n\nHuman:"_s};
    QTest::newRow("escaped comma") << u"a\\,b, c"_s << QStringList{u"a,b"_s, u"c"_s};
    QTest::newRow("escaped spaces kept") << u"\\ x\\ , y"_s << QStringList{u" x "_s, u"y"_s};
    QTest::newRow("inner spaces kept") << u"the end"_s << QStringList{u"the end"_s};
    QTest::newRow("backslash") << u"a\\\\b, \\q"_s << QStringList{u"a\\b"_s, u"\\q"_s};
    QTest::newRow("empty items dropped") << u", ,END,,"_s << QStringList{u"END"_s};
    QTest::newRow("tab") << u"\\t"_s << QStringList{u"\t"_s};
}

void TestRunParameters::stopSequences()
{
    QFETCH(QString, line);
    QFETCH(QStringList, sequences);
    QCOMPARE(parseStopSequences(line), sequences);
}

void TestRunParameters::stopSequencesRoundTrip()
{
    const QList<QStringList> cases{
        {u"END"_s},
        {u"\n\nHuman:"_s, u"a,b"_s, u"back\\slash"_s},
        {u" lead"_s, u"trail "_s, u" "_s, u"\t"_s},
    };
    for (const QStringList &sequences : cases)
        QCOMPARE(parseStopSequences(formatStopSequences(sequences)), sequences);
}

QTEST_GUILESS_MAIN(TestRunParameters)
#include "tst_runparameters.moc"
