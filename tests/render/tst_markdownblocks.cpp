#include "markdown/markdownblocks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

// One readable line per block: "md:<text>", "open:<language>", "code:<text>", "close".
QStringList describe(const MarkdownBlocks &splitter, const QList<MarkdownBlock> &blocks)
{
    QStringList out;
    for (const MarkdownBlock &b : blocks) {
        switch (b.kind) {
        case MarkdownBlock::Kind::Markdown:
            out << u"md:"_s + splitter.text(b).toString();
            break;
        case MarkdownBlock::Kind::FenceOpen:
            out << u"open:"_s + b.language;
            break;
        case MarkdownBlock::Kind::CodeLine:
            out << u"code:"_s + splitter.text(b).toString();
            break;
        case MarkdownBlock::Kind::FenceClose:
            out << u"close"_s;
            break;
        }
    }
    return out;
}

QStringList splitInPieces(const QString &input, const QList<qsizetype> &cuts)
{
    MarkdownBlocks splitter;
    QList<MarkdownBlock> blocks;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        splitter.append(QStringView(input).mid(from, cut - from));
        blocks += splitter.takeSettled();
        from = cut;
    }
    splitter.append(QStringView(input).mid(from));
    splitter.finish();
    blocks += splitter.takeSettled();
    return describe(splitter, blocks);
}

} // namespace

class TestMarkdownBlocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data();
    void blocks();
    void everySplitPointGivesTheSameBlocks_data() { blocks_data(); }
    void everySplitPointGivesTheSameBlocks();
    void settledBlocksNeverChange_data() { blocks_data(); }
    void settledBlocksNeverChange();
    void tailIsTheUnsettledRest();
    void tailInsideAFenceIsTheUnfinishedLine();
    void clearStartsOver();
};

