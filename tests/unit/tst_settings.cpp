#include "settings/settings.h"

#include <QFile>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace maas;
using K = Settings::Key;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keyTableIsComplete();
    void defaultsOnAFreshFile();
    void roundTripThroughTheFile();
    void changedFiresOncePerRealChange();
    void invalidValuesAreRefused();
    void corruptValuesInTheFileFallBackToDefaults();
    void migratesVersion0();
    void migratesVersion1TimeoutFromMilliseconds();
    void newerVersionIsLeftAlone();
    void resetRestoresTheDefault();

private:
    QString writeIni(const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestSettings::writeIni(const QByteArray &content)
{
    const QString path = m_dir->filePath(u"settings.ini"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void TestSettings::keyTableIsComplete()
{
    const QMetaEnum keys = QMetaEnum::fromType<K>();
    QSet<QString> names;
    for (int i = 0; i < keys.keyCount(); ++i) {
        const auto key = static_cast<K>(keys.value(i));
        const QString name = Settings::keyName(key);
        QVERIFY2(!name.isEmpty(), keys.key(i));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QVERIFY2(Settings::defaultValue(key).isValid(), keys.key(i));
    }
    QCOMPARE(names.size(), keys.keyCount());
}

void TestSettings::defaultsOnAFreshFile()
{
    Settings settings(m_dir->filePath(u"new.ini"_s));
    QCOMPARE(settings.version(), Settings::kCurrentVersion);
    QCOMPARE(settings.projectId(), QString());
    QCOMPARE(settings.region(), u"global"_s);
    QCOMPARE(settings.credentialSource(), Settings::CredentialSource::GcloudCli);
    QCOMPARE(settings.requestTimeoutSeconds(), 600);
    QCOMPARE(settings.retryCount(), 2);
    QCOMPARE(settings.paneLayout(), Settings::PaneLayout::SideBySide);
    QCOMPARE(settings.get<QStringList>(K::PaneModels).size(), 2);
    QCOMPARE(settings.quotaProject(), QString());
    QCOMPARE(settings.requestType(), Settings::RequestType::Automatic);
    QVERIFY(!settings.pastedTokenTime().isValid());
}

void TestSettings::roundTripThroughTheFile()
{
    const QString path = m_dir->filePath(u"rt.ini"_s);
    {
        Settings settings(path);
        QVERIFY(settings.setValue(K::ProjectId, u"  my-project-42 "_s));
        QVERIFY(settings.setValue(K::Region, u"us-east5"_s));
        QVERIFY(settings.setValue(K::EndpointOverride, u"http://127.0.0.1:8080/v1"_s));
        QVERIFY(settings.setValue(K::CredentialSource, u"ServiceAccountKey"_s));
        QVERIFY(settings.setValue(K::RequestTimeoutSeconds, 120));
        QVERIFY(settings.setValue(K::RetryCount, u"4"_s)); // converted to int
        QVERIFY(settings.setValue(K::PaneLayout, u"Stacked"_s));
        QVERIFY(settings.setValue(K::PaneModels, QStringList{u"claude-opus-4-1"_s, u"gpt-oss-120b"_s}));
        QVERIFY(settings.setValue(K::UserPrompt, u"Line 1\nLine 2 with = and ; and é"_s));
        QVERIFY(settings.setValue(K::QuotaProject, u"billing-project"_s));
        QVERIFY(settings.setValue(K::RequestType, u"Provisioned"_s));
        QVERIFY(settings.setValue(K::PastedTokenTime, u"2026-11-27T09:15:00Z"_s));
    }
    Settings again(path);
    QCOMPARE(again.projectId(), u"my-project-42"_s);
    QCOMPARE(again.region(), u"us-east5"_s);
    QCOMPARE(again.endpointOverride(), u"http://127.0.0.1:8080/v1"_s);
    QCOMPARE(again.credentialSource(), Settings::CredentialSource::ServiceAccountKey);
    QCOMPARE(again.requestTimeoutSeconds(), 120);
    QCOMPARE(again.retryCount(), 4);
    QCOMPARE(again.paneLayout(), Settings::PaneLayout::Stacked);
    QCOMPARE(again.get<QStringList>(K::PaneModels), (QStringList{u"claude-opus-4-1"_s, u"gpt-oss-120b"_s}));
    QCOMPARE(again.get<QString>(K::UserPrompt), u"Line 1\nLine 2 with = and ; and é"_s);
    QCOMPARE(again.quotaProject(), u"billing-project"_s);
    QCOMPARE(again.requestType(), Settings::RequestType::Provisioned);
    QCOMPARE(again.pastedTokenTime(), QDateTime(QDate(2026, 11, 27), QTime(9, 15), QTimeZone::UTC));
}

void TestSettings::changedFiresOncePerRealChange()
{
    Settings settings(m_dir->filePath(u"signal.ini"_s));
    QSignalSpy spy(&settings, &Settings::changed);
    QVERIFY(settings.setValue(K::Region, u"europe-west4"_s));
    QVERIFY(settings.setValue(K::Region, u"europe-west4"_s)); // same value: no signal
    QVERIFY(settings.setValue(K::RetryCount, 3));
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(0).at(0).value<K>(), K::Region);
    QCOMPARE(spy.at(1).at(0).value<K>(), K::RetryCount);
}

void TestSettings::invalidValuesAreRefused()
{
    Settings settings(m_dir->filePath(u"invalid.ini"_s));
    QSignalSpy spy(&settings, &Settings::changed);
    QVERIFY(!settings.setValue(K::RetryCount, 11));
    QVERIFY(!settings.setValue(K::RetryCount, u"many"_s));
    QVERIFY(!settings.setValue(K::RequestTimeoutSeconds, 1));
    QVERIFY(!settings.setValue(K::PaneLayout, u"Diagonal"_s));
    QVERIFY(!settings.setValue(K::CredentialSource, u"ApiKey"_s));
    QVERIFY(!settings.setValue(K::ProjectId, QVariant()));
    QVERIFY(!settings.setValue(K::RequestType, u"Dedicated"_s));
    QVERIFY(!settings.setValue(K::PastedTokenTime, u"yesterday"_s));
    QCOMPARE(spy.size(), 0);
    QCOMPARE(settings.requestType(), Settings::RequestType::Automatic);
    QVERIFY(!settings.pastedTokenTime().isValid());
    QCOMPARE(settings.retryCount(), 2);
    QCOMPARE(settings.paneLayout(), Settings::PaneLayout::SideBySide);
}

void TestSettings::corruptValuesInTheFileFallBackToDefaults()
{
    const QString path = writeIni("[meta]\nversion=2\n[network]\nretryCount=banana\nrequestTimeoutSeconds=99999\n"
                                  "[ui]\npaneLayout=Sideways\n[vertex]\nregion=us-central1\n");
    Settings settings(path);
    QCOMPARE(settings.retryCount(), 2);
    QCOMPARE(settings.requestTimeoutSeconds(), 600);
    QCOMPARE(settings.paneLayout(), Settings::PaneLayout::SideBySide);
    QCOMPARE(settings.region(), u"us-central1"_s); // the good value next to them survives
}

void TestSettings::migratesVersion0()
{
    const QString path = writeIni("[General]\nproject=legacy-project\nlocation=us-east5\n");
    {
        Settings settings(path);
        QCOMPARE(settings.version(), Settings::kCurrentVersion);
        QCOMPARE(settings.projectId(), u"legacy-project"_s);
        QCOMPARE(settings.region(), u"us-east5"_s);
    }
    QSettings raw(path, QSettings::IniFormat);
    QVERIFY(!raw.contains(u"project"_s));
    QVERIFY(!raw.contains(u"location"_s));
    QCOMPARE(raw.value(u"vertex/projectId"_s).toString(), u"legacy-project"_s);
}

void TestSettings::migratesVersion1TimeoutFromMilliseconds()
{
    const QString path = writeIni("[meta]\nversion=1\n[network]\ntimeoutMs=90500\n[vertex]\nprojectId=p-123456\n");
    Settings settings(path);
    QCOMPARE(settings.version(), 2);
    QCOMPARE(settings.requestTimeoutSeconds(), 91);
    QCOMPARE(settings.projectId(), u"p-123456"_s);
    settings.migrate(); // idempotent
    QCOMPARE(settings.requestTimeoutSeconds(), 91);
}

void TestSettings::newerVersionIsLeftAlone()
{
    const QString path = writeIni("[meta]\nversion=9\n[vertex]\nregion=eu\n[future]\nthing=1\n");
    Settings settings(path);
    QCOMPARE(settings.version(), 9);
    QCOMPARE(settings.region(), u"eu"_s);
    QSettings raw(path, QSettings::IniFormat);
    QCOMPARE(raw.value(u"future/thing"_s).toInt(), 1);
}

void TestSettings::resetRestoresTheDefault()
{
    Settings settings(m_dir->filePath(u"reset.ini"_s));
    QVERIFY(settings.setValue(K::RetryCount, 5));
    QSignalSpy spy(&settings, &Settings::changed);
    settings.reset(K::RetryCount);
    QCOMPARE(settings.retryCount(), 2);
    QCOMPARE(spy.size(), 1);
    settings.reset(K::RetryCount);
    QCOMPARE(spy.size(), 1);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
