#include "catalog/jsonlocator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestJsonLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesOfNestedPaths();
    void unknownPathFallsBackToParent();
    void lineAndColumnCountCharacters();
};

void TestJsonLocator::linesOfNestedPaths()
{
    const QByteArray json = "{\n"                                      // 1
                            "  \"schema\": 1,\n"                       // 2
                            "  \"models\": [\n"                        // 3
                            "    {\"id\": \"a\", \"x\": \"}\\\"\"},\n" // 4: braces and quotes inside strings
                            "    {\n"                                  // 5
                            "      \"id\": \"b\",\n"                   // 6
                            "      \"regions\": [\"r1\",\n"            // 7
                            "                  \"r2\"],\n"             // 8
                            "      \"lifecycle\": {\"ga\": null}\n"    // 9
                            "    }\n"
                            "  ]\n"
                            "}\n";
    const JsonLocator locator(json);
    QCOMPARE(locator.lineOf(u"schema"_s), 2);
    QCOMPARE(locator.lineOf(u"models"_s), 3);
    QCOMPARE(locator.lineOf(u"models[0]"_s), 4);
    QCOMPARE(locator.lineOf(u"models[0].x"_s), 4);
    QCOMPARE(locator.lineOf(u"models[1]"_s), 5);
    QCOMPARE(locator.lineOf(u"models[1].id"_s), 6);
    QCOMPARE(locator.lineOf(u"models[1].regions[1]"_s), 8);
    QCOMPARE(locator.lineOf(u"models[1].lifecycle.ga"_s), 9);
}

void TestJsonLocator::unknownPathFallsBackToParent()
{
    const JsonLocator locator("{\n \"models\": [\n  {\n   \"id\": 1\n  }\n ]\n}");
    QCOMPARE(locator.lineOf(u"models[0].name"_s), 3); // missing field: the object's line
    QCOMPARE(locator.lineOf(u"models[4]"_s), 2);
    QCOMPARE(locator.lineOf(u"nothing"_s), 1);
    QCOMPARE(JsonLocator(QByteArray()).lineOf(u"x"_s), 1);
}

void TestJsonLocator::lineAndColumnCountCharacters()
{
    const QByteArray json = "{\n  \"é\": 1,\n  x}";
    QCOMPARE(JsonLocator::lineAndColumn(json, 0), std::make_pair(1, 1));
    QCOMPARE(JsonLocator::lineAndColumn(json, json.indexOf('1')), std::make_pair(2, 8));
    QCOMPARE(JsonLocator::lineAndColumn(json, json.indexOf('x')), std::make_pair(3, 3));
    QCOMPARE(JsonLocator::lineAndColumn(json, 10000), std::make_pair(3, 5));
}

QTEST_GUILESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
