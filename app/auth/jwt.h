#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

// OpenSSL's key type, without pulling its headers into ours.
struct evp_pkey_st;

namespace maas {

// Unpadded base64url (RFC 7515 §2), the encoding of every JWS part.
QByteArray base64UrlEncode(QByteArrayView data);
// Strict: no padding, only the base64url alphabet. nullopt when the text is not base64url.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

// An RSA private key read by OpenSSL 3 from PEM: PKCS#8 ("BEGIN PRIVATE KEY", as in service account
// key files) or PKCS#1 ("BEGIN RSA PRIVATE KEY"). Keeps no copy of the PEM text. Encrypted PEM is
// refused without prompting.
class RsaPrivateKey final
{
    Q_DISABLE_COPY_MOVE(RsaPrivateKey)

public:
    // Null with *error (OpenSSL's reason, never key material) when OpenSSL cannot read it.
    static std::shared_ptr<const RsaPrivateKey> fromPem(QByteArrayView pem, QString *error);
    ~RsaPrivateKey();

    // RSASSA-PKCS1-v1_5 with SHA-256 (JWS "RS256") through EVP_DigestSign. Empty with *error on failure.
    QByteArray signSha256(QByteArrayView data, QString *error) const;
    // The public half as a "BEGIN PUBLIC KEY" (SubjectPublicKeyInfo) PEM.
    QByteArray publicKeyPem() const;
    int bits() const;

private:
    explicit RsaPrivateKey(evp_pkey_st *key);
    evp_pkey_st *m_key = nullptr;
};

// An RSA public key ("BEGIN PUBLIC KEY" PEM), for checking RS256 signatures (the emulator's token
// endpoint).
class RsaPublicKey final
{
    Q_DISABLE_COPY_MOVE(RsaPublicKey)

public:
    static std::shared_ptr<const RsaPublicKey> fromPem(QByteArrayView pem, QString *error);
    ~RsaPublicKey();
    bool verifySha256(QByteArrayView data, QByteArrayView signature) const;

private:
    explicit RsaPublicKey(evp_pkey_st *key);
    evp_pkey_st *m_key = nullptr;
};

// A compact JWS signed with RS256: base64url(header) "." base64url(claims) "." base64url(signature).
// Empty with *error when signing fails.
QByteArray signJwt(const QJsonObject &header, const QJsonObject &claims, const RsaPrivateKey &key, QString *error);

// A compact JWS taken apart (no signature check). error is set when it is not three base64url parts
// of which the first two are JSON objects.
struct DecodedJwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // the first two parts with their dot, what the signature covers
    QByteArray signature;
    QString error;
};
DecodedJwt decodeJwt(QByteArrayView compact);

} // namespace maas
