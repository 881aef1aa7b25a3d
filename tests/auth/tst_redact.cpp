// redact() hides every credential shape of reliability.md C9, and the message handler applies it.
#include "auth/redact.h"
#include "auth/secret.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

QStringList g_captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured << message;
}

} // namespace

class TestRedact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void hidesSecrets_data();
    void hidesSecrets();
    void keepsOrdinaryText();
    void rememberedSecrets();
    void messageHandlerRedactsEverything();
    void secretHasNoAccidentalConversion();
};

void TestRedact::cleanup()
{
    forgetRememberedSecrets();
}

void TestRedact::hidesSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("access token") << u"token ya29.a0AfH6SMBx-abc_DEF.123 rejected"_s << u"a0AfH6SMBx"_s;
    QTest::newRow("refresh token") << u"refresh 1//0gAbCdEfGh-ijk_lmn done"_s << u"0gAbCdEfGh"_s;
    QTest::newRow("bearer header") << u"Authorization: Bearer abc.def-ghi"_s << u"abc.def-ghi"_s;
    QTest::newRow("bearer lower") << u"authorization: bearer opaque-token-123"_s << u"opaque-token-123"_s;
    QTest::newRow("client secret") << u"secret GOCSPX-AbCdEf_123-xyz"_s << u"AbCdEf_123"_s;
    QTest::newRow("jwt") << u"assertion eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl"_s << u"eyJpc3MiOiJ4In0"_s;
    QTest::newRow("pem") << u"key -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY----- end"_s
                         << u"MIIEvQIBADANBg"_s;
    QTest::newRow("escaped pem in json")
        << u"{\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg\\n-----END PRIVATE KEY-----\\n\"}"_s
        << u"MIIEvQIBADANBg"_s;
    QTest::newRow("cut pem") << u"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA"_s << u"MIIEowIBAAKCAQEA"_s;
    QTest::newRow("json field") << u"{\"client_secret\": \"s3cr3t-value\", \"x\": 1}"_s << u"s3cr3t-value"_s;
    QTest::newRow("private_key_id") << u"{\"private_key_id\":\"0123456789abcdef\"}"_s << u"0123456789abcdef"_s;
    QTest::newRow("form field") << u"grant_type=refresh_token&refresh_token=opaque123&client_id=x"_s << u"opaque123"_s;
    QTest::newRow("assertion form") << u"assertion=abc.def.ghi&x=1"_s << u"abc.def.ghi"_s;
}

void TestRedact::hidesSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString clean = redact(text);
    QVERIFY2(!clean.contains(secret), qPrintable(clean));
    QVERIFY2(clean.contains(u"redacted"_s), qPrintable(clean));
}

void TestRedact::keepsOrdinaryText()
{
    const QString text = u"invalid_grant: Token has been expired or revoked. Run `gcloud auth application-default "
                         "login` (token_type Bearer, expires_in 3599, https://oauth2.googleapis.com/token)"_s;
    QCOMPARE(redact(text), text);
}

void TestRedact::rememberedSecrets()
{
    const QString pasted = u"my-opaque-pasted-token-42"_s;
    QVERIFY(redact(u"using "_s + pasted).contains(pasted));
    rememberSecret(pasted);
    QVERIFY(!redact(u"using "_s + pasted).contains(pasted));
    rememberSecret(u"short"_s); // too short to be hidden safely
    QVERIFY(redact(u"a short word"_s).contains(u"short"_s));
}

void TestRedact::messageHandlerRedactsEverything()
{
    g_captured.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    installRedactingMessageHandler();
    qWarning() << "refreshing with" << u"1//0gSecretRefresh"_s;
    qCDebug(lcAuth) << "header Bearer ya29.secretAccess";
    qInstallMessageHandler(previous);
    const QString all = g_captured.join(u'\n');
    QVERIFY2(!all.contains(u"0gSecretRefresh"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"secretAccess"_s), qPrintable(all));
    QVERIFY(all.contains(u"refreshing with"_s));
}

void TestRedact::secretHasNoAccidentalConversion()
{
    // Compile-time properties: no implicit conversion to QString or QByteArray.
    static_assert(!std::is_convertible_v<Secret, QString>);
    static_assert(!std::is_convertible_v<Secret, QByteArray>);
    static_assert(!std::is_convertible_v<QString, Secret>);
    Secret secret(u"value"_s);
    QCOMPARE(secret.reveal(), "value"_ba);
    secret.clear();
    QVERIFY(secret.isEmpty());
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
