#include "catalogmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestCatalogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesTheModelTester();
    void groupsModelsUnderPublishers();
    void marksRetiredModels();
    void searchMatchesAnyFieldAndKeepsParents();
    void filterByWordsNeedsAndLocation();
    void favouritesAndMarksKeepTheModelSound();

private:
    ModelCatalog m_catalog;
};

void TestCatalogModel::initTestCase()
{
    m_catalog = ModelCatalog::load(QString());
    QVERIFY(m_catalog.issues().isEmpty());
}

void TestCatalogModel::passesTheModelTester()
{
    CatalogModel model(m_catalog, QDate(2026, 11, 27));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterRole(CatalogModel::SearchTextRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(u"llama"_s);
    proxy.setFilterFixedString(QString());
}

void TestCatalogModel::groupsModelsUnderPublishers()
{
    CatalogModel model(m_catalog, QDate(2026, 11, 27));
    QCOMPARE(model.rowCount(), m_catalog.publishers().size());
    int total = 0;
    for (int p = 0; p < model.rowCount(); ++p) {
        const QModelIndex publisher = model.index(p, 0);
        QVERIFY(model.data(publisher, CatalogModel::ModelIdRole).toString().isEmpty());
        QVERIFY(!(model.flags(publisher) & Qt::ItemIsSelectable));
        for (int r = 0; r < model.rowCount(publisher); ++r) {
            const QModelIndex child = model.index(r, 0, publisher);
            const ModelInfo *info = model.modelAt(child);
            QVERIFY(info);
            QCOMPARE(info->publisher, m_catalog.publishers().at(p));
            QCOMPARE(model.indexOf(info->id), child);
            ++total;
        }
    }
    QCOMPARE(total, m_catalog.models().size());
    QCOMPARE(model.data(model.index(0, 0)).toString(), u"Anthropic (12)"_s);
}

void TestCatalogModel::marksRetiredModels()
{
    const QModelIndex before = CatalogModel(m_catalog, QDate(2026, 7, 4)).indexOf(u"claude-3-5-haiku"_s);
    CatalogModel early(m_catalog, QDate(2026, 7, 4));
    CatalogModel late(m_catalog, QDate(2026, 7, 5));
    const QModelIndex e = early.indexOf(u"claude-3-5-haiku"_s);
    const QModelIndex l = late.indexOf(u"claude-3-5-haiku"_s);
    QVERIFY(before.isValid() && e.isValid() && l.isValid());
    QCOMPARE(early.data(e).toString(), u"Claude 3.5 Haiku — deprecated"_s);
    QCOMPARE(late.data(l).toString(), u"Claude 3.5 Haiku — retired"_s);
    QCOMPARE(late.data(l, CatalogModel::LifecycleStageRole).toInt(), int(LifecycleStage::Retired));
    QVERIFY(late.data(l, Qt::FontRole).value<QFont>().italic());
}

void TestCatalogModel::searchMatchesAnyFieldAndKeepsParents()
{
    CatalogModel model(m_catalog, QDate(2026, 11, 27));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setAutoAcceptChildRows(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterRole(CatalogModel::SearchTextRole);

    proxy.setFilterFixedString(u"maverick"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data(CatalogModel::ModelIdRole).toString(), u"llama-4-maverick"_s);

    proxy.setFilterFixedString(u"europe-west4"_s); // by region
    QStringList ids;
    for (int p = 0; p < proxy.rowCount(); ++p)
        for (int r = 0; r < proxy.rowCount(proxy.index(p, 0)); ++r)
            ids << proxy.index(r, 0, proxy.index(p, 0)).data(CatalogModel::ModelIdRole).toString();
    QVERIFY(ids.contains(u"mistral-medium-3"_s));
    QVERIFY(ids.contains(u"multilingual-e5-small"_s));
    QVERIFY(!ids.contains(u"claude-opus-4-1"_s));

    proxy.setFilterFixedString(u"mistral ai"_s); // a publisher shows all its models
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), model.rowCount(model.index(1, 0)));
}

namespace {
QStringList visibleIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int p = 0; p < proxy.rowCount(); ++p)
        for (int r = 0; r < proxy.rowCount(proxy.index(p, 0)); ++r)
            ids << proxy.index(r, 0, proxy.index(p, 0)).data(CatalogModel::ModelIdRole).toString();
    return ids;
}
} // namespace

