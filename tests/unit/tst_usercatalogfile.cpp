// UserCatalogFile: one entry changes, everything else in the user's file stays, and a file that is
// not a catalog is reported and never overwritten.
#include "catalog/modelcatalog.h"
#include "catalog/usercatalogfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

QJsonObject endpointEntry(const QString &id)
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, u"Local %1"_s.arg(id)},
                       {u"publisher"_s, u"custom"_s},
                       {u"family"_s, u"openai-chat"_s},
                       {u"requestId"_s, u"llama3.1:8b"_s},
                       {u"modalities"_s, QJsonArray{u"text"_s}},
                       {u"description"_s, u"Mine."_s},
                       {u"launchStage"_s, u"GA"_s},
                       {u"regions"_s, QJsonArray()},
                       {u"global"_s, false},
                       {u"lifecycle"_s, QJsonObject()},
                       {u"endpoint"_s, u"http://127.0.0.1:8000/v1"_s}};
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestUserCatalogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheFileAndItsFolder();
    void changesOneEntryAndKeepsTheRest();
    void refusesDuplicateIdsAndMissingEntries();
    void neverOverwritesWhatItCannotRead_data();
    void neverOverwritesWhatItCannotRead();
    void validateNamesTheField();
    void toJsonRoundTripsThroughTheLoader();

private:
    QTemporaryDir m_dir;
};

void TestUserCatalogFile::createsTheFileAndItsFolder()
{
    const QString path = m_dir.filePath(u"new/folder/catalog.json"_s);
    UserCatalogFile file(path);
    QCOMPARE(file.upsert(endpointEntry(u"a"_s)), QString());
    ModelCatalog catalog;
    catalog.addFile(path, true);
    QVERIFY(catalog.issues().isEmpty());
    QCOMPARE(catalog.models().size(), 1);
    QVERIFY(catalog.models().at(0).custom);
    QCOMPARE(file.entry(u"a"_s).value("requestId"_L1).toString(), u"llama3.1:8b"_s);
}

void TestUserCatalogFile::changesOneEntryAndKeepsTheRest()
{
    const QString path = m_dir.filePath(u"keep.json"_s);
    QJsonObject handWritten = endpointEntry(u"hand"_s);
    handWritten.insert("myNote"_L1, u"unknown fields stay"_s);
    const QJsonObject root{{u"schema"_s, 1},
                           {u"comment"_s, u"my models"_s},
                           {u"models"_s, QJsonArray{handWritten, endpointEntry(u"b"_s)}}};
    write(path, QJsonDocument(root).toJson());

    UserCatalogFile file(path);
    QJsonObject renamed = endpointEntry(u"b2"_s);
    QCOMPARE(file.upsert(renamed, u"b"_s), QString()); // edit, with a new id
    QCOMPARE(file.upsert(endpointEntry(u"c"_s)), QString());
    const QJsonObject after = QJsonDocument::fromJson(read(path)).object();
    QCOMPARE(after.value("comment"_L1).toString(), u"my models"_s);
    const QJsonArray models = after.value("models"_L1).toArray();
    QCOMPARE(models.size(), 3);
    QCOMPARE(models.at(0).toObject(), handWritten);
    QCOMPARE(models.at(1).toObject().value("id"_L1).toString(), u"b2"_s);
    QCOMPARE(models.at(2).toObject().value("id"_L1).toString(), u"c"_s);

    QCOMPARE(file.remove(u"b2"_s), QString());
    QCOMPARE(QJsonDocument::fromJson(read(path)).object().value("models"_L1).toArray().size(), 2);
}

void TestUserCatalogFile::refusesDuplicateIdsAndMissingEntries()
{
    const QString path = m_dir.filePath(u"dup.json"_s);
    UserCatalogFile file(path);
    QCOMPARE(file.upsert(endpointEntry(u"x"_s)), QString());
    QCOMPARE(file.upsert(endpointEntry(u"y"_s)), QString());
    const QByteArray before = read(path);
    const QString error = file.upsert(endpointEntry(u"y"_s), u"x"_s); // renaming x onto y
    QVERIFY2(error.contains(u"already has a model with the id \"y\""_s), qPrintable(error));
    QCOMPARE(read(path), before);
    QVERIFY(file.remove(u"nope"_s).contains(u"no model with the id \"nope\""_s));
    QVERIFY(file.entry(u"nope"_s).isEmpty());
}

void TestUserCatalogFile::neverOverwritesWhatItCannotRead_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing comma") << QByteArray("{\n  \"models\": [\n    {\"id\": \"a\",}\n  ]\n}\n") << u":3:"_s;
    QTest::newRow("array root") << QByteArray("[1, 2]") << u"is not a catalog"_s;
    QTest::newRow("models not an array") << QByteArray(R"({"models": {"id": "a"}})") << u"is not a catalog"_s;
}

void TestUserCatalogFile::neverOverwritesWhatItCannotRead()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(u"broken.json"_s);
    write(path, content);
    UserCatalogFile file(path);
    const QString error = file.upsert(endpointEntry(u"a"_s));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!file.remove(u"a"_s).isEmpty());
    QCOMPARE(read(path), content);
}

void TestUserCatalogFile::validateNamesTheField()
{
    QVERIFY(UserCatalogFile::validate(endpointEntry(u"ok"_s)).isEmpty());
    QJsonObject bad = endpointEntry(u"ok"_s);
    bad.insert("endpoint"_L1, u"http://llm.example.com/v1"_s);
    bad.insert("family"_L1, u"smoke-signals"_s);
    const QStringList problems = UserCatalogFile::validate(bad);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).startsWith(u"family: unknown wire family"_s), qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.at(1).startsWith(u"endpoint: "_s), qPrintable(problems.join(u'\n')));
}

void TestUserCatalogFile::toJsonRoundTripsThroughTheLoader()
{
    const ModelCatalog shipped = ModelCatalog::load(QString());
    for (const ModelInfo &m : shipped.models()) {
        QJsonObject entry = UserCatalogFile::toJson(m);
        QVERIFY2(UserCatalogFile::validate(entry).isEmpty(), qPrintable(m.id));
        ModelCatalog again;
        again.addJson(QJsonDocument(QJsonObject{{u"models"_s, QJsonArray{entry}}}).toJson(), u"x.json"_s, true);
        QCOMPARE(again.models().size(), 1);
        const ModelInfo &r = again.models().at(0);
        QCOMPARE(r.requestId, m.requestId);
        QCOMPARE(r.family, m.family);
        QCOMPARE(r.modalities, m.modalities);
        QCOMPARE(r.locations(), m.locations());
        QCOMPARE(r.thinkingMode, m.thinkingMode);
        QCOMPARE(r.thinkingFormat, m.thinkingFormat);
        QCOMPARE(r.lifecycle.retired, m.lifecycle.retired);
        QCOMPARE(r.pricing.has_value(), m.pricing.has_value());
        QCOMPARE(r.embeddingDimensions, m.embeddingDimensions);
    }
}

QTEST_GUILESS_MAIN(TestUserCatalogFile)
#include "tst_usercatalogfile.moc"
