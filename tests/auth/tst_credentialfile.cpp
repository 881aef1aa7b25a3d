// Credential files: each malformed input gets its own clear message, and no message quotes a secret.
#include "auth/credentialfile.h"
#include "auth/jwt.h"
#include "authtestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestCredentialFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validServiceAccountKey();
    void serviceAccountProblems_data();
    void serviceAccountProblems();
    void everyProblemHasItsOwnMessage();
    void validAuthorizedUser();
    void authorizedUserProblems_data();
    void authorizedUserProblems();
    void tokenUriPolicy_data();
    void tokenUriPolicy();
    void unreadableFile();

private:
    QByteArray withField(const QByteArray &json, const QString &key, const QJsonValue &value) const;

    test::TestKeyPair m_keys;
    QByteArray m_validKey;
};

void TestCredentialFile::initTestCase()
{
    m_keys = test::generateKeyPair();
    m_validKey = test::serviceAccountJson(m_keys.privatePem, QString(kGoogleTokenUrl));
}

QByteArray TestCredentialFile::withField(const QByteArray &json, const QString &key, const QJsonValue &value) const
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return QJsonDocument(object).toJson();
}

void TestCredentialFile::validServiceAccountKey()
{
    const ServiceAccountKey key = ServiceAccountKey::fromJson(m_validKey, u"key.json"_s);
    QVERIFY2(key.isValid(), qPrintable(key.error));
    QCOMPARE(key.clientEmail, test::kServiceAccountEmail);
    QCOMPARE(key.privateKeyId, u"0123456789abcdef0123456789abcdef01234567"_s);
    QCOMPARE(key.projectId, u"test-project"_s);
    QCOMPARE(key.tokenUri, QString(kGoogleTokenUrl));
    QVERIFY(key.privateKey);

    // No token_uri: Google's.
    const ServiceAccountKey noUri =
        ServiceAccountKey::fromJson(withField(m_validKey, u"token_uri"_s, QJsonValue::Undefined), u"k"_s);
    QVERIFY(noUri.isValid());
    QCOMPARE(noUri.tokenUri, QString(kGoogleTokenUrl));
    // PKCS#1 keys work too.
    const ServiceAccountKey pkcs1 = ServiceAccountKey::fromJson(
        withField(m_validKey, u"private_key"_s, QString::fromLatin1(test::toPkcs1(m_keys.privatePem))), u"k"_s);
    QVERIFY2(pkcs1.isValid(), qPrintable(pkcs1.error));
}

void TestCredentialFile::serviceAccountProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QByteArray badPem = m_keys.privatePem;
    badPem.replace(80, 40, QByteArray(40, 'A'));
    QTest::newRow("empty") << QByteArray("  \n") << u"key.json is empty"_s;
    QTest::newRow("not json") << QByteArray("type = service_account") << u"key.json is not JSON"_s;
    QTest::newRow("truncated json") << m_validKey.left(200) << u"key.json is not JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"is JSON but not a credential file"_s;
    QTest::newRow("no type") << withField(m_validKey, u"type"_s, QJsonValue::Undefined) << u"has no \"type\""_s;
    QTest::newRow("wrong type") << withField(m_validKey, u"type"_s, u"authorized_user"_s)
                                << u"is a \"authorized_user\" credential, not a service account key"_s;
    QTest::newRow("missing private_key") << withField(m_validKey, u"private_key"_s, QJsonValue::Undefined)
                                         << u"has no \"private_key\""_s;
    QTest::newRow("empty private_key") << withField(m_validKey, u"private_key"_s, u""_s) << u"has no \"private_key\""_s;
    QTest::newRow("missing client_email")
        << withField(m_validKey, u"client_email"_s, QJsonValue::Undefined) << u"has no \"client_email\""_s;
    QTest::newRow("bad pem") << withField(m_validKey, u"private_key"_s, QString::fromLatin1(badPem))
                             << u"is not a PEM private key OpenSSL can read"_s;
    QTest::newRow("not pem") << withField(m_validKey, u"private_key"_s, u"MIIEvQIBADANBgkqhkiG9w0B"_s)
                             << u"is not a PEM private key OpenSSL can read (not PEM text"_s;
    QTest::newRow("ec key") << withField(m_validKey, u"private_key"_s,
                                         QString::fromLatin1(test::generateEcPrivateKeyPem()))
                            << u"not an RSA key"_s;
    QTest::newRow("foreign token_uri") << withField(m_validKey, u"token_uri"_s, u"https://evil.example/token"_s)
                                       << u"is not Google's token endpoint"_s;
}

void TestCredentialFile::serviceAccountProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const ServiceAccountKey key = ServiceAccountKey::fromJson(json, u"key.json"_s);
    QVERIFY(!key.isValid());
    QVERIFY2(key.error.contains(expected), qPrintable(key.error));
    QVERIFY2(key.error.startsWith(u"key.json"_s) || key.error.contains(u"in key.json"_s), qPrintable(key.error));
    QVERIFY(!key.privateKey);
    // Never the key material.
    QVERIFY2(!key.error.contains(u"MII"_s) && !key.error.contains(u"-----BEGIN"_s), qPrintable(key.error));
}

