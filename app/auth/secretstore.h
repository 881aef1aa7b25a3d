#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace maas {

struct SecretReadResult
{
    QByteArray value;
    bool found = false;
    QString error; // about the store, never quoting the secret
};

// Where secrets live (reliability.md C3/C4): the OS keychain in the app, memory in tests and when no
// keychain is available. Never QSettings, never a file of ours. Every call is asynchronous (a keychain
// may prompt the user); callbacks run on the caller's thread and never after context is destroyed.
// Keys name what is stored ("pasted-token", "service-account:EMAIL") and are not secret themselves.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using ReadCallback = std::function<void(const SecretReadResult &result)>;
    using DoneCallback = std::function<void(const QString &error)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done = {}) = 0;
    virtual void remove(const QString &key, QObject *context, DoneCallback done = {}) = 0;

    // False when secrets stay in memory only and are gone when the app quits.
    virtual bool persistent() const = 0;
    // Why not persistent (for "secrets stay in memory only: …"); "" when persistent.
    virtual QString notPersistentReason() const = 0;

    // The keychain when one answers, else memory with the reason.
    static std::unique_ptr<SecretStore> createDefault(QObject *parent = nullptr);

Q_SIGNALS:
    // persistent() or notPersistentReason() changed (a keychain turned out to be unusable).
    void persistenceChanged();
};

// Secrets in this process's memory only: tests, and the fallback when there is no keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QString reason = QStringLiteral("secrets are kept in memory only"),
                               QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done = {}) override;
    void remove(const QString &key, QObject *context, DoneCallback done = {}) override;
    bool persistent() const override { return false; }
    QString notPersistentReason() const override { return m_reason; }

    // Synchronous access for the keychain store's fallback.
    bool contains(const QString &key) const { return m_values.contains(key); }
    QByteArray value(const QString &key) const { return m_values.value(key); }
    void insert(const QString &key, const QByteArray &value);
    void erase(const QString &key);
    void setReason(const QString &reason) { m_reason = reason; }

private:
    QHash<QString, QByteArray> m_values;
    QString m_reason;
};

} // namespace maas