void TestMarkdownBlocks::blocks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("no line end") << u"abc"_s << QStringList{u"md:abc"_s};
    QTest::newRow("paragraphs") << u"Hello world.\nSecond line.\n\nNext para.\n"_s
                                << QStringList{u"md:Hello world.\nSecond line."_s, u"md:Next para."_s};
    QTest::newRow("blank lines first") << u"\n\n \n# H\n"_s << QStringList{u"md:# H"_s};
    QTest::newRow("heading settles at its line end")
        << u"# Title\nText after\n\n## Sub\n"_s << QStringList{u"md:# Title"_s, u"md:Text after"_s, u"md:## Sub"_s};
    QTest::newRow("hashtag is no heading") << u"#tag line\n\n"_s << QStringList{u"md:#tag line"_s};
    QTest::newRow("setext heading") << u"Title\n===\n\nx"_s << QStringList{u"md:Title\n==="_s, u"md:x"_s};
    QTest::newRow("quote") << u"> a\n> b\n\nc"_s << QStringList{u"md:> a\n> b"_s, u"md:c"_s};
    QTest::newRow("table") << u"| a | b |\n|---|---|\n| 1 | 2 |\n\ntext"_s
                           << QStringList{u"md:| a | b |\n|---|---|\n| 1 | 2 |"_s, u"md:text"_s};
    QTest::newRow("tight nested list") << u"- a\n- b\n  - c\n\nAfter.\n"_s
                                       << QStringList{u"md:- a\n- b\n  - c"_s, u"md:After."_s};
    QTest::newRow("loose list stays one block")
        << u"1. one\n\n2. two\n\n   more\n\nEnd\n"_s << QStringList{u"md:1. one\n\n2. two\n\n   more"_s, u"md:End"_s};
    QTest::newRow("list markers after blank")
        << u"1. a\n\n10) b\n\n2024 was a year.\n"_s << QStringList{u"md:1. a\n\n10) b"_s, u"md:2024 was a year."_s};
    QTest::newRow("list then thematic break") << u"- a\n\n- - -\n"_s << QStringList{u"md:- a"_s, u"md:- - -"_s};
    QTest::newRow("list then bold") << u"* a\n\n**b**\n"_s << QStringList{u"md:* a"_s, u"md:**b**"_s};
    QTest::newRow("intro then list") << u"Steps:\n- a\n- b\n\n- c\n\nDone"_s
                                     << QStringList{u"md:Steps:\n- a\n- b\n\n- c"_s, u"md:Done"_s};
    QTest::newRow("fence keeps blank lines")
        << u"Intro:\n```cpp\nint a;\n\nint b;\n```\nAfter\n"_s
        << QStringList{u"md:Intro:"_s,   u"open:cpp"_s, u"code:int a;"_s, u"code:"_s,
                       u"code:int b;"_s, u"close"_s,    u"md:After"_s};
    QTest::newRow("tilde fence, longer close")
        << u"~~~python title=x\nprint(1)\n~~~~\n"_s << QStringList{u"open:python"_s, u"code:print(1)"_s, u"close"_s};
    QTest::newRow("shorter fence inside")
        << u"````md\n```\ninner\n```\n````\n"_s
        << QStringList{u"open:md"_s, u"code:```"_s, u"code:inner"_s, u"code:```"_s, u"close"_s};
    QTest::newRow("backticks inside tilde fence")
        << u"~~~\n```\n~~~\n"_s << QStringList{u"open:"_s, u"code:```"_s, u"close"_s};
    QTest::newRow("info string with attributes")
        << u"```js{1,3}\nx\n```"_s << QStringList{u"open:js"_s, u"code:x"_s, u"close"_s};
    QTest::newRow("unclosed fence") << u"```bash\necho hi"_s
                                    << QStringList{u"open:bash"_s, u"code:echo hi"_s, u"close"_s};
    QTest::newRow("fence after a paragraph line")
        << u"Text\n```\ncode\n```"_s << QStringList{u"md:Text"_s, u"open:"_s, u"code:code"_s, u"close"_s};
    QTest::newRow("backtick in info: no fence") << u"```a`b\ntext\n"_s << QStringList{u"md:```a`b\ntext"_s};
    QTest::newRow("indented four: no fence")
        << u"para\n\n    ```\n    code\n"_s << QStringList{u"md:para"_s, u"md:    ```\n    code"_s};
    QTest::newRow("crlf") << u"# T\r\n\r\npara\r\nmore\r\n\r\n```js\r\nx\r\n\r\n```\r\n"_s
                          << QStringList{u"md:# T"_s, u"md:para\r\nmore"_s, u"open:js"_s,
                                         u"code:x"_s, u"code:"_s,           u"close"_s};
    QTest::newRow("fence in a list item")
        << u"1. Install:\n   ```bash\n   pip install x\n   ```\n2. Run\n"_s
        << QStringList{u"md:1. Install:"_s, u"open:bash"_s, u"code:pip install x"_s, u"close"_s, u"md:2. Run"_s};
    QTest::newRow("indented fence after a blank in a list")
        << u"- step\n\n    ```py\n    x = 1\n\n    y = 2\n    ```\n"_s
        << QStringList{u"md:- step"_s, u"open:py"_s, u"code:x = 1"_s, u"code:"_s, u"code:y = 2"_s, u"close"_s};
    QTest::newRow("answer") << u"## Plan\n\nFirst, a table:\n\n| k | v |\n|---|---|\n| a | 1 |\n\n"
                               "```python\ndef f():\n\n    return 1\n```\n\n1. one\n2. two\n\nDone."_s
                            << QStringList{u"md:## Plan"_s,
                                           u"md:First, a table:"_s,
                                           u"md:| k | v |\n|---|---|\n| a | 1 |"_s,
                                           u"open:python"_s,
                                           u"code:def f():"_s,
                                           u"code:"_s,
                                           u"code:    return 1"_s,
                                           u"close"_s,
                                           u"md:1. one\n2. two"_s,
                                           u"md:Done."_s};
}

void TestMarkdownBlocks::blocks()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QCOMPARE(splitInPieces(input, {}), expected);
}

void TestMarkdownBlocks::everySplitPointGivesTheSameBlocks()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);

    for (qsizetype i = 0; i <= input.size(); ++i)
        QCOMPARE(splitInPieces(input, {i}), expected);

    QList<qsizetype> everyChar;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyChar << i;
    QCOMPARE(splitInPieces(input, everyChar), expected);

    if (input.size() <= 80) {
        for (qsizetype i = 0; i <= input.size(); ++i) {
            for (qsizetype j = i; j <= input.size(); ++j)
                QCOMPARE(splitInPieces(input, {i, j}), expected);
        }
    }
}

