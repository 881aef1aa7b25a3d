#include "catalogpanel.h"
#include "client/chatclient.h"
#include "client/tokenprovider.h"
#include "common/clock.h"
#include "common/loopbackclient.h"
#include "comparisonview.h"
#include "emulator/emulator.h"
#include "mainwindow.h"
#include "prompteditor.h"
#include "responsepane.h"
#include "settings/settings.h"
#include "settingspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace maas;
using K = Settings::Key;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithTheSavedPanes();
    void picksModelsForBothPanesFromTheComboBoxes();
    void catalogSearchAndUseButtonsFillPanes();
    void warnsAboutRetiredModelsAndUnlistedLocations();
    void settingsDialogEditsAndPersists();
    void settingsDialogRefusesBadInput();
    void promptsSurviveARestart();
    void tabOrderFollowsTheLayout();

private:
    static int findRow(QComboBox *combo, const QString &modelId);
    ResponsePane *pane(int index) const { return m_window->comparisonView()->pane(index); }

    test::LoopbackClient m_loop;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    const QDate m_today{2026, 11, 27};
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_loop.start(1.0));
    QVERIFY(m_loop.catalog.issues().isEmpty());
}

void TestMainWindow::init()
{
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
    m_window =
        std::make_unique<MainWindow>(*m_settings, m_loop.catalog, *m_loop.client, u"Vertex AI"_s, false, m_today);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

int TestMainWindow::findRow(QComboBox *combo, const QString &modelId)
{
    return combo->findData(modelId, Qt::UserRole);
}

void TestMainWindow::startsWithTheSavedPanes()
{
    QCOMPARE(m_window->comparisonView()->paneCount(), 2);
    QCOMPARE(m_window->comparisonView()->modelIds(), Settings::defaultValue(K::PaneModels).toStringList());
    QCOMPARE(pane(0)->location(), u"global"_s);   // Sonnet 4.5 is served globally
    QCOMPARE(pane(1)->location(), u"us-east5"_s); // Llama 4 Maverick only in us-east5
}

void TestMainWindow::picksModelsForBothPanesFromTheComboBoxes()
{
    auto *combo0 = pane(0)->findChild<QComboBox *>(u"modelComboBox"_s);
    auto *combo1 = pane(1)->findChild<QComboBox *>(u"modelComboBox"_s);
    QVERIFY(combo0 && combo1);

    // Publisher headings are not selectable.
    QCOMPARE(combo0->itemText(0), u"Anthropic"_s);
    QVERIFY(!(qobject_cast<QStandardItemModel *>(combo0->model())->item(0)->flags() & Qt::ItemIsSelectable));

    combo0->setCurrentIndex(findRow(combo0, u"claude-opus-4-1"_s));
    combo1->setCurrentIndex(findRow(combo1, u"mistral-medium-3"_s));
    QCOMPARE(pane(0)->modelId(), u"claude-opus-4-1"_s);
    QCOMPARE(pane(1)->modelId(), u"mistral-medium-3"_s);
    QCOMPARE(pane(1)->location(), u"us-central1"_s); // Mistral has no global endpoint

    auto *location1 = pane(1)->findChild<QComboBox *>(u"locationComboBox"_s);
    QStringList offered;
    for (int i = 0; i < location1->count(); ++i)
        offered << location1->itemText(i);
    QCOMPARE(offered, (QStringList{u"us-central1"_s, u"europe-west4"_s}));

    auto *view = pane(1)->findChild<QTextBrowser *>(u"modelCard"_s);
    QVERIFY(view->toPlainText().contains(u"mistral-medium-3"_s));

    // The choice is saved (debounced) and comes back.
    QTRY_COMPARE(m_settings->get<QStringList>(K::PaneModels),
                 (QStringList{u"claude-opus-4-1"_s, u"mistral-medium-3"_s}));
}

void TestMainWindow::catalogSearchAndUseButtonsFillPanes()
{
    CatalogPanel *panel = m_window->catalogPanel();
    auto *search = panel->findChild<QLineEdit *>(u"catalogSearch"_s);
    auto *tree = panel->findChild<QTreeView *>(u"catalogTree"_s);
    auto *use1 = panel->findChild<QPushButton *>(u"usePane1Button"_s);
    QVERIFY(search && tree && use1);
    // The catalog opens on the first pane's model, ready to be used elsewhere.
    QCOMPARE(panel->currentModelId(), u"claude-sonnet-4-5"_s);
    QVERIFY(use1->isEnabled());

    QTest::keyClicks(search, u"qwen3 coder"_s.left(5)); // "qwen3"
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 4);

    search->clear();
    QTest::keyClicks(search, u"scout"_s);
    const QModelIndex publisher = tree->model()->index(0, 0);
    const QModelIndex scout = tree->model()->index(0, 0, publisher);
    QCOMPARE(scout.data(Qt::UserRole + 1).toString(), u"llama-4-scout"_s);
    tree->setCurrentIndex(scout);
    QVERIFY(use1->isEnabled());
    auto *details = panel->findChild<QTextBrowser *>(u"modelDetails"_s);
    QVERIFY(details->toPlainText().contains(u"meta/llama-4-scout-17b-16e-instruct-maas"_s));

    QTest::mouseClick(use1, Qt::LeftButton);
    QCOMPARE(pane(1)->modelId(), u"llama-4-scout"_s);

    // Filters narrow the tree: thinking models only, then none served at us-east5 that think.
    search->clear();
    QTest::mouseClick(panel->findChild<QToolButton *>(u"thinkingFilter"_s), Qt::LeftButton);
    const int thinking = tree->model()->rowCount();
    QVERIFY(thinking > 0);
    for (int p = 0; p < tree->model()->rowCount(); ++p)
        QVERIFY(tree->model()->index(p, 0).data().toString() != u"Meta (7)"_s);
    auto *location = panel->findChild<QComboBox *>(u"locationFilter"_s);
    location->setCurrentIndex(location->findData(u"europe-west4"_s));
    QCOMPARE(tree->model()->rowCount(), 0); // no thinking model is listed in europe-west4
    location->setCurrentIndex(0);
    QCOMPARE(tree->model()->rowCount(), thinking);
    QCOMPARE(pane(0)->modelId(), u"claude-sonnet-4-5"_s);
}

