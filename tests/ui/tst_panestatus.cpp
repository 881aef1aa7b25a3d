// A pane's live status against the emulator: the states a run passes through (connecting, waiting,
// thinking, streaming, done), stopped, failed and retrying, with times read from a ManualClock.
#include "common/clock.h"
#include "common/loopbackclient.h"
#include "panestatus.h"
#include "responsepane.h"
#include "statusdot.h"

#include <KSyntaxHighlighting/Repository>

#include <QHBoxLayout>
#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace maas;

class TestPaneStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aRunPassesThroughEachState();
    void elapsedTimeComesFromTheClock();
    void retryCountsDownOnTheClock();
    void failuresAndRefusalsShowAsFailed();
    void threePanesShowTheirOwnStates();

private:
    ResponsePane *makePane(int index, const QString &modelId, QWidget *parent = nullptr);
    ChatRequest request(const QString &modelId, const QString &prompt, int thinkingBudget = 0) const;
    ChatStream *run(test::LoopbackClient &loop, ResponsePane *pane, const QString &prompt, int thinkingBudget = 0);

    ManualClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::UTC)};
    test::LoopbackClient m_loop; // fast emulator, client on m_clock
    test::LoopbackClient m_slow; // slow emulator, system clock: a thinking phase that lasts
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<ResponsePane> m_pane;
};

void TestPaneStatus::initTestCase()
{
    QVERIFY(m_loop.start(20.0, &m_clock));
    QVERIFY(m_slow.start(0.25));
}

void TestPaneStatus::init()
{
    m_loop.emulator->resetFaultCounters();
}

void TestPaneStatus::cleanup()
{
    m_pane.reset();
}

ResponsePane *TestPaneStatus::makePane(int index, const QString &modelId, QWidget *parent)
{
    auto *pane = new ResponsePane(m_loop.catalog, QDate(2026, 11, 27), index, m_repository, parent);
    pane->setModelId(modelId);
    return pane;
}

ChatRequest TestPaneStatus::request(const QString &modelId, const QString &prompt, int thinkingBudget) const
{
    const ModelInfo *info = m_loop.catalog.find(modelId);
    Q_ASSERT(info);
    ChatRequest r;
    r.family = info->family;
    r.model = info->requestId;
    r.thinkingFormat = info->thinkingFormat;
    r.messages = {ChatMessage(ChatMessage::Role::User, prompt)};
    if (thinkingBudget > 0) {
        r.thinkingBudget = thinkingBudget;
        r.maxTokens = thinkingBudget + 1024;
    }
    return r;
}

ChatStream *TestPaneStatus::run(test::LoopbackClient &loop, ResponsePane *pane, const QString &prompt,
                                int thinkingBudget)
{
    ChatStream *stream = loop.client->start(request(pane->modelId(), prompt, thinkingBudget), pane->location());
    pane->begin(stream);
    return stream;
}

void TestPaneStatus::aRunPassesThroughEachState()
{
    m_pane.reset(makePane(0, u"claude-sonnet-4-5"_s));
    PaneStatus *status = m_pane->status();
    QVERIFY(status->state() == PaneState::Idle);
    QStringList states;
    QStringList texts;
    QList<bool> busy;
    connect(status, &PaneStatus::stateChanged, this, [&](PaneState s) {
        states << PaneStatus::stateName(s);
        texts << status->text();
        busy << status->headerDot()->isBusy();
    });
    ChatStream *stream = run(m_loop, m_pane.get(), u"Explain RAII briefly."_s, 1024);
    QTRY_VERIFY_WITH_TIMEOUT(stream->isFinished(), 30000);

    QStringList expected;
    for (PaneState s :
         {PaneState::Connecting, PaneState::Waiting, PaneState::Thinking, PaneState::Streaming, PaneState::Done})
        expected << PaneStatus::stateName(s);
    QCOMPARE(states, expected);
    QCOMPARE(texts.at(0), u"Connecting…"_s);
    QVERIFY2(texts.at(1).startsWith(u"Waiting for the first token · "_s), qPrintable(texts.at(1)));
    QVERIFY2(texts.at(2).startsWith(u"Thinking · "_s) && texts.at(2).contains(u" tokens"_s), qPrintable(texts.at(2)));
    QVERIFY2(texts.at(3).startsWith(u"Streaming · "_s), qPrintable(texts.at(3)));
    QVERIFY2(texts.at(4).startsWith(u"Done · "_s), qPrintable(texts.at(4)));
    QCOMPARE(busy, (QList<bool>{true, true, true, true, false})); // the mark turns while it works
    // The header dot and screen readers get the same words as the line.
    QCOMPARE(status->headerDot()->toolTip(), status->text());
    QCOMPARE(status->headerDot()->accessibleDescription(), status->text());
    QCOMPARE(status->headerDot()->accessibleName(), u"Status of pane 1"_s);
}

void TestPaneStatus::elapsedTimeComesFromTheClock()
{
    // The emulator holds the headers back for minutes; only the test's clock moves meanwhile.
    m_pane.reset(makePane(0, u"claude-haiku-4-5"_s));
    PaneStatus *status = m_pane->status();
    ChatStream *stream = run(m_loop, m_pane.get(), u"[[fault:slow-start:600000]] Hello"_s);
    QVERIFY(status->state() == PaneState::Connecting);
    QCOMPARE(status->text(), u"Connecting…"_s);
    m_clock.advanceMs(2100);
    const QString twoPointOne = QLocale().toString(2.1, 'f', 1);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Connecting… · %1 s"_s.arg(twoPointOne), 10000);
    m_clock.advanceMs(11900);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Connecting… · 14 s"_s, 10000);
    m_clock.advanceMs(111000);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Connecting… · 2 min 05 s"_s, 10000);
    QVERIFY(status->state() == PaneState::Connecting);

    m_pane->findChild<QToolButton *>(u"stopButton"_s)->click();
    QVERIFY(stream->isFinished());
    QVERIFY(status->state() == PaneState::Stopped);
    QCOMPARE(status->text(), u"Stopped"_s);
    QVERIFY(!status->headerDot()->isBusy());
}

