// The embeddings view driven through its widgets against the emulator: the heat maps show the
// cosines of the very vectors ChatClient::embed returns, the neighbour table marks where the two
// e5 models disagree, and a failing model shows its error without hiding the other's results.
#include "client/chatclient.h"
#include "client/tokenprovider.h"
#include "common/clock.h"
#include "common/loopbackclient.h"
#include "darkpalette.h"
#include "embeddings/similarity.h"
#include "embeddingsview.h"
#include "emulator/emulator.h"
#include "mainwindow.h"
#include "settings/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

const QDate kToday(2026, 11, 27);
const QString kSmall = u"multilingual-e5-small"_s;
const QString kLarge = u"multilingual-e5-large"_s;

} // namespace

class TestEmbeddingsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offersEveryEmbeddingModel();
    void embedButtonNeedsTwoTextsAndAModel();
    void heatMapsShowTheCosinesOfTheVectors();
    void aFailingModelShowsItsErrorInline();
    void viewMenuOpensANonModalDialog();
    void screenshots();

private:
    QList<QList<float>> embedDirectly(const QString &modelId, const QStringList &texts);
    void typeTexts(EmbeddingsView &view, const QStringList &texts);
    bool embedAndWait(EmbeddingsView &view);
    QTableWidget *heatMap(EmbeddingsView &view, const QString &modelId);

    test::LoopbackClient m_loop;
    const QStringList m_texts{u"query: how do I rotate a service account key?"_s,
                              u"passage: Service account keys are rotated from the IAM page."_s,
                              u"query: quelle heure est-il à Paris ?"_s, u"passage: Paris is in the CET time zone."_s};
};

void TestEmbeddingsView::initTestCase()
{
    QVERIFY(m_loop.start(1.0));
}

QList<QList<float>> TestEmbeddingsView::embedDirectly(const QString &modelId, const QStringList &texts)
{
    const ModelInfo *info = m_loop.catalog.find(modelId);
    QList<QList<float>> vectors;
    bool done = false;
    QObject context;
    m_loop.client->embed(EmbeddingRequest{info->requestId, texts}, info->defaultLocation(), &context,
                         [&](const EmbeddingResult &result, const std::optional<UserError> &error) {
                             if (!error)
                                 vectors = result.vectors;
                             done = true;
                         });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("no embedding answer");
    return vectors;
}

void TestEmbeddingsView::typeTexts(EmbeddingsView &view, const QStringList &texts)
{
    auto *edit = view.findChild<QPlainTextEdit *>(u"textsEdit"_s);
    edit->clear();
    for (int i = 0; i < texts.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        // QTest types ASCII only; the rest is pasted.
        const QString &text = texts.at(i);
        if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; }))
            QTest::keyClicks(edit, text);
        else
            edit->insertPlainText(text);
    }
}

bool TestEmbeddingsView::embedAndWait(EmbeddingsView &view)
{
    QSignalSpy finished(&view, &EmbeddingsView::finished);
    auto *button = view.findChild<QPushButton *>(u"embedButton"_s);
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return finished.wait(20000) || finished.size() == 1;
}

QTableWidget *TestEmbeddingsView::heatMap(EmbeddingsView &view, const QString &modelId)
{
    auto *panel = view.findChild<QWidget *>(u"embeddingResult_"_s + modelId);
    return panel ? panel->findChild<QTableWidget *>(u"heatMap"_s) : nullptr;
}

void TestEmbeddingsView::offersEveryEmbeddingModel()
{
    EmbeddingsView view(*m_loop.client, m_loop.catalog, kToday);
    QCOMPARE(view.modelIds(), (QStringList{kSmall, kLarge}));
    QCOMPARE(view.checkedModelIds(), (QStringList{kSmall, kLarge}));
    auto *small = view.findChild<QCheckBox *>(u"modelCheck_"_s + kSmall);
    QVERIFY(small->text().contains(u"384"_s));
    QVERIFY(small->text().contains(u"retired"_s)); // retired on 2026-10-21
    QVERIFY(view.findChild<QCheckBox *>(u"modelCheck_"_s + kLarge)->text().contains(u"1024"_s));
    QCOMPARE(view.findChild<QComboBox *>(u"location_"_s + kSmall)->currentText(),
             m_loop.catalog.find(kSmall)->defaultLocation());
    auto *edit = view.findChild<QPlainTextEdit *>(u"textsEdit"_s);
    QVERIFY(edit->placeholderText().contains(u"query: "_s));
    QVERIFY(edit->placeholderText().contains(u"passage: "_s));
    QVERIFY(!edit->accessibleName().isEmpty());
}

