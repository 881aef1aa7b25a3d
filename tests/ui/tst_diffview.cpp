// The word diff of two panes, opened from the View menu after a real run against the emulator:
// it rebuilds both answers exactly, marks deletions and insertions with readable colours in light
// and dark palettes, and counts the changed words.
#include "client/chatclient.h"
#include "client/tokenprovider.h"
#include "common/clock.h"
#include "common/demowindow.h"
#include "comparisoncontroller.h"
#include "comparisonview.h"
#include "darkpalette.h"
#include "diffview.h"
#include "emulator/emulator.h"
#include "mainwindow.h"
#include "responsepane.h"
#include "settings/settings.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Fragment
{
    QString text;
    QTextCharFormat format;
};

QList<Fragment> fragments(const QTextDocument *document)
{
    QList<Fragment> out;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            out.append({it.fragment().text(), it.fragment().charFormat()});
    }
    return out;
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void comparesTwoAnswersFromTheViewMenu();
    void samePaneAndNoAnswerExplainThemselves();
    void coloursReadInLightAndDarkPalettes();
    void screenshots();

private:
    void runComparison(const QStringList &models, const QString &prompt);
    DiffView *openDiff();

    test::LoopbackClient m_loop;
    test::DemoWindow m_demo;
};

void TestDiffView::initTestCase()
{
    QVERIFY(m_loop.start(50.0));
}

void TestDiffView::init()
{
    QVERIFY(m_demo.open(m_loop));
}

void TestDiffView::cleanup()
{
    m_demo.close(10000);
}

void TestDiffView::runComparison(const QStringList &models, const QString &prompt)
{
    m_demo.setModels(models);
    auto *user = m_demo.window->findChild<QPlainTextEdit *>(u"userPromptEdit"_s);
    user->clear();
    QTest::keyClicks(user, prompt);
    QTest::keyClick(user, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([this] { return !m_demo.window->controller()->isRunning(); }, 30000));
}

DiffView *TestDiffView::openDiff()
{
    auto *action = m_demo.window->findChild<QAction *>(u"diffAction"_s);
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_demo.window->findChild<QDialog *>(u"diffDialog"_s);
    return dialog ? dialog->findChild<DiffView *>() : nullptr;
}

void TestDiffView::comparesTwoAnswersFromTheViewMenu()
{
    runComparison({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s}, u"Explain RAII in two paragraphs."_s);
    const QString a = m_demo.window->comparisonView()->pane(0)->answerMarkdown();
    const QString b = m_demo.window->comparisonView()->pane(1)->answerMarkdown();
    QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);

    DiffView *view = openDiff();
    QVERIFY(view);
    QPointer<QDialog> dialog = m_demo.window->findChild<QDialog *>(u"diffDialog"_s);
    QVERIFY(dialog->isVisible() && !dialog->isModal());
    QCOMPARE(view->paneA(), 0);
    QCOMPARE(view->paneB(), 1);
    auto *comboA = view->findChild<QComboBox *>(u"paneAComboBox"_s);
    QCOMPARE(comboA->count(), 2);
    QVERIFY(comboA->currentText().contains(u"claude-sonnet-4-5"_s));

    const WordDiff &diff = view->diff();
    QCOMPARE(diff.oldText(), a);
    QCOMPARE(diff.newText(), b);
    QVERIFY(diff.deletedWords > 0 && diff.insertedWords > 0 && diff.equalWords > 0);
    const QString summary = view->findChild<QLabel *>(u"diffSummary"_s)->text();
    QVERIFY2(summary.startsWith(u"Changed words: %1 "_s.arg(diff.deletedWords + diff.insertedWords)),
             qPrintable(summary));
    QVERIFY(summary.contains(u"%1 only in pane 1"_s.arg(diff.deletedWords)));
    QVERIFY(summary.contains(u"%1 only in pane 2"_s.arg(diff.insertedWords)));

    // The browser shows every segment, deletions struck out, insertions underlined.
    auto *browser = view->findChild<QTextBrowser *>(u"diffBrowser"_s);
    QString shown;
    QString deleted;
    QString inserted;
    for (const Fragment &f : fragments(browser->document())) {
        shown += f.text;
        if (f.format.fontStrikeOut())
            deleted += f.text;
        else if (f.format.fontUnderline())
            inserted += f.text;
    }
    QString expectedShown;
    QString expectedDeleted;
    QString expectedInserted;
    for (const DiffSegment &s : diff.segments) {
        expectedShown += s.text;
        if (s.kind == DiffSegment::Kind::Deleted)
            expectedDeleted += s.text;
        else if (s.kind == DiffSegment::Kind::Inserted)
            expectedInserted += s.text;
    }
    QCOMPARE(browser->toPlainText(), expectedShown);
    const auto withoutNewlines = [](QString text) { return text.remove(u'\n'); }; // block breaks are no fragment
    QCOMPARE(shown, withoutNewlines(expectedShown));
    QCOMPARE(deleted, withoutNewlines(expectedDeleted));
    QCOMPARE(inserted, withoutNewlines(expectedInserted));

    // Swap: the same diff the other way round.
    QTest::mouseClick(view->findChild<QPushButton *>(u"swapButton"_s), Qt::LeftButton);
    QCOMPARE(view->paneA(), 1);
    QCOMPARE(view->diff().oldText(), b);
    QCOMPARE(view->diff().newText(), a);
    // As many words in common either way round (the same longest common sequence).
    QCOMPARE(view->diff().equalWords, diff.equalWords);

    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

