// The catalog panel in the window: favourites (first, persisted, surviving reloads), dragging a
// model onto a pane or beside the panes, custom models written to the user's file, and the Model
// Garden refresh against the emulator.
#include "catalogcontroller.h"
#include "catalogmodel.h"
#include "catalogpanel.h"
#include "common/loopbackclient.h"
#include "comparisonview.h"
#include "custommodeldialog.h"
#include "mainwindow.h"
#include "modeldroptarget.h"
#include "responsepane.h"
#include "settings/settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace maas;
using K = Settings::Key;

class TestCatalogPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void favouritesComeFirstAndPersist();
    void dragsModelsOntoPanesAndBesideThem();
    void customModelsAreWrittenAndAppear();
    void malformedUserFileIsReportedNotClobbered();
    void handEditsReloadTheCatalog();
    void refreshFromModelGardenMarksTheCatalog();

private:
    void openWindow();
    CatalogPanel *panel() const { return m_window->catalogPanel(); }
    CatalogController *controller() const { return m_window->catalogController(); }
    QStringList favouriteGroupIds() const;
    QString userCatalog() const { return m_dir.filePath(u"catalog.json"_s); }

    test::LoopbackClient m_loop;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestCatalogPanel::initTestCase()
{
    QVERIFY(m_loop.start(0));
}

void TestCatalogPanel::init()
{
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    QFile::remove(userCatalog());
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
}

void TestCatalogPanel::openWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_settings, m_loop.catalog, *m_loop.client, u"Offline demo"_s, true,
                                            QDate(2026, 11, 27));
    controller()->setUserCatalogPath(userCatalog());
    controller()->reloadCatalog(); // the test's catalog file, not the user's
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCatalogPanel::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_loop.catalog = ModelCatalog::load(QString()); // undo custom and Model Garden entries
}

QStringList TestCatalogPanel::favouriteGroupIds() const
{
    const CatalogModel *model = panel()->model();
    QStringList ids;
    const QModelIndex first = model->index(0, 0);
    if (!model->data(first, CatalogModel::FavouritesGroupRole).toBool())
        return ids;
    for (int r = 0; r < model->rowCount(first); ++r)
        ids << model->data(model->index(r, 0, first), CatalogModel::ModelIdRole).toString();
    return ids;
}

void TestCatalogPanel::favouritesComeFirstAndPersist()
{
    // An id the catalog no longer has is ignored quietly, and kept.
    m_settings->setValue(K::FavouriteModels, QStringList{u"no-such-model"_s});
    openWindow();
    QVERIFY(favouriteGroupIds().isEmpty());
    QVERIFY(panel()->model()->data(panel()->model()->index(0, 0)).toString().startsWith(u"Anthropic"_s));

    auto *tree = panel()->findChild<QTreeView *>(u"catalogTree"_s);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    tree->setFocus();
    panel()->selectModel(u"llama-4-scout"_s);
    QTest::keyClick(tree, Qt::Key_D, Qt::ControlModifier); // the star shortcut
    QCOMPARE(favouriteGroupIds(), QStringList{u"llama-4-scout"_s});
    panel()->selectModel(u"claude-opus-4-1"_s);
    panel()->findChild<QAction *>(u"favouriteAction"_s)->trigger(); // the context menu's action
    QCOMPARE(favouriteGroupIds(), (QStringList{u"llama-4-scout"_s, u"claude-opus-4-1"_s}));

    // Starred rows show the star under their publisher too, and the group heading counts them.
    const CatalogModel *model = panel()->model();
    QCOMPARE(model->data(model->index(0, 0)).toString(), u"★ Favourites (2)"_s);
    const QModelIndex scout = model->indexOf(u"llama-4-scout"_s);
    QVERIFY(!model->data(scout, CatalogModel::FavouritesGroupRole).toBool());
    QVERIFY(model->data(scout).toString().startsWith(u"★ "_s));
    QVERIFY(model->data(scout, CatalogModel::FavouriteRole).toBool());
    QCOMPARE(m_settings->get<QStringList>(K::FavouriteModels),
             (QStringList{u"no-such-model"_s, u"llama-4-scout"_s, u"claude-opus-4-1"_s}));

    // A catalog reload keeps them; so does a new window on the same settings.
    controller()->reloadCatalog();
    QCOMPARE(favouriteGroupIds(), (QStringList{u"llama-4-scout"_s, u"claude-opus-4-1"_s}));
    openWindow();
    QCOMPARE(favouriteGroupIds(), (QStringList{u"llama-4-scout"_s, u"claude-opus-4-1"_s}));

    // Unstarring removes the row, and the group with its last row.
    panel()->toggleFavourite(u"llama-4-scout"_s);
    panel()->toggleFavourite(u"claude-opus-4-1"_s);
    QVERIFY(favouriteGroupIds().isEmpty());
    QCOMPARE(m_settings->get<QStringList>(K::FavouriteModels), QStringList{u"no-such-model"_s});
}

