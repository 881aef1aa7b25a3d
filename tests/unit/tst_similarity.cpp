// Cosine similarity, neighbour rankings and agreement between models: exact values, data-driven.
#include "embeddings/similarity.h"

#include <QTest>

#include <cmath>

using namespace maas;

class TestSimilarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cosine_data();
    void cosine();
    void matrixIsSymmetricWithUnitDiagonal();
    void ranking_data();
    void ranking();
    void nearest();
    void compare_data();
    void compare();
    void rate();
};

using Vector = QList<float>;

void TestSimilarity::cosine_data()
{
    QTest::addColumn<Vector>("a");
    QTest::addColumn<Vector>("b");
    QTest::addColumn<double>("expected");

    QTest::newRow("identical") << Vector{1, 2, 3} << Vector{1, 2, 3} << 1.0;
    QTest::newRow("scaled") << Vector{1, 2, 3} << Vector{2, 4, 6} << 1.0;
    QTest::newRow("orthogonal") << Vector{1, 0} << Vector{0, 1} << 0.0;
    QTest::newRow("opposite") << Vector{1, -2} << Vector{-1, 2} << -1.0;
    QTest::newRow("general") << Vector{1, 2, 3} << Vector{4, 5, 6} << 32.0 / (std::sqrt(14.0) * std::sqrt(77.0));
    QTest::newRow("45 degrees") << Vector{1, 0} << Vector{1, 1} << 1.0 / std::sqrt(2.0);
    QTest::newRow("zero vector") << Vector{0, 0} << Vector{1, 1} << 0.0;
    QTest::newRow("sizes differ") << Vector{1, 2} << Vector{1, 2, 3} << 0.0;
    QTest::newRow("both empty") << Vector{} << Vector{} << 0.0;
}

void TestSimilarity::cosine()
{
    QFETCH(Vector, a);
    QFETCH(Vector, b);
    QFETCH(double, expected);
    QCOMPARE(cosineSimilarity(a, b), expected);
    QCOMPARE(cosineSimilarity(b, a), expected);
}

void TestSimilarity::matrixIsSymmetricWithUnitDiagonal()
{
    const QList<Vector> vectors{{1, 0, 0}, {1, 1, 0}, {0, 0, 1}, {-1, 0, 0}};
    const SimilarityMatrix m = similarityMatrix(vectors);
    QCOMPARE(m.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(m.at(i).size(), 4);
        QCOMPARE(m.at(i).at(i), 1.0);
        for (int j = 0; j < 4; ++j)
            QCOMPARE(m.at(i).at(j), m.at(j).at(i));
    }
    QCOMPARE(m.at(0).at(1), 1.0 / std::sqrt(2.0));
    QCOMPARE(m.at(0).at(2), 0.0);
    QCOMPARE(m.at(0).at(3), -1.0);
    QVERIFY(similarityMatrix({}).isEmpty());
}

void TestSimilarity::ranking_data()
{
    QTest::addColumn<SimilarityMatrix>("matrix");
    QTest::addColumn<int>("row");
    QTest::addColumn<QList<int>>("expected");

    const SimilarityMatrix m{{1.0, 0.2, 0.9, 0.5}, {0.2, 1.0, 0.3, 0.3}, {0.9, 0.3, 1.0, -0.1}, {0.5, 0.3, -0.1, 1.0}};
    QTest::newRow("row 0") << m << 0 << QList<int>{2, 3, 1};
    QTest::newRow("ties keep the lower index first") << m << 1 << QList<int>{2, 3, 0};
    QTest::newRow("negative last") << m << 2 << QList<int>{0, 1, 3};
    QTest::newRow("row 3") << m << 3 << QList<int>{0, 1, 2};
    QTest::newRow("out of range") << m << 4 << QList<int>{};
    QTest::newRow("single text") << SimilarityMatrix{{1.0}} << 0 << QList<int>{};
}

void TestSimilarity::ranking()
{
    QFETCH(SimilarityMatrix, matrix);
    QFETCH(int, row);
    QFETCH(QList<int>, expected);
    QCOMPARE(rankNeighbours(matrix, row), expected);
}

void TestSimilarity::nearest()
{
    const SimilarityMatrix m{{1.0, 0.2, 0.9}, {0.2, 1.0, 0.3}, {0.9, 0.3, 1.0}};
    QCOMPARE(nearestNeighbours(m), (QList<int>{2, 2, 0}));
    QCOMPARE(nearestNeighbours(SimilarityMatrix{{1.0}}), QList<int>{-1});
    QCOMPARE(nearestNeighbours({}), QList<int>{});
}

void TestSimilarity::compare_data()
{
    QTest::addColumn<QList<QList<int>>>("perModel");
    QTest::addColumn<QList<QList<int>>>("expectedNeighbours"); // per text
    QTest::addColumn<QList<bool>>("expectedAgree");

    QTest::newRow("two models agree") << QList<QList<int>>{{1, 0, 1}, {1, 0, 1}}
                                      << QList<QList<int>>{{1, 1}, {0, 0}, {1, 1}} << QList<bool>{true, true, true};
    QTest::newRow("one text differs") << QList<QList<int>>{{1, 0, 1, 2}, {1, 0, 3, 2}}
                                      << QList<QList<int>>{{1, 1}, {0, 0}, {1, 3}, {2, 2}}
                                      << QList<bool>{true, true, false, true};
    QTest::newRow("three models, one dissents")
        << QList<QList<int>>{{2, 0, 0}, {2, 2, 0}, {2, 0, 0}} << QList<QList<int>>{{2, 2, 2}, {0, 2, 0}, {0, 0, 0}}
        << QList<bool>{true, false, true};
    QTest::newRow("a model without neighbours does not disagree")
        << QList<QList<int>>{{1, 0}, {-1, -1}} << QList<QList<int>>{{1, -1}, {0, -1}} << QList<bool>{true, true};
    QTest::newRow("ragged: missing texts are -1")
        << QList<QList<int>>{{1, 0, 0}, {1, 0}} << QList<QList<int>>{{1, 1}, {0, 0}, {0, -1}}
        << QList<bool>{true, true, true};
    QTest::newRow("one model") << QList<QList<int>>{{1, 0}} << QList<QList<int>>{{1}, {0}} << QList<bool>{true, true};
    QTest::newRow("no models") << QList<QList<int>>{} << QList<QList<int>>{} << QList<bool>{};
}

void TestSimilarity::compare()
{
    QFETCH(QList<QList<int>>, perModel);
    QFETCH(QList<QList<int>>, expectedNeighbours);
    QFETCH(QList<bool>, expectedAgree);
    const QList<NeighbourComparison> result = compareNeighbours(perModel);
    QCOMPARE(result.size(), expectedNeighbours.size());
    for (int t = 0; t < result.size(); ++t) {
        QCOMPARE(result.at(t).text, t);
        QCOMPARE(result.at(t).neighbours, expectedNeighbours.at(t));
        QCOMPARE(result.at(t).agree, expectedAgree.at(t));
    }
}

void TestSimilarity::rate()
{
    QCOMPARE(agreementRate({}), 1.0);
    QCOMPARE(agreementRate(compareNeighbours({{1, 0, 1, 2}, {1, 0, 3, 2}})), 0.75);
    QCOMPARE(agreementRate(compareNeighbours({{1, 0}, {0, 1}})), 0.0);
}

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
