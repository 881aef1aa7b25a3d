#pragma once

#include "auth/secret.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace maas {

class RsaPrivateKey;

inline constexpr auto kGoogleTokenUrl = QLatin1StringView("https://oauth2.googleapis.com/token");
inline constexpr auto kCloudPlatformScope = QLatin1StringView("https://www.googleapis.com/auth/cloud-platform");

// Where a credential file may send its secrets (reliability.md C2): Google's token endpoint, or a
// loopback address (the emulator, tests). Empty when acceptable, else what is wrong.
QString tokenUriProblem(const QString &uri);

// A credential JSON file read and checked for shape: an object with a "type". error tells the user
// what is wrong in words that never quote the file's secret fields.
struct CredentialFile
{
    Q_DECLARE_TR_FUNCTIONS(CredentialFile)

public:
    QString origin; // how to name it in messages: the path, or "the pasted key"
    QString type;
    QJsonObject json;
    QString error;

    bool isValid() const { return error.isEmpty(); }
    static CredentialFile read(const QString &path);
    static CredentialFile parse(const QByteArray &bytes, const QString &origin);
};

// A service account key file (vertex-protocol.md §8.5), checked: the right type, the fields the
// JWT-bearer grant needs, a private key OpenSSL can read, a token_uri we may send assertions to.
// The PEM text is not kept; only OpenSSL's key object is.
struct ServiceAccountKey
{
    QString origin;
    QString clientEmail;
    QString privateKeyId;
    QString projectId;
    QString tokenUri; // as in the file, else Google's
    std::shared_ptr<const RsaPrivateKey> privateKey;
    QString error; // empty when usable

    bool isValid() const { return error.isEmpty(); }
    static ServiceAccountKey fromFile(const QString &path);
    static ServiceAccountKey fromJson(const QByteArray &bytes, const QString &origin);
    static ServiceAccountKey fromCredentialFile(const CredentialFile &file);
};

// User credentials written by `gcloud auth application-default login` (vertex-protocol.md §8.4).
struct AuthorizedUserCredentials
{
    QString origin;
    QString clientId;
    Secret clientSecret;
    Secret refreshToken;
    QString quotaProjectId;
    QString account;  // gcloud writes "" here most of the time
    QString tokenUri; // empty when the file has none
    QString error;

    bool isValid() const { return error.isEmpty(); }
    static AuthorizedUserCredentials fromFile(const QString &path);
    static AuthorizedUserCredentials fromJson(const QByteArray &bytes, const QString &origin);
    static AuthorizedUserCredentials fromCredentialFile(const CredentialFile &file);
};

} // namespace maas