void TestDiffView::samePaneAndNoAnswerExplainThemselves()
{
    runComparison({u"claude-sonnet-4-5"_s}, u"Hi"_s);
    DiffView *view = openDiff();
    QVERIFY(view);
    QVERIFY(view->findChild<QLabel *>(u"diffSummary"_s)->text().contains(u"second pane"_s));

    // A pane added later shows up in the lists; before it runs, its answer is empty.
    m_demo.window->comparisonView()->addPane()->setModelId(u"llama-4-maverick"_s);
    QCOMPARE(view->findChild<QComboBox *>(u"paneBComboBox"_s)->count(), 2);
    view->setPanes(0, 0);
    QVERIFY(view->findChild<QLabel *>(u"diffSummary"_s)->text().contains(u"two different panes"_s));
    view->setPanes(0, 1);
    QCOMPARE(view->diff().insertedWords, 0);
    QVERIFY(view->diff().deletedWords > 0); // everything only in pane 1
}

void TestDiffView::coloursReadInLightAndDarkPalettes()
{
    runComparison({u"mistral-medium-3"_s, u"llama-4-scout"_s}, u"Name three rivers."_s);
    DiffView *view = openDiff();
    QVERIFY(view);
    for (const bool dark : {false, true}) {
        if (dark)
            view->setPalette(darkPalette());
        const QColor base = view->palette().color(QPalette::Base);
        int marked = 0;
        for (const Fragment &f : fragments(view->findChild<QTextBrowser *>(u"diffBrowser"_s)->document())) {
            if (!f.format.fontStrikeOut() && !f.format.fontUnderline())
                continue;
            ++marked;
            const QColor background = f.format.background().color();
            const QColor text = f.format.foreground().color();
            QVERIFY2(contrast(background, text) >= 4.5, qPrintable(f.text));
            QCOMPARE(background.lightness() < 128, dark); // a tint of the palette, not a glaring block
            QVERIFY(background != base);
        }
        QVERIFY(marked > 0);
    }
}

void TestDiffView::screenshots()
{
    // Look at these: only a picture shows unreadable colours or a clipped layout.
    const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(u"screenshots"_s);
    QVERIFY(QDir().mkpath(dir));
    runComparison({u"claude-sonnet-4-5"_s, u"claude-opus-4-1"_s}, u"Explain RAII in two paragraphs."_s);
    for (const bool dark : {false, true}) {
        DiffView view(*m_demo.window->comparisonView());
        if (dark)
            view.setPalette(darkPalette());
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString path = dir + (dark ? u"/diffview-dark.png"_s : u"/diffview-light.png"_s);
        QVERIFY(view.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
