#include "darkpalette.h"
#include "markdown/markdownblocks.h"
#include "responseview.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

QString answer()
{
    QString paragraph;
    for (int i = 0; i < 12; ++i)
        paragraph += u"Sentence %1 of a long paragraph keeps going so that it wraps over several lines. "_s.arg(i);
    return u"# Streaming answer\n\n"
           "Here is a **short** intro with `inline code` and a [link](https://example.com).\n\n"
           "## Steps\n\n"
           "1. Install the tools\n"
           "2. Configure the build\n"
           "   - nested item one\n"
           "   - nested item two\n"
           "3. Run it\n\n"
           "| Language | Typing  | Speed  |\n"
           "|----------|---------|-------:|\n"
           "| C++      | static  | fast   |\n"
           "| Python   | dynamic | slower |\n\n"
           "```cpp\n"
           "#include <vector>\n"
           "\n"
           "int main()\n"
           "{\n"
           "    std::vector<int> v{1, 2, 3};\n"
           "    return static_cast<int>(v.size()); // three\n"
           "}\n"
           "```\n\n"_s +
           paragraph.trimmed() +
           u"\n\n"
           "```python\n"
           "def greet(name: str) -> str:\n"
           "    \"\"\"Say hello.\"\"\"\n"
           "\n"
           "    return f\"Hello, {name}!\"\n"
           "```\n\n"
           "> A closing quote with *emphasis*.\n"_s;
}

// Everything about the rendered document that a user can see, one line per block.
QStringList snapshot(const QTextDocument *doc)
{
    QStringList out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const QTextBlockFormat f = b.blockFormat();
        QString line = u"h%1 l%2 t%3 bg%4 m%5/%6 |"_s.arg(f.headingLevel())
                           .arg(b.textList() ? b.textList()->format().indent() : 0)
                           .arg(QTextCursor(b).currentTable() ? 1 : 0)
                           .arg(f.background().color().name())
                           .arg(f.topMargin())
                           .arg(f.bottomMargin());
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat cf = it.fragment().charFormat();
            line += u"[%1 %2%3%4]"_s.arg(it.fragment().text(), cf.foreground().color().name())
                        .arg(cf.fontFixedPitch() ? u" mono"_s : QString())
                        .arg(cf.fontWeight() > QFont::Normal ? u" bold"_s : QString());
        }
        // Code is highlighted with layout formats, as QSyntaxHighlighter does.
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            line += u"{%1+%2 %3%4}"_s.arg(r.start)
                        .arg(r.length)
                        .arg(r.format.foreground().color().name())
                        .arg(r.format.fontWeight() > QFont::Normal ? u" bold"_s : QString());
        out << line;
    }
    return out;
}

QStringList chunk(const QString &text, int mode)
{
    QStringList out;
    if (mode == 0) {
        out << text;
    } else if (mode == 1) {
        for (QChar c : text)
            out << QString(c);
    } else {
        QRandomGenerator rng(static_cast<quint32>(mode));
        for (qsizetype i = 0; i < text.size();) {
            const qsizetype n = rng.bounded(1, 40);
            out << text.mid(i, n);
            i += n;
        }
    }
    return out;
}

const QTextBlock findBlock(const QTextDocument *doc, const QString &text)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.text() == text)
            return b;
    }
    return {};
}

} // namespace

class TestResponseView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamingMatchesOnePiece_data();
    void streamingMatchesOnePiece();
    void codeFencesAreHighlighted();
    void settledBlocksAreRenderedOnce();
    void eachCodeLineIsHighlightedOnce();
    void tablesBecomeTablesOnceSettled();
    void appendsAreCoalescedIntoFrames();
    void followsTheBottomOnlyWhenAtTheBottom();
    void rawModeShowsTheSource();
    void paletteChangeSwitchesTheTheme();
    void copiesACodeBlock();
    void screenshots();

private:
    KSyntaxHighlighting::Repository m_repository;
};

void TestResponseView::streamingMatchesOnePiece_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("flushEach");
    QTest::newRow("one piece") << 0 << true;
    QTest::newRow("1-char deltas, a frame each") << 1 << true;
    QTest::newRow("1-char deltas, one frame") << 1 << false;
    QTest::newRow("random deltas, a frame each") << 7 << true;
    QTest::newRow("other random deltas, a frame each") << 1234 << true;
}