void TestCatalogPanel::dragsModelsOntoPanesAndBesideThem()
{
    openWindow();
    ComparisonView *view = m_window->comparisonView();
    ModelDropTarget *target = view->dropTarget();
    ResponsePane *second = view->pane(1);
    QVERIFY(second->modelId() != u"llama-4-scout"_s);

    // What the tree drags: the model's id under our own type.
    panel()->selectModel(u"llama-4-scout"_s);
    auto *tree = panel()->findChild<QTreeView *>(u"catalogTree"_s);
    std::unique_ptr<QMimeData> mime(tree->model()->mimeData({tree->currentIndex()}));
    QVERIFY(mime);
    QCOMPARE(ModelDropTarget::modelIdOf(mime.get()), u"llama-4-scout"_s);
    QVERIFY(tree->dragEnabled());
    QVERIFY(!mime->hasText()); // or line edits in the pane would take it as text

    const QPoint centre = second->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(second, &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(target->highlighted(), second); // the pane shows it is a drop target
    auto *outline = view->findChild<QFrame *>(u"modelDropOutline"_s);
    QVERIFY(outline && outline->isVisible());
    QCOMPARE(outline->geometry(), QRect(second->mapTo(view, QPoint(0, 0)), second->size()));
    if (const QString dir = qEnvironmentVariable("MAAS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(view->grab().save(QDir(dir).filePath(u"pane-drop-target.png"_s)));

    QDropEvent drop(QPointF(centre), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(second, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(second->modelId(), u"llama-4-scout"_s);
    QCOMPARE(view->pane(0)->modelId(), u"claude-sonnet-4-5"_s); // only the pane under the drop
    QVERIFY(!target->highlighted());
    QVERIFY(!outline->isVisible());

    // Plain text is not a model: refused, nothing changes.
    QMimeData text;
    text.setText(u"mistral-medium-3"_s);
    QDragEnterEvent foreign(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(second, &foreign);
    QVERIFY(!foreign.isAccepted());
    QVERIFY(!target->highlighted());

    // Beside the panes (the view itself): a new pane with that model.
    const int panes = view->paneCount();
    QMimeData codestral;
    codestral.setData(CatalogModel::kModelMimeType, "codestral-2");
    QDragEnterEvent enterView(QPoint(2, 2), Qt::CopyAction, &codestral, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &enterView);
    QVERIFY(enterView.isAccepted());
    QCOMPARE(target->highlighted(), view);
    QDropEvent dropView(QPointF(2, 2), Qt::CopyAction, &codestral, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &dropView);
    QCOMPARE(view->paneCount(), panes + 1);
    QCOMPARE(view->pane(panes)->modelId(), u"codestral-2"_s);

    // With six panes the view takes no more.
    while (view->paneCount() < ComparisonView::kMaxPanes)
        view->addPane();
    QDragEnterEvent full(QPoint(2, 2), Qt::CopyAction, &codestral, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &full);
    QVERIFY(!full.isAccepted());
}

void TestCatalogPanel::customModelsAreWrittenAndAppear()
{
    openWindow();
    CustomModelDialog *dialog = controller()->openCustomModelDialog();
    QVERIFY(dialog);
    dialog->setKind(CustomModelDialog::Kind::OpenAiEndpoint);
    dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Local Llama"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"idEdit"_s)->text(), u"local-llama"_s);
    dialog->findChild<QLineEdit *>(u"requestIdEdit"_s)->setText(u"llama3.1:8b"_s);
    dialog->findChild<QLineEdit *>(u"priceInEdit"_s)->setText(u"abc"_s);
    dialog->findChild<QLineEdit *>(u"endpointEdit"_s)->setText(u"http://llm.example.com/v1"_s);

    // Each problem gets its own message, and nothing is written.
    QVERIFY(!dialog->save());
    QVERIFY2(dialog->message().contains(u"loopback"_s) || dialog->message().contains(u"https"_s),
             qPrintable(dialog->message()));
    QVERIFY2(dialog->message().contains(u"Prices"_s), qPrintable(dialog->message()));
    if (const QString dir = qEnvironmentVariable("MAAS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(QDir(dir).filePath(u"custom-model-dialog.png"_s)));
    QVERIFY(!QFile::exists(userCatalog()));

    dialog->findChild<QLineEdit *>(u"endpointEdit"_s)->setText(u"http://127.0.0.1:8000/v1"_s);
    dialog->findChild<QLineEdit *>(u"priceInEdit"_s)->setText(u"0.5"_s);
    dialog->findChild<QLineEdit *>(u"priceOutEdit"_s)->setText(u"1.5"_s);
    QVERIFY2(dialog->save(), qPrintable(dialog->message()));
    dialog->close();

    // The file holds the entry; the catalog reloaded live and shows it in the tree and the panes.
    const ModelInfo *local = m_loop.catalog.find(u"local-llama"_s);
    QVERIFY(local);
    QVERIFY(local->custom);
    QCOMPARE(local->endpoint, QUrl(u"http://127.0.0.1:8000/v1"_s));
    QCOMPARE(local->pricing->outputPerMillion, 1.5);
    QVERIFY(panel()->model()->indexOf(u"local-llama"_s).isValid());
    QCOMPARE(panel()->currentModelId(), u"local-llama"_s);
    auto *combo = m_window->comparisonView()->pane(0)->findChild<QComboBox *>(u"modelComboBox"_s);
    QVERIFY(combo->findData(u"local-llama"_s, Qt::UserRole) >= 0);
    QCOMPARE(m_window->comparisonView()->pane(0)->modelId(), u"claude-sonnet-4-5"_s); // panes keep their model

    // A Vertex model id the catalog lacks, beside the user's hand-written entry with a field we
    // do not know (both kept).
    QFile file(userCatalog());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject handWritten = root.value("models"_L1).toArray().at(0).toObject();
    handWritten.insert("id"_L1, u"hand-written"_s);
    handWritten.insert("myOwnField"_L1, u"kept"_s);
    QJsonArray models = root.value("models"_L1).toArray();
    models.append(handWritten);
    root.insert("models"_L1, models);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    dialog = controller()->openCustomModelDialog();
    dialog->setKind(CustomModelDialog::Kind::VertexModel);
    dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Claude Next"_s);
    dialog->findChild<QLineEdit *>(u"requestIdEdit"_s)->setText(u"claude-next@20261201"_s);
    auto *family = dialog->findChild<QComboBox *>(u"familyCombo"_s);
    family->setCurrentIndex(family->findData(u"anthropic-vertex"_s));
    dialog->findChild<QLineEdit *>(u"publisherEdit"_s)->setText(u"anthropic"_s);
    QVERIFY(!dialog->save()); // no region and not global
    QVERIFY2(dialog->message().contains(u"region"_s), qPrintable(dialog->message()));
    dialog->findChild<QLineEdit *>(u"regionsEdit"_s)->setText(u"us-east5, me-central2"_s);
    QVERIFY2(dialog->save(), qPrintable(dialog->message()));
    dialog->close();
    const ModelInfo *next = m_loop.catalog.find(u"claude-next"_s);
    QVERIFY(next);
    QCOMPARE(next->family, WireFamily::AnthropicVertex);
    QCOMPARE(next->regions, (QStringList{u"us-east5"_s, u"me-central2"_s}));
    // Its new region is offered by the location filter at once.
    QVERIFY(panel()->findChild<QComboBox *>(u"locationFilter"_s)->findData(u"me-central2"_s) > 0);
    QCOMPARE(next->publisherName, u"Anthropic"_s); // filed under its publisher

    // Edit: the form starts from the entry; saving replaces it.
    dialog = controller()->openCustomModelDialog(u"local-llama"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Local Llama"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"priceOutEdit"_s)->text(), u"1.5"_s);
    dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Local Llama 8B"_s);
    QVERIFY2(dialog->save(), qPrintable(dialog->message()));
    dialog->close();
    QCOMPARE(m_loop.catalog.find(u"local-llama"_s)->name, u"Local Llama 8B"_s);

    // Remove: gone from the file and the catalog; the others stay, unknown field included.
    QVERIFY(controller()->removeCustomModel(u"claude-next"_s).isEmpty());
    QVERIFY(!m_loop.catalog.find(u"claude-next"_s));
    QVERIFY(!panel()->model()->indexOf(u"claude-next"_s).isValid());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray saved = QJsonDocument::fromJson(file.readAll()).object().value("models"_L1).toArray();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).toObject().value("name"_L1).toString(), u"Local Llama 8B"_s);
    QCOMPARE(saved.at(1).toObject().value("myOwnField"_L1).toString(), u"kept"_s);
    QVERIFY(!controller()->removeCustomModel(u"claude-next"_s).isEmpty()); // says it is not there
}

void TestCatalogPanel::malformedUserFileIsReportedNotClobbered()
{
    const QByteArray broken = "{\n  \"schema\": 1,\n  \"models\": [\n    {\"id\": \"mine\",}\n  ]\n}\n";
    QFile file(userCatalog());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(broken);
    file.close();
    openWindow();
    auto *issues = panel()->findChild<QLabel *>(u"catalogIssues"_s);
    QVERIFY(issues->isVisible());
    QVERIFY2(issues->text().contains(u"catalog.json:4"_s), qPrintable(issues->text()));

    CustomModelDialog *dialog = controller()->openCustomModelDialog();
    dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Local"_s);
    dialog->findChild<QLineEdit *>(u"requestIdEdit"_s)->setText(u"local"_s);
    dialog->findChild<QLineEdit *>(u"endpointEdit"_s)->setText(u"https://llm.example.com/v1"_s);
    QVERIFY(!dialog->save());
    QVERIFY2(dialog->message().contains(userCatalog() + u":4"_s), qPrintable(dialog->message()));
    QVERIFY2(dialog->message().contains(u"left as it is"_s), qPrintable(dialog->message()));
    dialog->close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
    QVERIFY(!m_loop.catalog.find(u"local"_s));
}

void TestCatalogPanel::handEditsReloadTheCatalog()
{
    openWindow();
    const QJsonObject entry{{u"id"_s, u"hand"_s},
                            {u"name"_s, u"Hand Written"_s},
                            {u"publisher"_s, u"custom"_s},
                            {u"family"_s, u"openai-chat"_s},
                            {u"requestId"_s, u"m"_s},
                            {u"modalities"_s, QJsonArray{u"text"_s}},
                            {u"description"_s, u"Typed in an editor."_s},
                            {u"launchStage"_s, u"GA"_s},
                            {u"regions"_s, QJsonArray()},
                            {u"global"_s, false},
                            {u"lifecycle"_s, QJsonObject()},
                            {u"endpoint"_s, u"http://127.0.0.1:9/v1"_s}};
    const auto save = [this](const QByteArray &bytes) {
        QFile file(userCatalog());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    // Created by hand: the watched folder notices, the model appears.
    save(QJsonDocument(QJsonObject{{u"models"_s, QJsonArray{entry}}}).toJson());
    QTRY_VERIFY_WITH_TIMEOUT(m_loop.catalog.find(u"hand"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->model()->indexOf(u"hand"_s).isValid(), 10000);

    // Edited in place, then broken: each save reloads; the broken one is reported.
    QJsonObject renamed = entry;
    renamed.insert("name"_L1, u"Hand Edited"_s);
    save(QJsonDocument(QJsonObject{{u"models"_s, QJsonArray{renamed}}}).toJson());
    QTRY_COMPARE_WITH_TIMEOUT(m_loop.catalog.find(u"hand"_s)->name, u"Hand Edited"_s, 10000);
    save("{\"models\": [");
    auto *issues = panel()->findChild<QLabel *>(u"catalogIssues"_s);
    QTRY_VERIFY_WITH_TIMEOUT(issues->isVisible(), 10000);
    QVERIFY(!m_loop.catalog.find(u"hand"_s));
}

void TestCatalogPanel::refreshFromModelGardenMarksTheCatalog()
{
    openWindow();
    auto *refresh = panel()->findChild<QToolButton *>(u"refreshGardenButton"_s);
    QVERIFY(refresh);
    controller()->setModelGarden(nullptr, false);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY2(panel()->gardenMessage().contains(u"Settings"_s), qPrintable(panel()->gardenMessage()));

    ModelGardenLister::Options o;
    o.baseOverride = m_loop.emulator->baseUrl();
    o.pageSize = 5;
    ModelGardenLister lister(m_loop.network, m_loop.tokens, o);
    controller()->setModelGarden(&lister, true);
    panel()->toggleFavourite(u"claude-sonnet-4-5"_s);
    panel()->toggleFavourite(u"llama-4-maverick"_s);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(lister.isRunning());
    QVERIFY(!refresh->isEnabled()); // one refresh at a time, with progress
    QTRY_VERIFY_WITH_TIMEOUT(panel()->gardenMessage().contains(u"simulated"_s), 20000);
    QVERIFY(refresh->isEnabled());

    const CatalogModel *model = panel()->model();
    const auto status = [model](const QString &id) {
        return GardenStatus(model->data(model->indexOf(id), CatalogModel::GardenStatusRole).toInt());
    };
    QCOMPARE(status(u"claude-sonnet-4-5"_s), GardenStatus::Listed);
    QCOMPARE(status(u"claude-3-5-sonnet-v2"_s), GardenStatus::NotListed); // retired: no longer listed
    QCOMPARE(status(u"garden-anthropic-claude-emulator-next"_s), GardenStatus::New);
    QVERIFY(model->data(model->indexOf(u"claude-3-5-sonnet-v2"_s)).toString().endsWith(u"not listed"_s));
    QVERIFY(!model->data(model->indexOf(u"claude-sonnet-4-5"_s), Qt::DecorationRole).isNull()); // the badge
    QVERIFY(model->data(model->indexOf(u"claude-sonnet-4-5"_s), Qt::ToolTipRole)
                .toString()
                .contains(u"Listed in Model Garden"_s));
    const GardenMerge &merge = controller()->gardenMerge();
    QVERIFY(panel()->gardenMessage().contains(u"%1 listed, %2 not listed, %3 new"_s.arg(merge.listedCount())
                                                  .arg(merge.notListedCount())
                                                  .arg(merge.newModels.size())));
    QVERIFY(merge.newModels.size() >= 4);
    QCOMPARE(favouriteGroupIds(), (QStringList{u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s}));

    // The new model is usable: a catalog entry with the API's fields, in the tree and the details card.
    const ModelInfo *next = m_loop.catalog.find(u"garden-anthropic-claude-emulator-next"_s);
    QVERIFY(next);
    QCOMPARE(next->requestId, u"claude-emulator-next"_s);
    panel()->selectModel(next->id);
    auto *details = panel()->findChild<QTextBrowser *>(u"modelDetails"_s);
    QVERIFY2(details->toPlainText().contains(u"New in Model Garden"_s), qPrintable(details->toPlainText()));
    panel()->selectModel(u"claude-sonnet-4-5"_s);
    QVERIFY(details->toPlainText().contains(u"publishers/anthropic/models/claude-sonnet-4-5"_s));
    // Shipped descriptions are kept.
    QCOMPARE(m_loop.catalog.find(u"claude-sonnet-4-5"_s)->description,
             ModelCatalog::load(QString()).find(u"claude-sonnet-4-5"_s)->description);

    // A reload keeps the marks (the catalog is re-merged).
    controller()->reloadCatalog();
    QCOMPARE(status(u"garden-anthropic-claude-emulator-next"_s), GardenStatus::New);

    // A new model can be kept in the user's file: the dialog starts from the API's fields, the
    // user adds where it is served, and the entry becomes custom (and is still listed).
    CustomModelDialog *keep = controller()->keepInUserCatalog(u"garden-anthropic-claude-emulator-next"_s);
    QVERIFY(keep);
    QCOMPARE(keep->kind(), CustomModelDialog::Kind::VertexModel);
    QCOMPARE(keep->findChild<QLineEdit *>(u"requestIdEdit"_s)->text(), u"claude-emulator-next"_s);
    keep->findChild<QLineEdit *>(u"regionsEdit"_s)->setText(u"us-east5"_s);
    QVERIFY2(keep->save(), qPrintable(keep->message()));
    keep->close();
    const ModelInfo *kept = m_loop.catalog.find(u"garden-anthropic-claude-emulator-next"_s);
    QVERIFY(kept && kept->custom);
    QCOMPARE(kept->regions, QStringList{u"us-east5"_s});
    QCOMPARE(kept->family, WireFamily::AnthropicVertex);
    QCOMPARE(status(u"garden-anthropic-claude-emulator-next"_s), GardenStatus::Listed);

    if (const QString dir = qEnvironmentVariable("MAAS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        panel()->selectModel(u"garden-anthropic-claude-emulator-next"_s);
        m_window->resize(1366, 900);
        panel()->tree()->scrollToTop();
        QTest::qWait(50);
        QVERIFY(panel()->grab().save(QDir(dir).filePath(u"catalog-panel.png"_s)));
        QVERIFY(m_window->grab().save(QDir(dir).filePath(u"catalog-window.png"_s)));
    }
}

QTEST_MAIN(TestCatalogPanel)
#include "tst_catalogpanel.moc"
