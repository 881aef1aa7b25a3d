#include "auth/credentialfile.h"

#include "auth/jwt.h"
#include "common/urlpolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// A value from the file, quoted in a message: short, and only for non-secret fields like "type".
QString quoted(const QString &value)
{
    const QString shortened = value.size() > 40 ? value.left(40) + u"…"_s : value;
    return u'"' + shortened + u'"';
}

QString stringField(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    return value.isString() ? value.toString().trimmed() : QString();
}

} // namespace

QString tokenUriProblem(const QString &uri)
{
    if (uri == kGoogleTokenUrl)
        return {};
    const QUrl url(uri, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && isLoopbackHost(url.host()))
        return {};
    return CredentialFile::tr("token_uri %1 is not Google's token endpoint (%2); MaaS Playground refuses to send "
                              "credentials anywhere else")
        .arg(quoted(uri), kGoogleTokenUrl);
}

CredentialFile CredentialFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CredentialFile result;
        result.origin = path;
        result.error = tr("Cannot read the credential file %1: %2").arg(path, file.errorString());
        return result;
    }
    // A credential file is a few KB; anything huge is not one.
    const QByteArray bytes = file.read(1 << 20);
    return parse(bytes, path);
}

CredentialFile CredentialFile::parse(const QByteArray &bytes, const QString &origin)
{
    CredentialFile result;
    result.origin = origin;
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("%1 is empty: expected a JSON credential file").arg(origin);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("%1 is not JSON (%2 at offset %3): expected the JSON credential file downloaded from the "
                          "Google Cloud console or written by gcloud")
                           .arg(origin, parseError.errorString(), QString::number(parseError.offset));
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("%1 is JSON but not a credential file: expected an object with a \"type\" field").arg(origin);
        return result;
    }
    result.json = document.object();
    const QJsonValue type = result.json.value("type"_L1);
    if (!type.isString() || type.toString().isEmpty()) {
        result.error = tr("%1 has no \"type\" field: expected \"service_account\" or \"authorized_user\"").arg(origin);
        return result;
    }
    result.type = type.toString();
    return result;
}

// --- service account ---------------------------------------------------------------------------

ServiceAccountKey ServiceAccountKey::fromFile(const QString &path)
{
    return fromCredentialFile(CredentialFile::read(path));
}

ServiceAccountKey ServiceAccountKey::fromJson(const QByteArray &bytes, const QString &origin)
{
    return fromCredentialFile(CredentialFile::parse(bytes, origin));
}

ServiceAccountKey ServiceAccountKey::fromCredentialFile(const CredentialFile &file)
{
    ServiceAccountKey key;
    key.origin = file.origin;
    if (!file.isValid()) {
        key.error = file.error;
        return key;
    }
    const QString &origin = file.origin;
    if (file.type != u"service_account") {
        key.error = CredentialFile::tr("%1 is a %2 credential, not a service account key (a key file has %3)")
                        .arg(origin, quoted(file.type), u"\"type\": \"service_account\""_s);
        return key;
    }
    const QJsonObject &json = file.json;
    const QJsonValue pem = json.value("private_key"_L1);
    if (!pem.isString() || pem.toString().trimmed().isEmpty()) {
        key.error = CredentialFile::tr("%1 has no \"private_key\": it is not a complete service account key. Create "
                                       "a new JSON key for the service account in the Google Cloud console")
                        .arg(origin);
        return key;
    }
    key.clientEmail = stringField(json, "client_email"_L1);
    if (key.clientEmail.isEmpty()) {
        key.error = CredentialFile::tr("%1 has no \"client_email\": the service account it belongs to is unknown. "
                                       "Create a new JSON key in the Google Cloud console")
                        .arg(origin);
        return key;
    }
    key.privateKeyId = stringField(json, "private_key_id"_L1);
    key.projectId = stringField(json, "project_id"_L1);
    key.tokenUri = stringField(json, "token_uri"_L1);
    if (key.tokenUri.isEmpty())
        key.tokenUri = kGoogleTokenUrl;
    if (const QString problem = tokenUriProblem(key.tokenUri); !problem.isEmpty()) {
        key.error = origin + u": "_s + problem;
        return key;
    }
    QString pemError;
    key.privateKey = RsaPrivateKey::fromPem(pem.toString().toUtf8(), &pemError);
    if (!key.privateKey) {
        key.error = CredentialFile::tr("The \"private_key\" in %1 is not a PEM private key OpenSSL can read (%2). "
                                       "The file may be damaged or edited; create a new JSON key")
                        .arg(origin, pemError);
        return key;
    }
    return key;
}

// --- authorized user ---------------------------------------------------------------------------

AuthorizedUserCredentials AuthorizedUserCredentials::fromFile(const QString &path)
{
    return fromCredentialFile(CredentialFile::read(path));
}

AuthorizedUserCredentials AuthorizedUserCredentials::fromJson(const QByteArray &bytes, const QString &origin)
{
    return fromCredentialFile(CredentialFile::parse(bytes, origin));
}

AuthorizedUserCredentials AuthorizedUserCredentials::fromCredentialFile(const CredentialFile &file)
{
    AuthorizedUserCredentials credentials;
    credentials.origin = file.origin;
    if (!file.isValid()) {
        credentials.error = file.error;
        return credentials;
    }
    const QString &origin = file.origin;
    if (file.type != u"authorized_user") {
        credentials.error = CredentialFile::tr("%1 is a %2 credential, not user credentials from `%3` (%4)")
                                .arg(origin, quoted(file.type), u"gcloud auth application-default login"_s,
                                     u"\"type\": \"authorized_user\""_s);
        return credentials;
    }
    const QJsonObject &json = file.json;
    for (const auto field : {"client_id"_L1, "client_secret"_L1, "refresh_token"_L1}) {
        if (stringField(json, field).isEmpty()) {
            credentials.error = CredentialFile::tr("%1 has no \"%2\": run `%3` to write complete credentials")
                                    .arg(origin, field, u"gcloud auth application-default login"_s);
            return credentials;
        }
    }
    credentials.clientId = stringField(json, "client_id"_L1);
    credentials.clientSecret = Secret(stringField(json, "client_secret"_L1));
    credentials.refreshToken = Secret(stringField(json, "refresh_token"_L1));
    credentials.quotaProjectId = stringField(json, "quota_project_id"_L1);
    credentials.account = stringField(json, "account"_L1);
    credentials.tokenUri = stringField(json, "token_uri"_L1);
    if (!credentials.tokenUri.isEmpty()) {
        if (const QString problem = tokenUriProblem(credentials.tokenUri); !problem.isEmpty()) {
            credentials.error = origin + u": "_s + problem;
            return credentials;
        }
    }
    return credentials;
}

} // namespace maas