void TestResponseView::streamingMatchesOnePiece()
{
    QFETCH(int, mode);
    QFETCH(bool, flushEach);
    const QString text = answer();

    ResponseView reference(m_repository);
    reference.setMarkdown(text);
    const QStringList expected = snapshot(reference.document());

    ResponseView view(m_repository);
    ResponseView unfinished(m_repository); // compared before the stream ends: the live tail is the same too
    ResponseView unfinishedReference(m_repository);
    for (const QString &delta : chunk(text, mode)) {
        view.append(delta);
        unfinished.append(delta);
        if (flushEach) {
            view.flush();
            unfinished.flush();
        }
    }
    unfinished.flush();
    unfinishedReference.append(text);
    unfinishedReference.flush();
    view.finish();

    QCOMPARE(view.markdown(), text);
    QCOMPARE(view.toPlainText(), reference.toPlainText());
    QCOMPARE(view.document()->blockCount(), reference.document()->blockCount());
    QCOMPARE(snapshot(view.document()), expected);
    QCOMPARE(snapshot(unfinished.document()), snapshot(unfinishedReference.document()));

    // Sanity of the reference itself: the structure is there.
    QVERIFY(reference.toPlainText().startsWith(u"Streaming answer\nHere is a short intro"_s));
    QCOMPARE(findBlock(reference.document(), u"Streaming answer"_s).blockFormat().headingLevel(), 1);
    QVERIFY(findBlock(reference.document(), u"nested item one"_s).textList());
    QVERIFY(QTextCursor(findBlock(reference.document(), u"Python"_s)).currentTable());
    QVERIFY(findBlock(reference.document(), u"int main()"_s).isValid());
    QVERIFY(!reference.toPlainText().contains(u"```"_s));
}

void TestResponseView::codeFencesAreHighlighted()
{
    ResponseView view(m_repository);
    view.setMarkdown(answer());
    const QColor text = view.palette().color(QPalette::Text);

    auto colorsOf = [&](const QString &first, const QString &last) {
        QSet<QRgb> colors;
        bool mono = true;
        for (QTextBlock b = findBlock(view.document(), first); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                colors.insert(it.fragment().charFormat().foreground().color().rgba());
                mono = mono && it.fragment().charFormat().fontFixedPitch();
            }
            for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
                if (r.format.hasProperty(QTextFormat::ForegroundBrush))
                    colors.insert(r.format.foreground().color().rgba());
            }
            if (b.text() == last)
                break;
        }
        return std::pair(colors, mono);
    };
    const auto [cpp, cppMono] = colorsOf(u"#include <vector>"_s, u"}"_s);
    QVERIFY2(cpp.size() >= 3, qPrintable(u"%1 colors in the C++ fence"_s.arg(cpp.size())));
    QVERIFY(cppMono);
    QVERIFY(cpp.contains(text.rgba()) ? cpp.size() > 1 : true);
    const auto [python, pythonMono] = colorsOf(u"def greet(name: str) -> str:"_s, u"    return f\"Hello, {name}!\""_s);
    QVERIFY2(python.size() >= 3, qPrintable(u"%1 colors in the Python fence"_s.arg(python.size())));
    QVERIFY(pythonMono);

    // Prose is not code.
    const QTextBlock prose = findBlock(view.document(), u"Run it"_s);
    QVERIFY(prose.isValid());
    QVERIFY(!prose.begin().fragment().charFormat().fontFixedPitch());
    QCOMPARE(prose.blockFormat().background().style(), Qt::NoBrush);
}

void TestResponseView::settledBlocksAreRenderedOnce()
{
    const QString text = answer();
    ResponseView view(m_repository);
    MarkdownBlocks splitter;
    qsizetype settled = 0;
    bool marked = false;
    int marks = 0;
    for (const QString &delta : chunk(text, 5)) {
        view.append(delta);
        view.flush();
        splitter.append(delta);
        settled += splitter.takeSettled().size();
        // Every settled block was rendered, once; nothing was rendered before it settled.
        QCOMPARE(view.settledBlocksRendered(), settled);

        // Mark the intro paragraph's block once it has settled; it must never be replaced.
        if (!marked && splitter.settledLength() > text.indexOf(u"## Steps"_s)) {
            QTextBlock intro = findBlock(view.document(), u"Here is a short intro with inline code and a link."_s);
            QVERIFY(intro.isValid());
            intro.setUserState(4242);
            marked = true;
        }
        if (marked) {
            const QTextBlock intro =
                findBlock(view.document(), u"Here is a short intro with inline code and a link."_s);
            QCOMPARE(intro.userState(), 4242);
            ++marks;
        }
    }
    view.finish();
    splitter.finish();
    settled += splitter.takeSettled().size();
    QCOMPARE(view.settledBlocksRendered(), settled);
    QVERIFY(marks > 20);
    QCOMPARE(findBlock(view.document(), u"Here is a short intro with inline code and a link."_s).userState(), 4242);
}

void TestResponseView::eachCodeLineIsHighlightedOnce()
{
    ResponseView view(m_repository);
    view.append(u"```cpp\n");
    view.flush();
    const qsizetype before = view.codeLinesHighlighted();
    constexpr int Lines = 400;
    for (int i = 0; i < Lines; ++i) {
        view.append(u"int value%1 = %1; /* a comment */\n"_s.arg(i));
        view.flush();
    }
    // Complete lines only: the tail is empty, so one highlighter run per line, whatever came before.
    QCOMPARE(view.codeLinesHighlighted() - before, Lines);
    view.append(u"```\n");
    view.finish();
    QCOMPARE(view.codeLinesHighlighted() - before, Lines);
}

