// The comparison view's extras driven through the widgets against the emulator: synchronized
// scrolling, pane reorder with streams running (no text lands in the wrong pane), the tab order
// catalog → prompt → panes, and accessible names on inputs without a visible label.
#include "common/demowindow.h"
#include "comparisoncontroller.h"
#include "comparisonview.h"
#include "mainwindow.h"
#include "panechrome.h"
#include "responsepane.h"
#include "responseview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

double relative(const QScrollBar *bar)
{
    const int range = bar->maximum() - bar->minimum();
    return range > 0 ? double(bar->value() - bar->minimum()) / double(range) : 0.0;
}

// "responsePane2/modelComboBox" for a widget inside a pane, else its own object name.
QString focusName(const QWidget *w)
{
    QString name = w->objectName();
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const ResponsePane *>(p))
            return p->objectName() + u'/' + name;
    }
    return name;
}

} // namespace

class TestComparisonExtras : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void syncScrollingFollowsTheUsersPane();
    void reorderWhileStreamingKeepsEachAnswerInItsPane();
    void keyboardShortcutMovesTheActivePane();
    void tabWalksCatalogThenPromptThenPanes();
    void inputsWithoutVisibleLabelHaveAccessibleNames();
    void sixPanesStayReadableOnA1366Screen();

private:
    void setModels(const QStringList &ids);
    void typePrompt(const QString &text);
    bool waitIdle(int timeoutMs = 30000);
    QStringList tabWalk(QWidget *start);
    ComparisonView *view() const { return m_demo.window->comparisonView(); }
    ResponsePane *pane(int i) const { return view()->pane(i); }

    test::LoopbackClient m_loop;
    test::DemoWindow m_demo;
};

void TestComparisonExtras::initTestCase()
{
    QVERIFY(m_loop.start(20.0));
}

void TestComparisonExtras::init()
{
    QVERIFY(m_demo.open(m_loop));
    m_demo.window->activateWindow();
}

void TestComparisonExtras::cleanup()
{
    m_demo.close(10000);
}

void TestComparisonExtras::setModels(const QStringList &ids)
{
    while (view()->paneCount() < ids.size())
        view()->addPane();
    while (view()->paneCount() > ids.size())
        view()->removePane(view()->paneCount() - 1);
    for (int i = 0; i < ids.size(); ++i)
        pane(i)->setModelId(ids.at(i));
}

void TestComparisonExtras::typePrompt(const QString &text)
{
    auto *user = m_demo.window->findChild<QPlainTextEdit *>(u"userPromptEdit"_s);
    user->clear();
    QTest::keyClicks(user, text);
}

bool TestComparisonExtras::waitIdle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !m_demo.window->controller()->isRunning(); }, timeoutMs);
}