void TestPaneStatus::retryCountsDownOnTheClock()
{
    m_pane.reset(makePane(0, u"llama-4-scout"_s));
    PaneStatus *status = m_pane->status();
    QList<int> states;
    connect(status, &PaneStatus::stateChanged, this, [&](PaneState s) { states << int(s); });
    ChatStream *stream = run(m_loop, m_pane.get(), u"[[fault:quota:4;times=1]] Hello"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->state() == PaneState::Retrying, 10000);
    QCOMPARE(stream->pendingRetryMs(), qint64(4000)); // Retry-After: 4, honoured
    QCOMPARE(status->text(), u"Retrying in 4 s (attempt 2)"_s);
    QVERIFY(status->headerDot()->isBusy());
    // The reason is in the tooltip and the description.
    QVERIFY2(status->headerDot()->toolTip().startsWith(u"Retrying in 4 s (attempt 2): "_s),
             qPrintable(status->headerDot()->toolTip()));

    m_clock.advanceMs(1500);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Retrying in 3 s (attempt 2)"_s, 10000);
    QVERIFY(status->state() == PaneState::Retrying); // nothing was sent again yet
    m_clock.advanceMs(2500);                         // the retry comes due and goes out
    QTRY_VERIFY_WITH_TIMEOUT(status->state() == PaneState::Done, 30000);
    QCOMPARE(stream->result().metrics.attempts, 2);
    QCOMPARE(states.first(), int(PaneState::Connecting));
    const qsizetype retrying = states.indexOf(int(PaneState::Retrying));
    QVERIFY(retrying > 0);
    QVERIFY(states.indexOf(int(PaneState::Streaming), retrying) > retrying); // the second attempt streamed
    QCOMPARE(states.last(), int(PaneState::Done));
}

void TestPaneStatus::failuresAndRefusalsShowAsFailed()
{
    m_pane.reset(makePane(0, u"claude-haiku-4-5"_s));
    PaneStatus *status = m_pane->status();
    ChatStream *stream = run(m_loop, m_pane.get(), u"[[fault:permission]] Hello"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->state() == PaneState::Failed, 10000);
    QVERIFY(stream->result().error);
    QCOMPARE(status->text(), u"Failed"_s);
    QCOMPARE(status->accessibleDescription(), u"Failed: %1"_s.arg(stream->result().error->title));
    QVERIFY(!status->headerDot()->isBusy());

    // Picking another model puts the pane back to idle; a refusal is a failure with its reason.
    m_pane->setModelId(u"mistral-medium-3"_s);
    QVERIFY(status->state() == PaneState::Idle);
    QCOMPARE(status->text(), u"Idle"_s);
    m_pane->showRefusal(u"Mistral Medium 3 cannot read images."_s);
    QVERIFY(status->state() == PaneState::Failed);
    QCOMPARE(status->headerDot()->toolTip(), u"Failed: Mistral Medium 3 cannot read images."_s);
}

void TestPaneStatus::threePanesShowTheirOwnStates()
{
    // One pane thinking (slow emulator), one streaming (then held by a stall), one done.
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    ResponsePane *thinking = makePane(0, u"claude-sonnet-4-5"_s, &window);
    ResponsePane *streaming = makePane(1, u"llama-4-scout"_s, &window);
    ResponsePane *done = makePane(2, u"mistral-medium-3"_s, &window);
    for (ResponsePane *p : {thinking, streaming, done})
        layout->addWidget(p);
    window.resize(1200, 520);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ChatStream *a = run(m_slow, thinking, u"Compare two sorting algorithms."_s, 4096);
    ChatStream *b = run(m_loop, streaming, u"[[fault:stall:120;after=12]] Write a story about a lighthouse."_s);
    ChatStream *c = run(m_loop, done, u"Hello!"_s);
    QTRY_VERIFY_WITH_TIMEOUT(thinking->status()->state() == PaneState::Thinking &&
                                 streaming->status()->state() == PaneState::Streaming &&
                                 done->status()->state() == PaneState::Done,
                             30000);
    // Each pane's line and dot say its own state, in words.
    QVERIFY2(thinking->status()->text().startsWith(u"Thinking · "_s), qPrintable(thinking->status()->text()));
    QVERIFY2(streaming->status()->text().startsWith(u"Streaming · "_s), qPrintable(streaming->status()->text()));
    QVERIFY2(done->status()->text().startsWith(u"Done · "_s), qPrintable(done->status()->text()));
    QCOMPARE(done->status()->headerDot()->accessibleName(), u"Status of pane 3"_s);
    QVERIFY(thinking->status()->headerDot()->isBusy() && !done->status()->headerDot()->isBusy());

    const QString shot = qEnvironmentVariable("MAAS_PANESTATUS_SCREENSHOT");
    if (!shot.isEmpty()) {
        QTest::qWait(600); // let a few coarse ticks move the clocks and marks
        QVERIFY(window.grab().save(shot));
    }
    thinking->stop();
    streaming->stop();
    QVERIFY(a->isFinished() && b->isFinished() && c->isFinished());
    QVERIFY(streaming->status()->state() == PaneState::Stopped);
}

QTEST_MAIN(TestPaneStatus)
#include "tst_panestatus.moc"