void TestResponseView::tablesBecomeTablesOnceSettled()
{
    // A table is a frame; frames in the live tail would make every frame rescan the whole document.
    ResponseView view(m_repository);
    view.append(u"Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"_s);
    view.flush();
    QVERIFY(view.document()->rootFrame()->childFrames().isEmpty());
    QVERIFY(view.toPlainText().contains(u"| 1 | 2 |"_s)); // shown as its source meanwhile
    view.append(u"| 3 | 4 |\n\nAfter."_s);
    view.flush();
    QCOMPARE(view.document()->rootFrame()->childFrames().size(), 1);
    QVERIFY(!view.toPlainText().contains(u'|'));
    QVERIFY(QTextCursor(findBlock(view.document(), u"4"_s)).currentTable());
}

void TestResponseView::appendsAreCoalescedIntoFrames()
{
    ResponseView view(m_repository);
    view.append(u"First"); // the first delta shows at once
    QCOMPARE(view.toPlainText(), u"First"_s);
    view.append(u" token");
    view.append(u" and more");
    QCOMPARE(view.toPlainText(), u"First"_s); // waits for the frame
    QTRY_COMPARE(view.toPlainText(), u"First token and more"_s);
}

void TestResponseView::followsTheBottomOnlyWhenAtTheBottom()
{
    ResponseView view(m_repository);
    view.resize(320, 240);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.verticalScrollBar();

    view.append(answer());
    view.flush();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());

    view.append(QString(u"\n\nMore text arrives at the bottom.\n\n"_s + answer()));
    view.flush();
    QCOMPARE(bar->value(), bar->maximum());

    // The user scrolls up to read: new text must not move the view.
    bar->setValue(bar->maximum() / 3);
    const int reading = bar->value();
    const int oldMaximum = bar->maximum();
    view.append(answer());
    view.flush();
    view.document()->documentLayout()->documentSize();
    QVERIFY(bar->maximum() > oldMaximum);
    QCOMPARE(bar->value(), reading);

    // Back at the bottom, it follows again.
    bar->setValue(bar->maximum());
    view.append(answer());
    view.finish();
    QCOMPARE(bar->value(), bar->maximum());
}

void TestResponseView::rawModeShowsTheSource()
{
    const QString text = answer();
    ResponseView view(m_repository);
    view.append(text.left(300));
    view.flush();
    view.setRawMode(true);
    QVERIFY(view.isRawMode());
    QCOMPARE(view.toPlainText(), text.left(300));

    view.append(QStringView(text).mid(300));
    view.finish();
    QCOMPARE(view.toPlainText(), text);

    view.setRawMode(false);
    ResponseView reference(m_repository);
    reference.setMarkdown(text);
    QCOMPARE(snapshot(view.document()), snapshot(reference.document()));
}

void TestResponseView::paletteChangeSwitchesTheTheme()
{
    ResponseView view(m_repository);
    view.setMarkdown(answer());
    const QString lightText = view.toPlainText();
    const QColor lightBackground = findBlock(view.document(), u"int main()"_s).blockFormat().background().color();

    view.setPalette(darkPalette());
    const QTextBlock code = findBlock(view.document(), u"int main()"_s);
    QVERIFY(code.isValid());
    const QColor darkBackground = code.blockFormat().background().color();
    QVERIFY(darkBackground != lightBackground);
    QVERIFY(darkBackground.lightness() < 128);
    QVERIFY(lightBackground.lightness() >= 128);
    QCOMPARE(view.toPlainText(), lightText);
}

void TestResponseView::copiesACodeBlock()
{
    ResponseView view(m_repository);
    view.setMarkdown(answer());
    const QString cpp = u"#include <vector>\n\nint main()\n{\n    std::vector<int> v{1, 2, 3};\n"
                        "    return static_cast<int>(v.size()); // three\n}"_s;
    QCOMPARE(view.codeBlockAt(findBlock(view.document(), u"int main()"_s).position() + 2), cpp);
    QCOMPARE(view.codeBlockAt(findBlock(view.document(), u"cpp"_s).position()), cpp); // the language label
    QCOMPARE(view.codeBlockAt(findBlock(view.document(), u"Run it"_s).position()), QString());
}

void TestResponseView::screenshots()
{
    // Look at these: only a picture shows an empty or garbled view.
    const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(u"screenshots"_s);
    QVERIFY(QDir().mkpath(dir));
    for (const bool dark : {false, true}) {
        ResponseView view(m_repository);
        if (dark)
            view.setPalette(darkPalette());
        view.resize(560, 1180);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const QString &delta : chunk(answer(), 11)) {
            view.append(delta);
            view.flush();
        }
        view.finish();
        view.verticalScrollBar()->setValue(0);
        const QString path = dir + (dark ? u"/responseview-dark.png"_s : u"/responseview-light.png"_s);
        QVERIFY(view.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
}

QTEST_MAIN(TestResponseView)
#include "tst_responseview.moc"
