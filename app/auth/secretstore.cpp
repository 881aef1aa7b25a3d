#include "auth/secretstore.h"

#include "auth/keychainsecretstore.h"

#include <QMetaObject>
#include <QPointer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

template<typename Fn>
void later(QObject *context, Fn fn)
{
    if (context)
        QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        std::memset(bytes.data(), 0, static_cast<std::size_t>(bytes.size()));
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

std::unique_ptr<SecretStore> SecretStore::createDefault(QObject *parent)
{
    return std::make_unique<KeychainSecretStore>(KeychainSecretStore::kDefaultService, parent);
}

MemorySecretStore::MemorySecretStore(QString reason, QObject *parent)
    : SecretStore(parent)
    , m_reason(std::move(reason))
{}

MemorySecretStore::~MemorySecretStore()
{
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        wipe(it.value());
}

void MemorySecretStore::insert(const QString &key, const QByteArray &value)
{
    erase(key);
    m_values.insert(key, value);
}

void MemorySecretStore::erase(const QString &key)
{
    auto it = m_values.find(key);
    if (it == m_values.end())
        return;
    wipe(it.value());
    m_values.erase(it);
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    SecretReadResult result;
    result.found = m_values.contains(key);
    result.value = m_values.value(key);
    later(context, [done = std::move(done), result] {
        if (done)
            done(result);
    });
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done)
{
    insert(key, value);
    later(context, [done = std::move(done)] {
        if (done)
            done({});
    });
}

void MemorySecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    erase(key);
    later(context, [done = std::move(done)] {
        if (done)
            done({});
    });
}

} // namespace maas