void TestMainWindow::warnsAboutRetiredModelsAndUnlistedLocations()
{
    auto *warning = pane(0)->findChild<QLabel *>(u"paneWarning"_s);
    QVERIFY(warning->isHidden());

    pane(0)->setModelId(u"meta/llama-3.3-70b-instruct-maas"_s); // by exact request id
    QCOMPARE(pane(0)->modelId(), u"llama-3.3-70b"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"Retired on 2026-10-21"_s), qPrintable(warning->text()));
    QVERIFY(warning->text().contains(u"Llama 4 Maverick"_s));

    pane(0)->setModelId(u"claude-opus-4-1"_s);
    QVERIFY(warning->isHidden());
    pane(0)->setLocation(u"us-central1"_s); // not listed, still allowed
    QCOMPARE(pane(0)->location(), u"us-central1"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"does not list Claude Opus 4.1 at us-central1"_s), qPrintable(warning->text()));
    QVERIFY(warning->text().contains(u"global, us-east5"_s));

    pane(0)->setModelId(u"claude-sonnet-4@20991231"_s); // unknown id is kept, not refused
    QCOMPARE(pane(0)->modelId(), u"claude-sonnet-4@20991231"_s);
    QVERIFY(warning->text().contains(u"not in the catalog"_s));
}

