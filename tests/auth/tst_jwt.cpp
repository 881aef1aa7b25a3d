// RS256 signing and checking through OpenSSL, base64url, and JWTs taken apart.
#include "auth/jwt.h"
#include "authtestsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void base64Url_data();
    void base64Url();
    void base64UrlRejectsOtherAlphabets();
    void signAndVerify();
    void tamperedOrForeignSignaturesFail();
    void pkcs1KeysAreAccepted();
    void unreadableKeysSayWhy_data();
    void unreadableKeysSayWhy();
    void jwtRoundTrip();
    void decodeRejectsMalformedJwts_data();
    void decodeRejectsMalformedJwts();

private:
    test::TestKeyPair m_keys;
    test::TestKeyPair m_otherKeys;
};

void TestJwt::initTestCase()
{
    m_keys = test::generateKeyPair();
    m_otherKeys = test::generateKeyPair();
    QVERIFY(m_keys.privatePem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(m_keys.publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
}

void TestJwt::base64Url_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("one byte") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("two bytes") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("three bytes") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
    QTest::newRow("header") << QByteArray(R"({"alg":"RS256"})") << QByteArray("eyJhbGciOiJSUzI1NiJ9");
}

void TestJwt::base64Url()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(base64UrlEncode(raw), encoded);
    const auto decoded = base64UrlDecode(encoded);
    QVERIFY(decoded);
    QCOMPARE(*decoded, raw);
}

void TestJwt::base64UrlRejectsOtherAlphabets()
{
    QVERIFY(!base64UrlDecode("Zg=="));  // padding
    QVERIFY(!base64UrlDecode("+/+/"));  // standard alphabet
    QVERIFY(!base64UrlDecode("Zm9v!")); // junk
    QVERIFY(!base64UrlDecode("Z"));     // impossible length
}

void TestJwt::signAndVerify()
{
    QString error;
    const auto key = RsaPrivateKey::fromPem(m_keys.privatePem, &error);
    QVERIFY2(key, qPrintable(error));
    QCOMPARE(key->bits(), 2048);
    const QByteArray signature = key->signSha256("header.claims", &error);
    QVERIFY2(!signature.isEmpty(), qPrintable(error));
    QCOMPARE(signature.size(), 256); // RSASSA-PKCS1-v1_5 with a 2048-bit key

    // Deterministic (PKCS#1 v1.5 has no salt), and checkable with the public half.
    QCOMPARE(key->signSha256("header.claims", &error), signature);
    const auto publicKey = RsaPublicKey::fromPem(m_keys.publicPem, &error);
    QVERIFY2(publicKey, qPrintable(error));
    QVERIFY(publicKey->verifySha256("header.claims", signature));
    // The public half derived from the private key is the same key.
    const auto derived = RsaPublicKey::fromPem(key->publicKeyPem(), &error);
    QVERIFY2(derived, qPrintable(error));
    QVERIFY(derived->verifySha256("header.claims", signature));
}

void TestJwt::tamperedOrForeignSignaturesFail()
{
    QString error;
    const auto key = RsaPrivateKey::fromPem(m_keys.privatePem, &error);
    const auto publicKey = RsaPublicKey::fromPem(m_keys.publicPem, &error);
    const auto otherPublic = RsaPublicKey::fromPem(m_otherKeys.publicPem, &error);
    QByteArray signature = key->signSha256("data", &error);
    QVERIFY(!publicKey->verifySha256("datA", signature));
    QVERIFY(!otherPublic->verifySha256("data", signature));
    signature[10] = char(signature.at(10) ^ 0x01);
    QVERIFY(!publicKey->verifySha256("data", signature));
    QVERIFY(!publicKey->verifySha256("data", QByteArray()));
}

void TestJwt::pkcs1KeysAreAccepted()
{
    const QByteArray pkcs1 = test::toPkcs1(m_keys.privatePem);
    QVERIFY(pkcs1.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    QString error;
    const auto key = RsaPrivateKey::fromPem(pkcs1, &error);
    QVERIFY2(key, qPrintable(error));
    const auto publicKey = RsaPublicKey::fromPem(m_keys.publicPem, &error);
    QVERIFY(publicKey->verifySha256("x", key->signSha256("x", &error)));
}

void TestJwt::unreadableKeysSayWhy_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected");
    QByteArray truncated = m_keys.privatePem;
    truncated.chop(200);
    QByteArray corrupted = m_keys.privatePem;
    corrupted.replace(100, 20, QByteArray(20, '*'));
    QTest::newRow("not PEM") << QByteArray("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC") << u"not PEM text"_s;
    QTest::newRow("empty") << QByteArray() << u"not PEM text"_s;
    QTest::newRow("truncated") << truncated << QString();
    QTest::newRow("corrupted") << corrupted << QString();
    QTest::newRow("public key") << m_keys.publicPem << QString();
    QTest::newRow("EC key") << test::generateEcPrivateKeyPem() << u"not an RSA key"_s;
}

void TestJwt::unreadableKeysSayWhy()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!RsaPrivateKey::fromPem(pem, &error));
    QVERIFY(!error.isEmpty());
    if (!expected.isEmpty())
        QVERIFY2(error.contains(expected), qPrintable(error));
    // OpenSSL's reason, never the key material.
    QVERIFY(!error.contains(u"MII"_s));
}

void TestJwt::jwtRoundTrip()
{
    QString error;
    const auto key = RsaPrivateKey::fromPem(m_keys.privatePem, &error);
    const QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"k1"_s}};
    const QJsonObject claims{{u"iss"_s, u"a@b"_s}, {u"iat"_s, 1000}, {u"exp"_s, 4600}};
    const QByteArray jwt = signJwt(header, claims, *key, &error);
    QVERIFY2(!jwt.isEmpty(), qPrintable(error));
    QCOMPARE(jwt.count('.'), 2);
    QVERIFY(!jwt.contains('='));

    const DecodedJwt decoded = decodeJwt(jwt);
    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QCOMPARE(decoded.header, header);
    QCOMPARE(decoded.claims, claims);
    QCOMPARE(decoded.signingInput, jwt.left(jwt.lastIndexOf('.')));
    const auto publicKey = RsaPublicKey::fromPem(m_keys.publicPem, &error);
    QVERIFY(publicKey->verifySha256(decoded.signingInput, decoded.signature));
}

void TestJwt::decodeRejectsMalformedJwts_data()
{
    QTest::addColumn<QByteArray>("jwt");
    const QByteArray object = base64UrlEncode("{}");
    QTest::newRow("two parts") << QByteArray(object + '.' + object);
    QTest::newRow("four parts") << QByteArray(object + '.' + object + ".." + object);
    QTest::newRow("padded") << QByteArray(object + "==." + object + ".c2ln");
    QTest::newRow("not json") << QByteArray(base64UrlEncode("nope") + '.' + object + ".c2ln");
    QTest::newRow("array claims") << QByteArray(object + '.' + base64UrlEncode("[]") + ".c2ln");
}

void TestJwt::decodeRejectsMalformedJwts()
{
    QFETCH(QByteArray, jwt);
    QVERIFY(!decodeJwt(jwt).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