void TestEmbeddingsView::embedButtonNeedsTwoTextsAndAModel()
{
    EmbeddingsView view(*m_loop.client, m_loop.catalog, kToday);
    auto *button = view.findChild<QPushButton *>(u"embedButton"_s);
    QVERIFY(!button->isEnabled());
    typeTexts(view, {u"query: one"_s});
    QVERIFY(!button->isEnabled());
    typeTexts(view, {u"query: one"_s, u""_s, u"  passage: two  "_s});
    QVERIFY(button->isEnabled());
    QCOMPARE(view.texts(), (QStringList{u"query: one"_s, u"passage: two"_s}));
    view.setModelChecked(kSmall, false);
    view.setModelChecked(kLarge, false);
    QVERIFY(!button->isEnabled());
    QVERIFY(!view.findChild<QLabel *>(u"embedStatus"_s)->text().isEmpty());
}

void TestEmbeddingsView::heatMapsShowTheCosinesOfTheVectors()
{
    EmbeddingsView view(*m_loop.client, m_loop.catalog, kToday);
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    typeTexts(view, m_texts);
    QCOMPARE(view.texts(), m_texts);
    QVERIFY(embedAndWait(view));
    QVERIFY(!view.isRunning());

    QList<QList<int>> nearest;
    for (const auto &[id, dims] : {std::pair{kSmall, 384}, std::pair{kLarge, 1024}}) {
        const QList<QList<float>> vectors = embedDirectly(id, m_texts);
        QCOMPARE(vectors.size(), 4);
        QCOMPARE(vectors.first().size(), dims);
        auto *panel = view.findChild<QWidget *>(u"embeddingResult_"_s + id);
        QVERIFY(panel);
        QVERIFY2(panel->findChild<QLabel *>(u"dimensionsLabel"_s)->text().contains(QString::number(dims)),
                 qPrintable(panel->findChild<QLabel *>(u"dimensionsLabel"_s)->text()));
        QVERIFY(!panel->findChild<QLabel *>(u"embedError"_s)->isVisible());
        QTableWidget *table = heatMap(view, id);
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->columnCount(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(table->item(i, i)->text(), u"1.00"_s);
            for (int j = 0; j < 4; ++j) {
                const double expected = cosineSimilarity(vectors.at(i), vectors.at(j));
                QTableWidgetItem *item = table->item(i, j);
                QCOMPARE(item->data(Qt::UserRole).toDouble(), expected);
                QCOMPARE(item->text(), EmbeddingsView::formatSimilarity(expected));
                QCOMPARE(item->text(), QString::number(expected, 'f', 2).replace(u"-0.00"_s, u"0.00"_s));
                QVERIFY(item->data(Qt::AccessibleTextRole).toString().contains(item->text()));
                QCOMPARE(table->item(j, i)->text(), item->text()); // symmetric
            }
        }
        QVERIFY(table->item(0, 1)->background().color() != table->item(0, 0)->background().color());
        nearest.append(nearestNeighbours(similarityMatrix(vectors)));
    }

    // The ranking comparison: each text's nearest neighbour per model, disagreements marked.
    auto *neighbours = view.findChild<QTableWidget *>(u"neighbourTable"_s);
    QCOMPARE(neighbours->rowCount(), 4);
    QCOMPARE(neighbours->columnCount(), 4); // text, small, large, agreement
    int disagreements = 0;
    for (int t = 0; t < 4; ++t) {
        QVERIFY(neighbours->item(t, 0)->text().startsWith(u"%1. "_s.arg(t + 1)));
        for (int m = 0; m < 2; ++m) {
            QCOMPARE(neighbours->item(t, m + 1)->data(Qt::UserRole).toInt(), nearest.at(m).at(t));
            QVERIFY(neighbours->item(t, m + 1)->text().startsWith(u"→ %1 ("_s.arg(nearest.at(m).at(t) + 1)));
        }
        const bool differ = nearest.at(0).at(t) != nearest.at(1).at(t);
        disagreements += differ;
        QTableWidgetItem *mark = neighbours->item(t, 3);
        QCOMPARE(mark->data(Qt::UserRole).toBool(), differ);
        QCOMPARE(mark->text(), differ ? u"≠ differ"_s : u"✓ agree"_s);
        QCOMPARE(mark->font().bold(), differ);
    }
    const QString summary = view.findChild<QLabel *>(u"agreementSummary"_s)->text();
    QVERIFY2(disagreements == 0 ? summary.contains(u"agree on"_s) : summary.contains(QString::number(disagreements)),
             qPrintable(summary));
}