void TestMainWindow::settingsDialogEditsAndPersists()
{
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *page = qobject_cast<SettingsPage *>(QApplication::activeModalWidget());
        QVERIFY(page);
        sawDialog = true;
        auto *project = page->findChild<QLineEdit *>(u"projectIdEdit"_s);
        auto *region = page->findChild<QComboBox *>(u"regionComboBox"_s);
        auto *endpoint = page->findChild<QLineEdit *>(u"endpointEdit"_s);
        auto *retries = page->findChild<QSpinBox *>(u"retrySpinBox"_s);
        auto *layout = page->findChild<QComboBox *>(u"paneLayoutComboBox"_s);
        QTest::keyClicks(project, u"demo-project-7"_s);
        region->setCurrentText(u"europe-west4"_s);
        QTest::keyClicks(endpoint, u"http://127.0.0.1:8089/v1"_s);
        retries->setValue(5);
        layout->setCurrentIndex(layout->findData(u"Stacked"_s));
        auto *ok = page->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QCOMPARE(m_window->showSettings(), int(QDialog::Accepted));
    QVERIFY(sawDialog);

    QCOMPARE(m_settings->projectId(), u"demo-project-7"_s);
    QCOMPARE(m_settings->region(), u"europe-west4"_s);
    QCOMPARE(m_settings->endpointOverride(), u"http://127.0.0.1:8089/v1"_s);
    QCOMPARE(m_settings->retryCount(), 5);
    QCOMPARE(m_window->comparisonView()->paneLayout(), Settings::PaneLayout::Stacked);
    auto *status = m_window->findChild<QLabel *>(u"connectionStatus"_s);
    QVERIFY(status->text().contains(u"demo-project-7"_s));

    // Persisted: a fresh facade on the same file sees the values.
    Settings reread(m_settings->fileName());
    QCOMPARE(reread.projectId(), u"demo-project-7"_s);
    QCOMPARE(reread.paneLayout(), Settings::PaneLayout::Stacked);
}

void TestMainWindow::settingsDialogRefusesBadInput()
{
    QStringList seen;
    QTimer::singleShot(0, this, [&] {
        auto *page = qobject_cast<SettingsPage *>(QApplication::activeModalWidget());
        QVERIFY(page);
        auto *project = page->findChild<QLineEdit *>(u"projectIdEdit"_s);
        auto *endpoint = page->findChild<QLineEdit *>(u"endpointEdit"_s);
        auto *problems = page->findChild<QLabel *>(u"validationLabel"_s);
        auto *ok = page->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(project, u"My Project"_s);
        QTest::keyClicks(endpoint, u"http://10.1.2.3/v1"_s);
        seen = page->problems();
        QVERIFY(!ok->isEnabled());
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(u"plain http is only allowed for loopback"_s));
        page->reject();
    });
    QCOMPARE(m_window->showSettings(), int(QDialog::Rejected));
    QCOMPARE(seen.size(), 2);
    QVERIFY(seen.at(0).startsWith(u"Project ID"_s));
    QCOMPARE(m_settings->projectId(), QString()); // nothing written
}

void TestMainWindow::promptsSurviveARestart()
{
    auto *system = m_window->findChild<QPlainTextEdit *>(u"systemPromptEdit"_s);
    auto *user = m_window->findChild<QPlainTextEdit *>(u"userPromptEdit"_s);
    QTest::keyClicks(system, u"Be terse."_s);
    QTest::keyClicks(user, u"# Title"_s);
    QTest::keyClick(user, Qt::Key_Return);
    QTest::keyClicks(user, u"Explain `QObject` in *one* line."_s);
    m_window->close();
    m_window =
        std::make_unique<MainWindow>(*m_settings, m_loop.catalog, *m_loop.client, u"Vertex AI"_s, false, m_today);
    QCOMPARE(m_window->promptEditor()->systemPrompt(), u"Be terse."_s);
    QCOMPARE(m_window->promptEditor()->userPrompt(), u"# Title\nExplain `QObject` in *one* line."_s);
}

void TestMainWindow::tabOrderFollowsTheLayout()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *system = m_window->findChild<QPlainTextEdit *>(u"systemPromptEdit"_s);
    auto *user = m_window->findChild<QPlainTextEdit *>(u"userPromptEdit"_s);
    system->setFocus();
    QTest::keyClick(system, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), user);

    auto *model0 = pane(0)->findChild<QComboBox *>(u"modelComboBox"_s);
    auto *location0 = pane(0)->findChild<QComboBox *>(u"locationComboBox"_s);
    model0->setFocus();
    QTest::keyClick(model0, Qt::Key_Tab);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY2(focused == location0 || focused == location0->lineEdit(), qPrintable(focused->objectName()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