void TestComparisonExtras::syncScrollingFollowsTheUsersPane()
{
    setModels({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s, u"mistral-medium-3"_s});
    typePrompt(u"Write a C++ function that sums a vector."_s);
    QTest::mouseClick(m_demo.window->findChild<QPushButton *>(u"runAllButton"_s), Qt::LeftButton);
    QVERIFY(waitIdle());
    // Answers of different lengths, all long enough to scroll.
    for (int i = 0; i < view()->paneCount(); ++i) {
        for (int line = 0; line < 60 * (i + 1); ++line)
            pane(i)->view()->append(u"Line %1 of pane %2, some words to wrap.\n\n"_s.arg(line).arg(i));
        pane(i)->view()->finish();
    }
    const auto bar = [this](int i) { return pane(i)->view()->verticalScrollBar(); };
    for (int i = 0; i < view()->paneCount(); ++i) {
        bar(i)->setValue(0);
        QVERIFY(bar(i)->maximum() > 0);
    }

    // Off: scrolling one pane leaves the others where they are.
    QVERIFY(!view()->isScrollSynchronized());
    QTest::keyClick(pane(0)->view(), Qt::Key_PageDown);
    QVERIFY(bar(0)->value() > 0);
    QCOMPARE(bar(1)->value(), 0);
    QCOMPARE(bar(2)->value(), 0);

    // On, from the comparison toolbar: the others follow to the same relative position.
    auto *toolBar = view()->findChild<QToolBar *>(u"comparisonToolBar"_s);
    QVERIFY(toolBar);
    QWidget *syncButton = toolBar->widgetForAction(view()->syncScrollAction());
    QVERIFY(syncButton);
    QTest::mouseClick(syncButton, Qt::LeftButton);
    QVERIFY(view()->isScrollSynchronized());
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(pane(1)->view(), Qt::Key_PageDown);
    const double at = relative(bar(1));
    QVERIFY(at > 0.0 && at < 1.0);
    QVERIFY2(qAbs(relative(bar(0)) - at) < 0.02, qPrintable(u"%1 vs %2"_s.arg(relative(bar(0))).arg(at)));
    QVERIFY2(qAbs(relative(bar(2)) - at) < 0.02, qPrintable(u"%1 vs %2"_s.arg(relative(bar(2))).arg(at)));
    // The end of one answer is the end of all of them.
    QTest::keyClick(pane(2)->view(), Qt::Key_End, Qt::ControlModifier);
    bar(2)->triggerAction(QAbstractSlider::SliderToMaximum);
    QCOMPARE(bar(0)->value(), bar(0)->maximum());
    QCOMPARE(bar(1)->value(), bar(1)->maximum());

    // The View menu holds the same toggle; off again, the panes are independent.
    QAction *menuAction = m_demo.window->findChild<QAction *>(u"syncScrollAction"_s);
    QVERIFY(menuAction);
    bool inViewMenu = false;
    for (QAction *top : m_demo.window->menuBar()->actions())
        inViewMenu = inViewMenu || (top->menu() && top->menu()->actions().contains(menuAction));
    QVERIFY(inViewMenu);
    menuAction->trigger();
    QVERIFY(!view()->isScrollSynchronized());
    bar(0)->triggerAction(QAbstractSlider::SliderToMinimum);
    QCOMPARE(bar(0)->value(), 0);
    QCOMPARE(bar(1)->value(), bar(1)->maximum());
}

