#include "auth/keychainsecretstore.h"

#include "auth/redact.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

constexpr auto kProbeKey = "maas-playground-keychain-probe"_L1;

QString unavailableReason(const QKeychain::Job *job, bool timedOut, int timeoutMs)
{
    if (timedOut)
        return u"the keychain did not answer within %1 s"_s.arg(timeoutMs / 1000);
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return u"no keychain service is available (install and unlock GNOME Keyring or KWallet): %1"_s.arg(
            job->errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return u"access to the keychain was denied: %1"_s.arg(job->errorString());
    default:
        return u"the keychain failed: %1"_s.arg(job->errorString());
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QLatin1StringView service, QObject *parent, int timeoutMs)
    : SecretStore(parent)
    , m_service(service)
    , m_timeoutMs(timeoutMs)
{
    if (!QKeychain::isAvailable())
        m_reason = u"no keychain service is available (install and unlock GNOME Keyring or KWallet)"_s;
}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::markUnavailable(const QString &reason)
{
    if (!m_reason.isEmpty())
        return;
    m_reason = reason;
    m_memory.setReason(reason);
    qCWarning(lcAuth).noquote() << "secrets stay in memory only:" << redact(reason);
    Q_EMIT persistenceChanged();
}

void KeychainSecretStore::run(QKeychain::Job *job, std::function<void(QKeychain::Job *, bool)> handler)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    auto answered = std::make_shared<bool>(false);
    auto timer = new QTimer(job);
    timer->setSingleShot(true);
    // The job keeps running after a timeout (it may be waiting for the user); its late answer is dropped.
    connect(timer, &QTimer::timeout, this, [job, answered, handler] {
        if (*answered)
            return;
        *answered = true;
        handler(job, true);
    });
    connect(job, &QKeychain::Job::finished, this, [answered, handler](QKeychain::Job *finished) {
        if (*answered)
            return;
        *answered = true;
        handler(finished, false);
    });
    timer->start(m_timeoutMs);
    job->start();
}

void KeychainSecretStore::probe(QObject *context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    if (!persistent()) {
        if (context && done)
            QMetaObject::invokeMethod(context, std::move(done), Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(kProbeKey);
    run(job, [this, guard, done](QKeychain::Job *job, bool timedOut) {
        if (timedOut || (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound))
            markUnavailable(unavailableReason(job, timedOut, m_timeoutMs));
        if (guard && done)
            done();
    });
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    if (m_memory.contains(key) || !persistent()) {
        m_memory.read(key, context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, [this, guard, done](QKeychain::Job *job, bool timedOut) {
        SecretReadResult result;
        if (!timedOut && job->error() == QKeychain::NoError) {
            result.found = true;
            result.value = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        } else if (timedOut || job->error() != QKeychain::EntryNotFound) {
            const QString reason = unavailableReason(job, timedOut, m_timeoutMs);
            markUnavailable(reason);
            result.error = u"Cannot read from the keychain: %1"_s.arg(reason);
        }
        if (guard && done)
            done(result);
    });
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done)
{
    if (!persistent()) {
        m_memory.write(key, value, context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(value);
    run(job, [this, guard, done, key, value](QKeychain::Job *job, bool timedOut) {
        if (!timedOut && job->error() == QKeychain::NoError) {
            m_memory.erase(key);
        } else {
            // Keep it for this session at least, and say so through persistent().
            markUnavailable(unavailableReason(job, timedOut, m_timeoutMs));
            m_memory.insert(key, value);
        }
        if (guard && done)
            done({});
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    m_memory.erase(key);
    if (!persistent()) {
        m_memory.remove(key, context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, [this, guard, done](QKeychain::Job *job, bool timedOut) {
        QString error;
        if (timedOut || (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound))
            error =
                u"Cannot remove the secret from the keychain: %1"_s.arg(unavailableReason(job, timedOut, m_timeoutMs));
        if (guard && done)
            done(error);
    });
}

} // namespace maas