void TestCredentialFile::everyProblemHasItsOwnMessage()
{
    // The categories the user must be able to tell apart: not JSON, wrong type, no private_key,
    // no client_email, unreadable PEM.
    QByteArray badPem = m_keys.privatePem;
    badPem.replace(80, 40, QByteArray(40, 'A'));
    const QList<QByteArray> inputs{
        "{not json",
        withField(m_validKey, u"type"_s, u"external_account"_s),
        withField(m_validKey, u"private_key"_s, QJsonValue::Undefined),
        withField(m_validKey, u"client_email"_s, QJsonValue::Undefined),
        withField(m_validKey, u"private_key"_s, QString::fromLatin1(badPem)),
    };
    QSet<QString> messages;
    for (const QByteArray &input : inputs)
        messages.insert(ServiceAccountKey::fromJson(input, u"k.json"_s).error);
    QCOMPARE(messages.size(), inputs.size());
    QVERIFY(!messages.contains(QString()));
}

void TestCredentialFile::validAuthorizedUser()
{
    const auto credentials = AuthorizedUserCredentials::fromJson(
        test::authorizedUserJson(test::kRefreshToken, {}, u"quota-1"_s, u"me@example.com"_s), u"adc.json"_s);
    QVERIFY2(credentials.isValid(), qPrintable(credentials.error));
    QCOMPARE(credentials.clientId, test::kClientId);
    QCOMPARE(credentials.clientSecret.revealString(), test::kClientSecret);
    QCOMPARE(credentials.refreshToken.revealString(), test::kRefreshToken);
    QCOMPARE(credentials.quotaProjectId, u"quota-1"_s);
    QCOMPARE(credentials.account, u"me@example.com"_s);
    QVERIFY(credentials.tokenUri.isEmpty());
}

void TestCredentialFile::authorizedUserProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray valid = test::authorizedUserJson(test::kRefreshToken);
    QTest::newRow("not json") << QByteArray("refresh_token: 1//0g") << u"is not JSON"_s;
    QTest::newRow("service account") << m_validKey << u"is a \"service_account\" credential, not user credentials"_s;
    QTest::newRow("no refresh token") << withField(valid, u"refresh_token"_s, QJsonValue::Undefined)
                                      << u"has no \"refresh_token\""_s;
    QTest::newRow("no client id") << withField(valid, u"client_id"_s, QJsonValue::Undefined)
                                  << u"has no \"client_id\""_s;
    QTest::newRow("no client secret") << withField(valid, u"client_secret"_s, QJsonValue::Undefined)
                                      << u"has no \"client_secret\""_s;
    QTest::newRow("foreign token_uri") << withField(valid, u"token_uri"_s, u"http://10.0.0.1/token"_s)
                                       << u"is not Google's token endpoint"_s;
}

void TestCredentialFile::authorizedUserProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto credentials = AuthorizedUserCredentials::fromJson(json, u"adc.json"_s);
    QVERIFY(!credentials.isValid());
    QVERIFY2(credentials.error.contains(expected), qPrintable(credentials.error));
    QVERIFY(!credentials.error.contains(test::kRefreshToken));
    QVERIFY(!credentials.error.contains(test::kClientSecret));
}

void TestCredentialFile::tokenUriPolicy_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("google") << u"https://oauth2.googleapis.com/token"_s << true;
    QTest::newRow("loopback http") << u"http://127.0.0.1:8080/token"_s << true;
    QTest::newRow("localhost") << u"http://localhost:1/token"_s << true;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:9/token"_s << true;
    QTest::newRow("google over http") << u"http://oauth2.googleapis.com/token"_s << false;
    QTest::newRow("other google host") << u"https://accounts.google.com/o/oauth2/token"_s << false;
    QTest::newRow("lookalike") << u"https://oauth2.googleapis.com.evil.example/token"_s << false;
    QTest::newRow("lan") << u"http://192.168.1.5/token"_s << false;
    QTest::newRow("garbage") << u"not a url"_s << false;
}

void TestCredentialFile::tokenUriPolicy()
{
    QFETCH(QString, uri);
    QFETCH(bool, accepted);
    QCOMPARE(tokenUriProblem(uri).isEmpty(), accepted);
}

void TestCredentialFile::unreadableFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.json"_s);
    const ServiceAccountKey key = ServiceAccountKey::fromFile(missing);
    QVERIFY(key.error.startsWith(u"Cannot read the credential file "_s + missing));
    const QString path = dir.filePath(u"key.json"_s);
    QVERIFY(test::writeFile(path, m_validKey));
    QVERIFY(ServiceAccountKey::fromFile(path).isValid());
}

QTEST_GUILESS_MAIN(TestCredentialFile)
#include "tst_credentialfile.moc"