void TestEmbeddingsView::aFailingModelShowsItsErrorInline()
{
    EmbeddingsView view(*m_loop.client, m_loop.catalog, kToday);
    view.setTexts(m_texts);
    view.setLocation(kLarge, u"asia-south1"_s); // not served there
    QVERIFY(embedAndWait(view));

    auto *largePanel = view.findChild<QWidget *>(u"embeddingResult_"_s + kLarge);
    auto *error = largePanel->findChild<QLabel *>(u"embedError"_s);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"asia-south1"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"What to do:"_s), qPrintable(error->text()));
    QVERIFY(heatMap(view, kLarge)->isHidden());

    QVERIFY(heatMap(view, kSmall)->isVisibleTo(&view));
    QCOMPARE(heatMap(view, kSmall)->rowCount(), 4);
    // Only one model answered: its neighbours are listed, with nothing to disagree with.
    auto *neighbours = view.findChild<QTableWidget *>(u"neighbourTable"_s);
    QCOMPARE(neighbours->columnCount(), 3);
    QCOMPARE(neighbours->item(0, 2)->text(), u"—"_s);
    QVERIFY(view.findChild<QLabel *>(u"embedStatus"_s)->text().contains(u"failed"_s));

    // Fixed and run again: both answer, the error is gone.
    view.setLocation(kLarge, u"us-central1"_s);
    QVERIFY(embedAndWait(view));
    largePanel = view.findChild<QWidget *>(u"embeddingResult_"_s + kLarge);
    QVERIFY(largePanel->findChild<QLabel *>(u"embedError"_s)->isHidden());
    QCOMPARE(heatMap(view, kLarge)->rowCount(), 4);
}

void TestEmbeddingsView::viewMenuOpensANonModalDialog()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"s.ini"_s));
    MainWindow window(settings, m_loop.catalog, *m_loop.client, u"Offline demo"_s, true, kToday);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"embeddingsAction"_s);
    QVERIFY(action);
    action->trigger();
    QPointer<QDialog> dialog = window.findChild<QDialog *>(u"embeddingsDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    auto *view = dialog->findChild<EmbeddingsView *>();
    QVERIFY(view);
    view->setTexts(m_texts);
    QVERIFY(embedAndWait(*view));
    QCOMPARE(heatMap(*view, kSmall)->rowCount(), 4);
    dialog->close();
    QTRY_VERIFY(dialog.isNull()); // deleted on close
}

void TestEmbeddingsView::screenshots()
{
    // Look at these: only a picture shows clipped tables or unreadable colours.
    const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(u"screenshots"_s);
    QVERIFY(QDir().mkpath(dir));
    const QStringList texts{u"query: how do I rotate a service account key?"_s,
                            u"passage: Service account keys are rotated from the IAM page of the console."_s,
                            u"query: quelle heure est-il à Paris ?"_s,
                            u"passage: Paris is in the Central European time zone (CET, UTC+1)."_s,
                            u"query: best pizza near the office"_s,
                            u"passage: Rotate keys every 90 days and delete the old ones."_s};
    for (const bool dark : {false, true}) {
        EmbeddingsView view(*m_loop.client, m_loop.catalog, kToday);
        if (dark)
            view.setPalette(darkPalette());
        view.resize(1100, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTexts(texts);
        QVERIFY(embedAndWait(view));
        const QString path = dir + (dark ? u"/embeddingsview-dark.png"_s : u"/embeddingsview-light.png"_s);
        QVERIFY(view.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
}

QTEST_MAIN(TestEmbeddingsView)
#include "tst_embeddingsview.moc"