void TestMarkdownBlocks::settledBlocksNeverChange()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);

    // Whatever has settled for a prefix is the start of the final sequence.
    for (qsizetype i = 0; i <= input.size(); ++i) {
        MarkdownBlocks splitter;
        splitter.append(QStringView(input).left(i));
        const QStringList settled = describe(splitter, splitter.takeSettled());
        QCOMPARE_LE(settled.size(), expected.size());
        QCOMPARE(settled, expected.mid(0, settled.size()));
    }

    // Fed one char at a time, the settled length only grows and the prose tail starts where it ends.
    MarkdownBlocks splitter;
    qsizetype settledLength = 0;
    for (qsizetype i = 0; i < input.size(); ++i) {
        splitter.append(QStringView(input).mid(i, 1));
        QCOMPARE_GE(splitter.settledLength(), settledLength);
        settledLength = splitter.settledLength();
        const MarkdownTail tail = splitter.tail();
        if (!tail.code) {
            QCOMPARE(tail.start, settledLength);
            QCOMPARE(tail.start + tail.length, i + 1);
        }
    }
}

void TestMarkdownBlocks::tailIsTheUnsettledRest()
{
    MarkdownBlocks splitter;
    splitter.append(u"Hello\n\nWor");
    QCOMPARE(describe(splitter, splitter.takeSettled()), QStringList{u"md:Hello"_s});
    QCOMPARE(splitter.tailText().toString(), u"Wor"_s);
    QVERIFY(!splitter.tail().code);

    // A list does not settle at a blank line: the next line may continue it.
    splitter.clear();
    splitter.append(u"- a\n\n");
    QVERIFY(splitter.takeSettled().isEmpty());
    QCOMPARE(splitter.tailText().toString(), u"- a\n\n"_s);
    splitter.append(u"  ");
    QVERIFY(splitter.takeSettled().isEmpty());
    splitter.append(u"b");
    QVERIFY(splitter.takeSettled().isEmpty());
    splitter.append(u"\n\nX");
    QCOMPARE(describe(splitter, splitter.takeSettled()), QStringList{u"md:- a\n\n  b"_s});
    QCOMPARE(splitter.tailText().toString(), u"X"_s);
}

void TestMarkdownBlocks::tailInsideAFenceIsTheUnfinishedLine()
{
    MarkdownBlocks splitter;
    splitter.append(u"```py\nx = 1\npri");
    QCOMPARE(describe(splitter, splitter.takeSettled()), (QStringList{u"open:py"_s, u"code:x = 1"_s}));
    QCOMPARE(splitter.fenceLanguage(), u"py"_s);
    QVERIFY(splitter.tail().code);
    QCOMPARE(splitter.tailText().toString(), u"pri"_s);

    splitter.append(u"nt()\r");
    QCOMPARE(splitter.tailText().toString(), u"print()"_s);
    splitter.append(u"\n``");
    QCOMPARE(describe(splitter, splitter.takeSettled()), QStringList{u"code:print()"_s});
    QVERIFY(splitter.tail().code);
    QCOMPARE(splitter.tail().length, 0); // may become the closing fence
    splitter.append(u"`\n");
    QCOMPARE(describe(splitter, splitter.takeSettled()), QStringList{u"close"_s});
    QVERIFY(!splitter.tail().code);
    QCOMPARE(splitter.fenceLanguage(), QString());
    QCOMPARE(splitter.settledLength(), splitter.source().size());
}

void TestMarkdownBlocks::clearStartsOver()
{
    MarkdownBlocks splitter;
    splitter.append(u"```cpp\nint");
    splitter.clear();
    QCOMPARE(splitter.source(), QString());
    splitter.append(u"text\n\n");
    QCOMPARE(describe(splitter, splitter.takeSettled()), QStringList{u"md:text"_s});
}

QTEST_GUILESS_MAIN(TestMarkdownBlocks)
#include "tst_markdownblocks.moc"
