#pragma once

// Shared by the credential tests: test keys generated at run time, credential files, a fake gcloud,
// a running emulator, and synchronous waits on asynchronous token fetches.
#include "client/tokenprovider.h"
#include "emulator/emulator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

namespace maas {
class Clock;
}

namespace maas::test {

// A fresh RSA key pair, made by OpenSSL for this test run only (never committed).
struct TestKeyPair
{
    QByteArray privatePem; // PKCS#8, as in service account key files
    QByteArray publicPem;  // SubjectPublicKeyInfo
};
TestKeyPair generateKeyPair(int bits = 2048);
// The same key as PKCS#1 ("BEGIN RSA PRIVATE KEY").
QByteArray toPkcs1(const QByteArray &pkcs8Pem);
// A P-256 key: readable PEM, but not RSA.
QByteArray generateEcPrivateKeyPem();

inline const QString kServiceAccountEmail = QStringLiteral("maas-test@test-project.iam.gserviceaccount.com");
inline const QString kClientId = QStringLiteral("764086051850-test.apps.googleusercontent.com");
inline const QString kClientSecret = QStringLiteral("GOCSPX-testClientSecret123456");
inline const QString kRefreshToken = QStringLiteral("1//0gTestRefreshTokenABCDEF123456");
inline const QString kReauthRefreshToken = QStringLiteral("1//0gReauthRefreshTokenXYZ98765");

QByteArray serviceAccountJson(const QByteArray &privatePem, const QString &tokenUri,
                              const QString &email = kServiceAccountEmail,
                              const QString &keyId = QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
// tokenUri empty: the file has none (as gcloud writes it).
QByteArray authorizedUserJson(const QString &refreshToken, const QString &tokenUri = {},
                              const QString &quotaProject = QStringLiteral("quota-project-1"),
                              const QString &account = {});

// An emulator on 127.0.0.1 with the shipped catalog and the given clock (null: the system clock).
std::unique_ptr<Emulator> startEmulator(EmulatorOptions options, const Clock *clock = nullptr);
// Options that know the test service account (publicPem) and the test refresh tokens and client.
EmulatorOptions authOptions(const QByteArray &publicPem);

struct FetchResult
{
    AccessToken token;
    QString error;
    bool done = false;
    int calls = 0;
};
// Fetches and waits (spinning the event loop) until the callback ran or timeoutMs passed.
FetchResult fetchAndWait(TokenProvider &provider, int timeoutMs = 15'000);
// Starts n fetches back to back, then waits for all of them.
QList<FetchResult> fetchManyAndWait(TokenProvider &provider, int n, int timeoutMs = 15'000);

// One HTTP exchange, synchronously (for talking to the emulator directly).
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};
HttpReply httpSend(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body = {});
HttpReply postForm(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &fields);
// A Claude rawPredict call to the emulator with that bearer token.
HttpReply callVertex(const Emulator &emulator, const QString &token);

bool writeFile(const QString &path, const QByteArray &content);
// Writes an executable shell script named "gcloud" into dir and returns its path.
QString writeFakeGcloud(const QString &dir, const QByteArray &body);

} // namespace maas::test
