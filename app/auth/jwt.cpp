#include "auth/jwt.h"

#include <QJsonDocument>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// OpenSSL's most recent error reason, then a clean error queue for the next caller.
QString openSslError(const QString &fallback)
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return fallback;
    const char *reason = ERR_reason_error_string(code);
    return reason ? QString::fromLatin1(reason) : fallback;
}

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct MdContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, MdContextDeleter>;

// Never prompt on the terminal for a passphrase: an encrypted key is simply unreadable here.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

BioPtr memoryBio(QByteArrayView bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

QByteArray pemBlock(const char *label, const QByteArray &der)
{
    const QByteArray base64 = der.toBase64();
    QByteArray pem = QByteArray("-----BEGIN ") + label + "-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += QByteArray("-----END ") + label + "-----\n";
    return pem;
}

} // namespace

QByteArray base64UrlEncode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> base64UrlDecode(QByteArrayView text)
{
    for (const char c : text) {
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return std::nullopt;
    }
    if (text.size() % 4 == 1)
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::Base64UrlEncoding |
                                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

// --- RsaPrivateKey -----------------------------------------------------------------------------

RsaPrivateKey::RsaPrivateKey(evp_pkey_st *key)
    : m_key(key)
{}

RsaPrivateKey::~RsaPrivateKey()
{
    EVP_PKEY_free(m_key);
}

std::shared_ptr<const RsaPrivateKey> RsaPrivateKey::fromPem(QByteArrayView pem, QString *error)
{
    ERR_clear_error();
    if (!pem.contains("-----BEGIN")) {
        *error = u"not PEM text: it has no \"BEGIN PRIVATE KEY\" line"_s;
        return nullptr;
    }
    const BioPtr bio = memoryBio(pem);
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr;
    if (!key) {
        *error = openSslError(u"OpenSSL could not decode it"_s);
        return nullptr;
    }
    if (!EVP_PKEY_is_a(key, "RSA")) {
        EVP_PKEY_free(key);
        *error = u"it is not an RSA key (RS256 needs RSA)"_s;
        return nullptr;
    }
    return std::shared_ptr<const RsaPrivateKey>(new RsaPrivateKey(key));
}

QByteArray RsaPrivateKey::signSha256(QByteArrayView data, QString *error) const
{
    ERR_clear_error();
    const MdContextPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(data.data());
    const auto size = static_cast<size_t>(data.size());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, input, size) != 1) {
        *error = u"RS256 signing failed: "_s + openSslError(u"unknown OpenSSL error"_s);
        return {};
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, input, size) != 1) {
        *error = u"RS256 signing failed: "_s + openSslError(u"unknown OpenSSL error"_s);
        return {};
    }
    signature.truncate(static_cast<qsizetype>(length));
    return signature;
}

QByteArray RsaPrivateKey::publicKeyPem() const
{
    const int length = i2d_PUBKEY(m_key, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(m_key, &out);
    return pemBlock("PUBLIC KEY", der);
}

int RsaPrivateKey::bits() const
{
    return EVP_PKEY_get_bits(m_key);
}

// --- RsaPublicKey ------------------------------------------------------------------------------

RsaPublicKey::RsaPublicKey(evp_pkey_st *key)
    : m_key(key)
{}

RsaPublicKey::~RsaPublicKey()
{
    EVP_PKEY_free(m_key);
}

std::shared_ptr<const RsaPublicKey> RsaPublicKey::fromPem(QByteArrayView pem, QString *error)
{
    ERR_clear_error();
    const BioPtr bio = memoryBio(pem);
    EVP_PKEY *key = bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassphrase, nullptr) : nullptr;
    if (!key) {
        *error = openSslError(u"OpenSSL could not decode the public key"_s);
        return nullptr;
    }
    if (!EVP_PKEY_is_a(key, "RSA")) {
        EVP_PKEY_free(key);
        *error = u"not an RSA public key"_s;
        return nullptr;
    }
    return std::shared_ptr<const RsaPublicKey>(new RsaPublicKey(key));
}

bool RsaPublicKey::verifySha256(QByteArrayView data, QByteArrayView signature) const
{
    const MdContextPtr context(EVP_MD_CTX_new());
    const bool ok =
        context && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key) == 1 &&
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                         static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char *>(data.data()),
                         static_cast<size_t>(data.size())) == 1;
    ERR_clear_error();
    return ok;
}

// --- JWS ---------------------------------------------------------------------------------------

QByteArray signJwt(const QJsonObject &header, const QJsonObject &claims, const RsaPrivateKey &key, QString *error)
{
    const QByteArray input = base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = key.signSha256(input, error);
    if (signature.isEmpty())
        return {};
    return input + '.' + base64UrlEncode(signature);
}

DecodedJwt decodeJwt(QByteArrayView compact)
{
    DecodedJwt jwt;
    const QList<QByteArray> parts = compact.toByteArray().split('.');
    if (parts.size() != 3) {
        jwt.error = u"a JWT has three dot-separated parts, this has %1"_s.arg(parts.size());
        return jwt;
    }
    const auto header = base64UrlDecode(parts.at(0));
    const auto claims = base64UrlDecode(parts.at(1));
    const auto signature = base64UrlDecode(parts.at(2));
    if (!header || !claims || !signature) {
        jwt.error = u"a JWT part is not unpadded base64url"_s;
        return jwt;
    }
    const QJsonDocument headerJson = QJsonDocument::fromJson(*header);
    const QJsonDocument claimsJson = QJsonDocument::fromJson(*claims);
    if (!headerJson.isObject() || !claimsJson.isObject()) {
        jwt.error = u"the JWT header or claims are not JSON objects"_s;
        return jwt;
    }
    jwt.header = headerJson.object();
    jwt.claims = claimsJson.object();
    jwt.signingInput = parts.at(0) + '.' + parts.at(1);
    jwt.signature = *signature;
    return jwt;
}

} // namespace maas
