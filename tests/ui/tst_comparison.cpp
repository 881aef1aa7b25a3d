// A whole comparison driven through the widgets against the emulator: each pane shows its own
// model's answer (never another's), thinking apart, metrics filled; stop, retry and faults per pane.
#include "client/chatclient.h"
#include "client/tokenprovider.h"
#include "common/clock.h"
#include "common/demowindow.h"
#include "comparisoncontroller.h"
#include "comparisonview.h"
#include "emulator/emulator.h"
#include "mainwindow.h"
#include "prompteditor.h"
#include "responsepane.h"
#include "responseview.h"
#include "settings/settings.h"
#include "wire/chatrequest.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace maas;

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void threeModelsStreamSideBySide();
    void stopAndRetryOnePane();
    void aFaultInOnePaneSparesTheOthers();
    void followUpsKeepEachPanesConversation();
    void panesCanBeAddedAndRemoved();
    void emptyPromptIsRefusedWithAMessage();

private:
    void typePrompt(const QString &text);
    bool waitIdle(int timeoutMs = 30000);
    ResponsePane *pane(int i) const { return m_demo.window->comparisonView()->pane(i); }

    test::LoopbackClient m_loop;
    test::DemoWindow m_demo;
};

void TestComparison::initTestCase()
{
    QVERIFY(m_loop.start(20.0));
}

void TestComparison::init()
{
    QVERIFY(m_demo.open(m_loop));
}

void TestComparison::cleanup()
{
    m_demo.close(5000);
}

void TestComparison::typePrompt(const QString &text)
{
    auto *user = m_demo.window->findChild<QPlainTextEdit *>(u"userPromptEdit"_s);
    user->clear();
    QTest::keyClicks(user, text);
}

bool TestComparison::waitIdle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !m_demo.window || !m_demo.window->controller()->isRunning(); }, timeoutMs);
}

void TestComparison::threeModelsStreamSideBySide()
{
    const QStringList models{u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s, u"deepseek-r1-0528"_s};
    m_demo.setModels(models);
    typePrompt(u"Explain RAII in two paragraphs."_s);
    auto *user = m_demo.window->findChild<QPlainTextEdit *>(u"userPromptEdit"_s);
    QTest::keyClick(user, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter runs all panes
    QVERIFY(m_demo.window->controller()->isRunning());
    QVERIFY(m_demo.window->findChild<QPushButton *>(u"stopAllButton"_s)->isEnabled());
    QVERIFY(waitIdle());
    QVERIFY(!m_demo.window->findChild<QPushButton *>(u"stopAllButton"_s)->isEnabled());

    for (int i = 0; i < models.size(); ++i) {
        const QString own = m_loop.catalog.find(models.at(i))->name;
        const QString answer = pane(i)->answerMarkdown();
        QVERIFY2(answer.contains(own), qPrintable(own));
        for (int j = 0; j < models.size(); ++j) {
            if (j != i)
                QVERIFY2(!answer.contains(m_loop.catalog.find(models.at(j))->name),
                         qPrintable(u"pane %1 shows text of %2"_s.arg(i).arg(models.at(j))));
        }
        QVERIFY(pane(i)->lastResult() && pane(i)->lastResult()->complete);
        QCOMPARE(pane(i)->view()->markdown(), pane(i)->lastResult()->text); // nothing lost on the way
        const QString metrics = pane(i)->findChild<QLabel *>(u"metricsBar"_s)->text();
        QVERIFY2(metrics.contains(u"TTFT"_s) && metrics.contains(u"tok/s"_s), qPrintable(metrics));
        QVERIFY(!answer.contains(u"<think>"_s));
    }
    // DeepSeek R1 always reasons: its thinking is set apart behind a toggle; Llama has none.
    QVERIFY(pane(2)->findChild<QToolButton *>(u"thinkingToggle"_s)->isVisible());
    QVERIFY(!pane(2)->thinkingText().isEmpty());
    QVERIFY(!pane(1)->findChild<QToolButton *>(u"thinkingToggle"_s)->isVisible());
    QVERIFY(pane(0)->lastResult()->metrics.usage.outputTokens > 0);
}

void TestComparison::stopAndRetryOnePane()
{
    m_demo.setModels({u"claude-opus-4-1"_s, u"llama-4-scout"_s});
    typePrompt(u"Write a long story about a lighthouse."_s);
    QTest::mouseClick(m_demo.window->findChild<QPushButton *>(u"runAllButton"_s), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !pane(0)->view()->markdown().isEmpty(); }, 10000));
    QTest::mouseClick(pane(0)->findChild<QToolButton *>(u"stopButton"_s), Qt::LeftButton);
    QVERIFY(pane(0)->lastResult());
    QVERIFY(pane(0)->lastResult()->cancelled);
    const QString partial = pane(0)->answerMarkdown();
    QVERIFY(!partial.isEmpty());
    QVERIFY(waitIdle());
    QVERIFY(pane(1)->lastResult()->complete); // the other pane went on
    QVERIFY(pane(0)->findChild<QLabel *>(u"metricsBar"_s)->text().contains(u"stopped"_s));

    auto *retry = pane(0)->findChild<QToolButton *>(u"retryButton"_s);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(m_demo.window->controller()->isRunning());
    QVERIFY(waitIdle());
    QVERIFY(pane(0)->lastResult()->complete);
    QVERIFY(pane(0)->answerMarkdown().startsWith(partial.left(20)));
}

