// The word diff of two answers: exact segments and counts, data-driven; both texts always rebuilt
// byte for byte from the segments.
#include "markdown/worddiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void diff_data();
    void diff();
    void randomEditsRebuildBothTexts();
    void longTextsStayFast();
};

namespace {

// "=text", "-text", "+text": one segment each, easy to read in a failure message.
QStringList encode(const WordDiff &diff)
{
    QStringList out;
    for (const DiffSegment &s : diff.segments) {
        const QChar mark = s.kind == DiffSegment::Kind::Equal     ? u'='
                           : s.kind == DiffSegment::Kind::Deleted ? u'-'
                                                                  : u'+';
        out.append(mark + s.text);
    }
    return out;
}

} // namespace

void TestWordDiff::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("words and spaces") << u"The  quick fox"_s
                                      << QStringList{u"The"_s, u"  "_s, u"quick"_s, u" "_s, u"fox"_s};
    QTest::newRow("punctuation alone") << u"Hi, you!"_s << QStringList{u"Hi"_s, u","_s, u" "_s, u"you"_s, u"!"_s};
    QTest::newRow("inner apostrophe") << u"don't 'quote'"_s
                                      << QStringList{u"don't"_s, u" "_s, u"'"_s, u"quote"_s, u"'"_s};
    QTest::newRow("typographic apostrophe") << u"it’s"_s << QStringList{u"it’s"_s};
    QTest::newRow("newlines are whitespace") << u"a\n\nb"_s << QStringList{u"a"_s, u"\n\n"_s, u"b"_s};
    QTest::newRow("accents and digits") << u"café 42x"_s << QStringList{u"café"_s, u" "_s, u"42x"_s};
    QTest::newRow("emoji stays whole") << u"ok 👍!"_s << QStringList{u"ok"_s, u" "_s, u"👍"_s, u"!"_s};
    QTest::newRow("code") << u"f(x_1)"_s << QStringList{u"f"_s, u"("_s, u"x_1"_s, u")"_s};
}

void TestWordDiff::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(wordTokens(text), expected);
    QCOMPARE(wordTokens(text).join(QString()), text);
}

void TestWordDiff::diff_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("deleted");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("equal");

    QTest::newRow("both empty") << QString() << QString() << QStringList{} << 0 << 0 << 0;
    QTest::newRow("identical") << u"a b c"_s << u"a b c"_s << QStringList{u"=a b c"_s} << 0 << 0 << 3;
    QTest::newRow("all inserted") << QString() << u"hello world"_s << QStringList{u"+hello world"_s} << 0 << 2 << 0;
    QTest::newRow("all deleted") << u"hello world"_s << QString() << QStringList{u"-hello world"_s} << 2 << 0 << 0;
    QTest::newRow("one word replaced") << u"The quick brown fox"_s << u"The slow brown fox"_s
                                       << QStringList{u"=The "_s, u"-quick"_s, u"+slow"_s, u"= brown fox"_s} << 1 << 1
                                       << 3;
    QTest::newRow("two words swapped") << u"red car and blue bike"_s << u"blue car and red bike"_s
                                       << QStringList{u"-red"_s,  u"+blue"_s, u"= car and "_s,
                                                      u"-blue"_s, u"+red"_s,  u"= bike"_s}
                                       << 2 << 2 << 3;
    QTest::newRow("whitespace kept") << u"a  b"_s << u"a b"_s << QStringList{u"=a "_s, u"- "_s, u"=b"_s} << 0 << 0 << 2;
    QTest::newRow("punctuation is not a word")
        << u"Hello, world!"_s << u"Hello world."_s << QStringList{u"=Hello"_s, u"-,"_s, u"= world"_s, u"-!"_s, u"+."_s}
        << 0 << 0 << 2;
    QTest::newRow("contraction") << u"I don't know"_s << u"I do not know"_s
                                 << QStringList{u"=I "_s, u"-don't"_s, u"+do not"_s, u"= know"_s} << 1 << 2 << 2;
    QTest::newRow("neighbouring changes read as one")
        << u"one two three"_s << u"uno dos three"_s << QStringList{u"-one two"_s, u"+uno dos"_s, u"= three"_s} << 2 << 2
        << 1;
    QTest::newRow("paragraph break") << u"line one\nline two"_s << u"line one\n\nline two"_s
                                     << QStringList{u"=line one\n"_s, u"+\n"_s, u"=line two"_s} << 0 << 0 << 4;
    QTest::newRow("insertion in the middle")
        << u"a c"_s << u"a b c"_s << QStringList{u"=a"_s, u"+ b"_s, u"= c"_s} << 0 << 1 << 2;
    QTest::newRow("unicode") << u"café crème"_s << u"café noir"_s << QStringList{u"=café "_s, u"-crème"_s, u"+noir"_s}
                             << 1 << 1 << 1;
    QTest::newRow("nothing in common") << u"alpha"_s << u"beta"_s << QStringList{u"-alpha"_s, u"+beta"_s} << 1 << 1
                                       << 0;
    QTest::newRow("markdown list item added")
        << u"- one\n- two\n"_s << u"- one\n- one and a half\n- two\n"_s
        << QStringList{u"=- one\n-"_s, u"+ one and a half\n-"_s, u"= two\n"_s} << 0 << 4 << 2;
}

void TestWordDiff::diff()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QStringList, expected);
    QFETCH(int, deleted);
    QFETCH(int, inserted);
    QFETCH(int, equal);

    const WordDiff d = diffWords(oldText, newText);
    QCOMPARE(encode(d), expected);
    QCOMPARE(d.deletedWords, deleted);
    QCOMPARE(d.insertedWords, inserted);
    QCOMPARE(d.equalWords, equal);
    QCOMPARE(d.oldText(), oldText);
    QCOMPARE(d.newText(), newText);
}

void TestWordDiff::randomEditsRebuildBothTexts()
{
    const QStringList vocabulary{u"the"_s, u"model"_s, u"answer"_s, u"is"_s, u","_s, u"."_s,    u" "_s,
                                 u"\n"_s,  u"  "_s,    u"token"_s,  u"42"_s, u"é"_s, u"don't"_s};
    QRandomGenerator random(20261127);
    const auto randomText = [&](int words) {
        QString text;
        for (int i = 0; i < words; ++i)
            text += vocabulary.at(random.bounded(int(vocabulary.size())));
        return text;
    };
    const auto countWords = [](const QString &text) {
        int n = 0;
        for (const QString &t : wordTokens(text))
            n += isWordToken(t);
        return n;
    };
    for (int round = 0; round < 300; ++round) {
        const QString a = randomText(random.bounded(60));
        const QString b = randomText(random.bounded(60));
        const WordDiff d = diffWords(a, b);
        QCOMPARE(d.oldText(), a);
        QCOMPARE(d.newText(), b);
        QCOMPARE(d.deletedWords + d.equalWords, countWords(a));
        QCOMPARE(d.insertedWords + d.equalWords, countWords(b));
        for (qsizetype i = 1; i < d.segments.size(); ++i)
            QVERIFY(d.segments.at(i).kind != d.segments.at(i - 1).kind);
    }
}

void TestWordDiff::longTextsStayFast()
{
    // Two 6,000-word answers that differ everywhere: linear memory, well under a second.
    QString a;
    QString b;
    for (int i = 0; i < 6000; ++i) {
        a += u"w%1 "_s.arg(i % 97);
        b += u"w%1 "_s.arg((i * 7) % 89);
    }
    QElapsedTimer timer;
    timer.start();
    const WordDiff d = diffWords(a, b);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(d.oldText(), a);
    QCOMPARE(d.newText(), b);
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
