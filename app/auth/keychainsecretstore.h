#pragma once

#include "auth/secretstore.h"

#include <QLatin1StringView>

namespace QKeychain {
class Job;
}

namespace maas {

// Secrets in the OS keychain through QtKeychain (Secret Service/KWallet, macOS Keychain, Windows
// Credential Manager), under service "maas-playground". QtKeychain's insecure plaintext fallback
// stays off (reliability.md C4). When there is no keychain, or it fails or does not answer within the
// timeout, the store switches to memory: secrets written from then on stay in memory only,
// persistent() turns false with the reason, and persistenceChanged() is emitted once.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr QLatin1StringView kDefaultService{"maas-playground"};

    explicit KeychainSecretStore(QLatin1StringView service = kDefaultService, QObject *parent = nullptr,
                                 int timeoutMs = 30'000);
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done = {}) override;
    void remove(const QString &key, QObject *context, DoneCallback done = {}) override;
    bool persistent() const override { return m_reason.isEmpty(); }
    QString notPersistentReason() const override { return m_reason; }

    // Asks the keychain for a key that does not exist, to learn early whether it works; done runs
    // when that is known (persistent() tells the result).
    void probe(QObject *context, std::function<void()> done);

private:
    void markUnavailable(const QString &reason);
    // Starts job with the timeout; handler(errorText) runs once, errorText "" on success.
    void run(QKeychain::Job *job, std::function<void(QKeychain::Job *job, bool timedOut)> handler);

    QString m_service;
    int m_timeoutMs;
    QString m_reason;
    MemorySecretStore m_memory;
};

} // namespace maas