void TestComparisonExtras::reorderWhileStreamingKeepsEachAnswerInItsPane()
{
    const QStringList models{u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s, u"deepseek-r1-0528"_s};
    setModels(models);
    QList<QPointer<ResponsePane>> panes{pane(0), pane(1), pane(2)};
    // Every stream stalls for a real second after three deltas, so the moves happen mid-stream.
    typePrompt(u"[[fault:stall:1;after=3]] Explain RAII in two paragraphs."_s);
    QTest::mouseClick(m_demo.window->findChild<QPushButton *>(u"runAllButton"_s), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !panes[0]->answerMarkdown().isEmpty(); }, 10000));
    QVERIFY(m_demo.window->controller()->isRunning());

    // Pane 1 (Claude) goes right with its header button, then the last one (DeepSeek) goes first.
    QVERIFY(!panes[0]->findChild<QToolButton *>(u"moveLeftButton"_s)->isEnabled());
    QTest::mouseClick(panes[0]->findChild<QToolButton *>(u"moveRightButton"_s), Qt::LeftButton);
    QCOMPARE(pane(1), panes[0].data());
    view()->movePane(2, 0);
    QCOMPARE(pane(0), panes[2].data());
    QCOMPARE(pane(1), panes[1].data());
    QCOMPARE(pane(2), panes[0].data());
    QCOMPARE(view()->modelIds(), (QStringList{models[2], models[1], models[0]}));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(pane(i)->index(), i);
    QVERIFY(m_demo.window->controller()->isRunning()); // moving stopped nothing
    QVERIFY(waitIdle());

    for (int k = 0; k < models.size(); ++k) {
        const QString answer = panes[k]->answerMarkdown();
        QVERIFY2(answer.contains(m_loop.catalog.find(models.at(k))->name), qPrintable(models.at(k)));
        for (int j = 0; j < models.size(); ++j) {
            if (j != k)
                QVERIFY2(!answer.contains(m_loop.catalog.find(models.at(j))->name),
                         qPrintable(u"%1's pane shows text of %2"_s.arg(models.at(k), models.at(j))));
        }
        QVERIFY(panes[k]->lastResult() && panes[k]->lastResult()->complete);
        QCOMPARE(panes[k]->view()->markdown(), panes[k]->lastResult()->text); // nothing lost, nothing added
    }
    // Retry by position reaches the pane now in that position.
    QSignalSpy finished(panes[0].data(), &ResponsePane::streamFinished);
    QTest::mouseClick(pane(2)->findChild<QToolButton *>(u"retryButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QVERIFY(waitIdle());
}

void TestComparisonExtras::keyboardShortcutMovesTheActivePane()
{
    setModels({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s, u"mistral-medium-3"_s});
    ResponsePane *first = pane(0);
    auto *combo = first->findChild<QComboBox *>(u"modelComboBox"_s);
    combo->setFocus();
    QTRY_COMPARE(view()->activePane(), 0);
    QTest::keyClick(combo, Qt::Key_PageDown, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pane(1), first);
    QCOMPARE(view()->activePane(), 1);
    QTest::keyClick(combo, Qt::Key_PageDown, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pane(2), first);
    QVERIFY(!view()->movePaneRightAction()->isEnabled()); // already last
    QTest::keyClick(combo, Qt::Key_PageUp, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pane(1), first);
    QCOMPARE(view()->modelIds(), (QStringList{u"llama-4-maverick"_s, u"claude-sonnet-4-5"_s, u"mistral-medium-3"_s}));
}

QStringList TestComparisonExtras::tabWalk(QWidget *start)
{
    start->setFocus(Qt::TabFocusReason);
    QStringList seen;
    for (int i = 0; i < 300; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        const QString name = focusName(focus);
        if (!seen.isEmpty() && focus == start)
            break;
        seen << name;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return seen;
}

void TestComparisonExtras::tabWalksCatalogThenPromptThenPanes()
{
    setModels({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s, u"mistral-medium-3"_s});
    auto *search = m_demo.window->findChild<QLineEdit *>(u"catalogSearch"_s);
    QVERIFY(search);
    const auto inOrder = [](const QStringList &seen, const QStringList &expected) {
        qsizetype last = -1;
        for (const QString &name : expected) {
            const qsizetype at = seen.indexOf(name);
            if (at <= last)
                return u"%1 at %2, expected after %3 in: %4"_s.arg(name).arg(at).arg(last).arg(seen.join(u", "_s));
            last = at;
        }
        return QString();
    };
    const QStringList expected{u"catalogSearch"_s,
                               u"thinkingFilter"_s,
                               u"hideRetiredFilter"_s,
                               u"locationFilter"_s,
                               u"catalogTree"_s,
                               u"modelDetails"_s,
                               u"systemPromptEdit"_s,
                               u"userPromptEdit"_s,
                               u"runAllButton"_s,
                               u"responsePane0/modelComboBox"_s,
                               u"responsePane0/locationComboBox"_s,
                               u"responsePane0/removeButton"_s,
                               u"responsePane0/modelCard"_s,
                               u"responsePane0/copyButton"_s,
                               u"responsePane1/modelComboBox"_s,
                               u"responsePane1/locationComboBox"_s,
                               u"responsePane2/modelComboBox"_s,
                               u"responsePane2/locationComboBox"_s};
    QStringList seen = tabWalk(search);
    QString problem = inOrder(seen, expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Each pane's stops are together: nothing of pane 1 between pane 0's.
    const auto paneOf = [](const QString &name) { return name.section(u'/', 0, 0); };
    QStringList paneRuns;
    for (const QString &name : std::as_const(seen)) {
        if (name.contains(u'/') && (paneRuns.isEmpty() || paneRuns.last() != paneOf(name)))
            paneRuns << paneOf(name);
    }
    QCOMPARE(paneRuns, (QStringList{u"responsePane0"_s, u"responsePane1"_s, u"responsePane2"_s}));

    // After a reorder, Tab still goes left to right.
    ResponsePane *claude = pane(0);
    view()->movePane(0, 2);
    QCOMPARE(pane(2), claude);
    seen = tabWalk(search);
    problem = inOrder(seen, expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const int claudeAt = int(seen.indexOf(u"responsePane2/modelComboBox"_s));
    QVERIFY(claudeAt > seen.indexOf(u"responsePane1/locationComboBox"_s));
    QCOMPARE(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(), u"catalogSearch"_s);
    // Shift+Tab walks back from the first pane into the prompt editor's controls.
    pane(0)->findChild<QComboBox *>(u"modelComboBox"_s)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QVERIFY(!focusName(QApplication::focusWidget()).contains(u'/'));
}

void TestComparisonExtras::inputsWithoutVisibleLabelHaveAccessibleNames()
{
    setModels({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s});
    QSet<const QWidget *> labelled;
    for (const QLabel *label : m_demo.window->findChildren<QLabel *>())
        if (label->buddy() && label->isVisibleTo(m_demo.window.get()))
            labelled << label->buddy();
    QStringList missing;
    for (QWidget *w : m_demo.window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(m_demo.window.get()) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // The editor inside a combo or spin box is named by its owner.
        if (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                           qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QTextEdit *>(w) ||
                           qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractItemView *>(w) || button;
        if (!input || labelled.contains(w) || !w->accessibleName().trimmed().isEmpty())
            continue;
        // A button is labelled by its own text unless that text is only a symbol.
        if (button && button->text().count(QRegularExpression(u"\\w"_s)) >= 2)
            continue;
        missing << u"%1 (%2)"_s.arg(focusName(w), QString::fromLatin1(w->metaObject()->className()));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestComparisonExtras::sixPanesStayReadableOnA1366Screen()
{
    m_demo.window->resize(1366, 768);
    setModels({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s});
    QTRY_VERIFY(pane(0)->width() >= PaneChrome::kNarrowWidth);
    auto *stop = pane(0)->findChild<QToolButton *>(u"stopButton"_s);
    const QString wideText = stop->text();
    QVERIFY(wideText.count(QRegularExpression(u"\\w"_s)) >= 2); // two wide panes: words

    setModels({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s, u"mistral-medium-3"_s, u"gpt-oss-120b"_s,
               u"qwen3-coder-480b"_s, u"deepseek-v3.2"_s});
    QTRY_VERIFY(pane(5)->width() < PaneChrome::kNarrowWidth);
    QWidget *window = m_demo.window.get();
    for (int i = 0; i < view()->paneCount(); ++i) {
        ResponsePane *p = pane(i);
        const QString which = u"pane %1"_s.arg(i);
        // The whole pane is on screen, and its model name has room to be read (elided if need be).
        QVERIFY2(p->mapTo(window, QPoint(p->width(), 0)).x() <= window->width(), qPrintable(which));
        auto *model = p->findChild<QComboBox *>(u"modelComboBox"_s);
        QVERIFY2(model->width() >= 80, qPrintable(which + u" model picker %1 px"_s.arg(model->width())));
        QVERIFY2(p->findChild<QComboBox *>(u"locationComboBox"_s)->width() >= 60, qPrintable(which));
        // The metrics have a row of their own, nearly the pane's width.
        auto *metrics = p->findChild<QLabel *>(u"metricsBar"_s);
        QVERIFY2(metrics->width() >= p->width() * 3 / 4, qPrintable(which + u" metrics %1 px"_s.arg(metrics->width())));
        // Buttons show symbols but keep their words for tooltips and screen readers.
        auto *paneStop = p->findChild<QToolButton *>(u"stopButton"_s);
        QVERIFY(paneStop->text() != wideText);
        QCOMPARE(paneStop->accessibleName(), paneStop->toolTip());
        QVERIFY(!paneStop->accessibleName().isEmpty());
    }
    // Back to two panes: words again.
    setModels({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s});
    QTRY_COMPARE(pane(0)->findChild<QToolButton *>(u"stopButton"_s)->text(), wideText);
}

QTEST_MAIN(TestComparisonExtras)
#include "tst_comparisonextras.moc"
