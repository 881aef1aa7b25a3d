#include "authtestsupport.h"

#include "auth/tokenendpoint.h"
#include "catalog/modelcatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QTest>

#include <algorithm>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace maas::test {

namespace {

QByteArray readBio(BIO *bio)
{
    QByteArray out;
    char buffer[4096];
    int n = 0;
    while ((n = BIO_read(bio, buffer, int(sizeof buffer))) > 0)
        out.append(buffer, n);
    return out;
}

} // namespace

TestKeyPair generateKeyPair(int bits)
{
    TestKeyPair pair;
    EVP_PKEY *key = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!key)
        return pair;
    BIO *privateBio = BIO_new(BIO_s_mem());
    BIO *publicBio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(privateBio, key, nullptr, nullptr, 0, nullptr, nullptr); // PKCS#8
    PEM_write_bio_PUBKEY(publicBio, key);
    pair.privatePem = readBio(privateBio);
    pair.publicPem = readBio(publicBio);
    BIO_free(privateBio);
    BIO_free(publicBio);
    EVP_PKEY_free(key);
    return pair;
}

QByteArray toPkcs1(const QByteArray &pkcs8Pem)
{
    BIO *in = BIO_new_mem_buf(pkcs8Pem.constData(), int(pkcs8Pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(in, nullptr, nullptr, nullptr);
    BIO_free(in);
    if (!key)
        return {};
    BIO *out = BIO_new(BIO_s_mem());
    // The "traditional" format of an RSA key is PKCS#1.
    PEM_write_bio_PrivateKey_traditional(out, key, nullptr, nullptr, 0, nullptr, nullptr);
    const QByteArray pem = readBio(out);
    BIO_free(out);
    EVP_PKEY_free(key);
    return pem;
}

QByteArray generateEcPrivateKeyPem()
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    if (!key)
        return {};
    BIO *out = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(out, key, nullptr, nullptr, 0, nullptr, nullptr);
    const QByteArray pem = readBio(out);
    BIO_free(out);
    EVP_PKEY_free(key);
    return pem;
}

QByteArray serviceAccountJson(const QByteArray &privatePem, const QString &tokenUri, const QString &email,
                              const QString &keyId)
{
    const QJsonObject json{
        {u"type"_s, u"service_account"_s},
        {u"project_id"_s, u"test-project"_s},
        {u"private_key_id"_s, keyId},
        {u"private_key"_s, QString::fromLatin1(privatePem)},
        {u"client_email"_s, email},
        {u"client_id"_s, u"100000000000000000001"_s},
        {u"auth_uri"_s, u"https://accounts.google.com/o/oauth2/auth"_s},
        {u"token_uri"_s, tokenUri},
        {u"universe_domain"_s, u"googleapis.com"_s},
    };
    return QJsonDocument(json).toJson();
}

QByteArray authorizedUserJson(const QString &refreshToken, const QString &tokenUri, const QString &quotaProject,
                              const QString &account)
{
    QJsonObject json{
        {u"account"_s, account},
        {u"client_id"_s, kClientId},
        {u"client_secret"_s, kClientSecret},
        {u"refresh_token"_s, refreshToken},
        {u"type"_s, u"authorized_user"_s},
        {u"universe_domain"_s, u"googleapis.com"_s},
    };
    if (!quotaProject.isEmpty())
        json.insert(u"quota_project_id"_s, quotaProject);
    if (!tokenUri.isEmpty())
        json.insert(u"token_uri"_s, tokenUri);
    return QJsonDocument(json).toJson();
}

std::unique_ptr<Emulator> startEmulator(EmulatorOptions options, const Clock *clock)
{
    options.speed = 0;
    auto emulator = std::make_unique<Emulator>(options, ModelCatalog::load(QString()), clock);
    if (!emulator->listen())
        return nullptr;
    return emulator;
}

EmulatorOptions authOptions(const QByteArray &publicPem)
{
    EmulatorOptions options;
    options.auth.serviceAccountKeys.insert(kServiceAccountEmail, publicPem);
    options.auth.refreshTokens = {kRefreshToken};
    options.auth.reauthRefreshTokens = {kReauthRefreshToken};
    options.auth.clientId = kClientId;
    options.auth.clientSecret = kClientSecret;
    return options;
}

FetchResult fetchAndWait(TokenProvider &provider, int timeoutMs)
{
    const QList<FetchResult> results = fetchManyAndWait(provider, 1, timeoutMs);
    return results.first();
}

QList<FetchResult> fetchManyAndWait(TokenProvider &provider, int n, int timeoutMs)
{
    QObject context;
    QList<FetchResult> results(n);
    for (int i = 0; i < n; ++i) {
        provider.fetch(&context, [&results, i](const AccessToken &token, const QString &error) {
            results[i].token = token;
            results[i].error = error;
            results[i].done = true;
            ++results[i].calls;
        });
    }
    [[maybe_unused]] const bool finished = QTest::qWaitFor(
        [&results] {
            return std::all_of(results.cbegin(), results.cend(), [](const FetchResult &r) { return r.done; });
        },
        timeoutMs);
    // Let anything that would (wrongly) call back twice do so now.
    QTest::qWait(20);
    return results;
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpReply httpSend(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    [[maybe_unused]] const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 15'000);
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    delete reply;
    return result;
}

HttpReply postForm(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &fields)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    return httpSend(request, "POST", formEncode(fields));
}

HttpReply callVertex(const Emulator &emulator, const QString &token)
{
    QNetworkRequest request(QUrl(emulator.baseUrl().toString() +
                                 u"/projects/p/locations/us-east5/publishers/anthropic/models/"
                                 "claude-sonnet-4-5@20250929:rawPredict"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const QByteArray body =
        R"({"anthropic_version":"vertex-2023-10-16","max_tokens":64,"messages":[{"role":"user","content":"Hello"}]})";
    return httpSend(request, "POST", body);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

QString writeFakeGcloud(const QString &dir, const QByteArray &body)
{
    const QString path = QDir(dir).filePath(u"gcloud"_s);
    writeFile(path, "#!/bin/sh\n" + body);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace maas::test