void TestCatalogModel::filterByWordsNeedsAndLocation()
{
    CatalogModel model(m_catalog, QDate(2026, 11, 27));
    CatalogFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    filter.setSearch(u"  Claude   OPUS "_s); // every word, any order, any case
    QCOMPARE(visibleIds(filter),
             (QStringList{u"claude-opus-4-6"_s, u"claude-opus-4-5"_s, u"claude-opus-4-1"_s, u"claude-opus-4"_s}));
    filter.setSearch(QString());
    QCOMPARE(visibleIds(filter).size(), m_catalog.models().size());

    filter.setNeeds(CatalogFilter::Need::Thinking);
    QStringList ids = visibleIds(filter);
    QVERIFY(ids.contains(u"deepseek-r1-0528"_s) && ids.contains(u"claude-sonnet-4-5"_s));
    QVERIFY(!ids.contains(u"llama-4-maverick"_s) && !ids.contains(u"mistral-medium-3"_s));

    filter.setNeeds(CatalogFilter::Need::Vision | CatalogFilter::Need::NotRetired);
    ids = visibleIds(filter);
    QVERIFY(ids.contains(u"llama-4-maverick"_s));
    QVERIFY(!ids.contains(u"gpt-oss-120b"_s));
    QVERIFY(!ids.contains(u"claude-3-7-sonnet"_s)); // vision, but retired

    filter.setNeeds(CatalogFilter::Need::Embeddings);
    QCOMPARE(visibleIds(filter), (QStringList{u"multilingual-e5-small"_s, u"multilingual-e5-large"_s}));

    filter.setNeeds(CatalogFilter::Need::Global);
    ids = visibleIds(filter);
    QVERIFY(ids.contains(u"claude-sonnet-4-5"_s) && !ids.contains(u"mistral-medium-3"_s));

    filter.setNeeds({});
    filter.setLocation(u"europe-west4"_s);
    ids = visibleIds(filter);
    QVERIFY(ids.contains(u"mistral-medium-3"_s) && !ids.contains(u"claude-opus-4-1"_s));
    filter.setSearch(u"nothing-matches-this"_s);
    QCOMPARE(filter.rowCount(), 0); // no empty publisher headings either
}

void TestCatalogModel::favouritesAndMarksKeepTheModelSound()
{
    ModelCatalog catalog = ModelCatalog::load(QString());
    CatalogModel model(catalog, QDate(2026, 11, 27));
    CatalogFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setFavourites({u"mistral-medium-3"_s, u"unknown"_s, u"claude-opus-4"_s});
    QCOMPARE(model.rowCount(), catalog.publishers().size() + 1);
    const QModelIndex group = model.index(0, 0);
    QCOMPARE(model.rowCount(group), 2); // the unknown id is skipped
    QCOMPARE(model.index(1, 0, group).data(CatalogModel::ModelIdRole).toString(), u"claude-opus-4"_s);
    QVERIFY(!(model.flags(group) & Qt::ItemIsDragEnabled));
    QVERIFY(model.flags(model.index(0, 0, group)) & Qt::ItemIsDragEnabled);
    filter.setSearch(u"opus"_s); // the favourites group shows while one of its rows matches
    QCOMPARE(filter.index(0, 0).data(CatalogModel::FavouritesGroupRole).toBool(), true);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
    filter.setSearch(QString());

    GardenMark listed;
    listed.status = GardenStatus::Listed;
    GardenMark gone;
    gone.status = GardenStatus::NotListed;
    model.setGardenMarks({{u"claude-opus-4"_s, listed}, {u"mistral-medium-3"_s, gone}});
    const QModelIndex mistral = model.indexOf(u"mistral-medium-3"_s);
    QCOMPARE(model.data(mistral).toString(), u"★ Mistral Medium 3 — not listed"_s);
    QCOMPARE(model.data(model.index(0, 0, model.index(0, 0))).toString(), u"★ Mistral Medium 3 — not listed"_s);

    // A reload that changes the catalog under the model keeps it consistent.
    model.reload([&catalog] { catalog = ModelCatalog(); });
    QCOMPARE(model.rowCount(), 0);
    model.reload([&catalog] { catalog = ModelCatalog::load(QString()); });
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    model.setFavourites({});
    QCOMPARE(model.rowCount(), catalog.publishers().size());
}

QTEST_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
