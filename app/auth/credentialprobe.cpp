#include "auth/credentialprobe.h"

#include "common/clock.h"

using namespace Qt::StringLiterals;

namespace maas {

CredentialProbe::CredentialProbe(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<CredentialStatus>();
}

CredentialProbe::~CredentialProbe()
{
    m_context.reset(); // before the provider its answer would come from
}

void CredentialProbe::dropCheck()
{
    ++m_generation;
    // Later, not now: this may run inside the very answer being delivered to that context.
    if (m_context)
        m_context.release()->deleteLater();
    m_owned.reset();
}

void CredentialProbe::check(std::unique_ptr<TokenProvider> provider, bool refreshable)
{
    dropCheck();
    m_owned = std::move(provider);
    if (m_owned)
        start(*m_owned, refreshable);
}

void CredentialProbe::check(TokenProvider &provider, bool refreshable)
{
    dropCheck();
    start(provider, refreshable);
}

void CredentialProbe::report(const QString &problem)
{
    dropCheck();
    CredentialStatus status;
    status.state = CredentialStatus::State::Problem;
    status.problem = problem;
    setStatus(status);
}

void CredentialProbe::clear()
{
    dropCheck();
    setStatus({});
}

void CredentialProbe::start(TokenProvider &provider, bool refreshable)
{
    m_context = std::make_unique<QObject>();
    CredentialStatus checking = m_status;
    checking.state = CredentialStatus::State::Checking;
    checking.refreshable = refreshable;
    setStatus(checking);
    provider.fetch(m_context.get(), [this, refreshable, generation = m_generation](const AccessToken &token,
                                                                                   const QString &error) {
        if (generation != m_generation)
            return;
        CredentialStatus status;
        status.refreshable = refreshable;
        if (!error.isEmpty() || token.value.isEmpty()) {
            status.state = CredentialStatus::State::Problem;
            status.problem = error.isEmpty() ? u"the credential source returned an empty token"_s : error;
        } else {
            status.state = CredentialStatus::State::Ready;
            status.account = token.account;
            status.expiry = token.expiry;
            status.note = token.note;
            if (token.expiry.isValid())
                status.minutesLeft = static_cast<int>(std::max<qint64>(0, m_clock.now().secsTo(token.expiry) / 60));
        }
        setStatus(status);
    });
}

void CredentialProbe::setStatus(CredentialStatus status)
{
    m_status = std::move(status);
    Q_EMIT statusChanged(m_status);
}

} // namespace maas