void TestComparison::aFaultInOnePaneSparesTheOthers()
{
    m_loop.emulator->resetFaultCounters();
    m_demo.setModels({u"claude-haiku-4-5"_s, u"gpt-oss-120b"_s, u"mistral-medium-3"_s});
    // The directive reaches every pane, but ";times=1" fails only the first request per model: use
    // that first request up on panes 2 and 3 alone, so that "Run all" breaks pane 1 only.
    typePrompt(u"[[fault:drop:3;times=1]] Describe a compiler."_s);
    for (int i : {1, 2}) {
        m_demo.window->controller()->runPane(i);
        QVERIFY(waitIdle());
        QVERIFY(pane(i)->lastResult()->error);
    }
    QTest::mouseClick(m_demo.window->findChild<QPushButton *>(u"runAllButton"_s), Qt::LeftButton);
    QVERIFY(waitIdle());
    QVERIFY(pane(0)->lastResult()->error);
    auto *error = pane(0)->findChild<QLabel *>(u"paneError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Connection lost"_s), qPrintable(error->text()));
    QVERIFY(error->text().contains(u"incomplete"_s));
    QVERIFY(!pane(0)->answerMarkdown().isEmpty()); // the partial answer is kept
    for (int i : {1, 2}) {
        QVERIFY2(pane(i)->lastResult()->complete, qPrintable(QString::number(i)));
        QVERIFY(pane(i)->findChild<QLabel *>(u"paneError"_s)->isHidden());
        QVERIFY(pane(i)->answerMarkdown().contains(m_loop.catalog.find(pane(i)->modelId())->name));
    }
}

void TestComparison::followUpsKeepEachPanesConversation()
{
    m_demo.setModels({u"claude-haiku-4-5"_s, u"llama-4-scout"_s});
    auto *followUp = m_demo.window->findChild<QPushButton *>(u"followUpButton"_s);
    QVERIFY(!followUp->isEnabled()); // nothing to follow up on yet
    typePrompt(u"What is a mutex?"_s);
    QTest::mouseClick(m_demo.window->findChild<QPushButton *>(u"runAllButton"_s), Qt::LeftButton);
    QVERIFY(waitIdle());
    const QString first0 = pane(0)->lastResult()->text;
    QVERIFY(followUp->isEnabled());

    typePrompt(u"And a semaphore?"_s);
    QTest::mouseClick(followUp, Qt::LeftButton);
    QVERIFY(waitIdle());
    for (int i = 0; i < 2; ++i) {
        const QList<ChatMessage> c = pane(i)->conversation();
        QCOMPARE(c.size(), 4);
        QCOMPARE(c.at(0).text, u"What is a mutex?"_s);
        QCOMPARE(c.at(2).text, u"And a semaphore?"_s);
        QCOMPARE(c.at(3).role, ChatMessage::Role::Assistant);
        QCOMPARE(pane(i)->lastRequest()->messages.size(), 3); // the model got the whole conversation
        const QString transcript = pane(i)->answerMarkdown();
        QVERIFY(transcript.contains(u"Follow-up:"_s));
        QVERIFY(transcript.contains(c.at(1).text.left(40)));
        QVERIFY(transcript.endsWith(c.at(3).text));
    }
    QCOMPARE(pane(0)->conversation().at(1).text, first0);

    // Continue with pane 1 only: pane 2 keeps its conversation as it was.
    typePrompt(u"Show it in Rust."_s);
    QTest::mouseClick(pane(0)->findChild<QToolButton *>(u"followUpHereButton"_s), Qt::LeftButton);
    QVERIFY(waitIdle());
    QCOMPARE(pane(0)->conversation().size(), 6);
    QCOMPARE(pane(1)->conversation().size(), 4);

    // Retry re-runs the last turn with the same history, replacing only its answer.
    QTest::mouseClick(pane(0)->findChild<QToolButton *>(u"retryButton"_s), Qt::LeftButton);
    QVERIFY(waitIdle());
    QCOMPARE(pane(0)->lastRequest()->messages.size(), 5);
    QCOMPARE(pane(0)->conversation().size(), 6);
    QCOMPARE(pane(0)->answerMarkdown().count(u"Follow-up:"_s), 2);
}

void TestComparison::panesCanBeAddedAndRemoved()
{
    ComparisonView *view = m_demo.window->comparisonView();
    const int before = view->paneCount();
    auto *add = m_demo.window->findChild<QPushButton *>(u"addPaneButton"_s);
    for (int i = before; i < ComparisonView::kMaxPanes + 2; ++i)
        QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(view->paneCount(), ComparisonView::kMaxPanes);
    QTest::mouseClick(view->pane(2)->findChild<QToolButton *>(u"removeButton"_s), Qt::LeftButton);
    QCOMPARE(view->paneCount(), ComparisonView::kMaxPanes - 1);
    for (int i = 0; i < view->paneCount(); ++i)
        QCOMPARE(view->pane(i)->index(), i);
    while (view->paneCount() > 1)
        view->removePane(0);
    view->removePane(0); // the last pane stays
    QCOMPARE(view->paneCount(), 1);
    QTRY_COMPARE(m_demo.settings->get<QStringList>(Settings::Key::PaneModels).size(), 1);
}

void TestComparison::emptyPromptIsRefusedWithAMessage()
{
    m_demo.setModels({u"claude-opus-4-1"_s});
    typePrompt(QString());
    QCOMPARE(m_demo.window->controller()->runAll(), u"Write a prompt first."_s);
    QVERIFY(!m_demo.window->controller()->isRunning());
}

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
