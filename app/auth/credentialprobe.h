#pragma once

#include "client/tokenprovider.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace maas {

class Clock;

// What a credential source answers right now: who it authenticates as and for how long, or the exact
// problem. Shown by the settings page and the status bar.
struct CredentialStatus
{
    enum class State
    {
        Unknown,  // nothing checked yet
        Checking, // a fetch is running
        Ready,    // a token was obtained
        Problem,  // the source failed; problem says why
    };
    State state = State::Unknown;
    QString account;         // who the token is for, when the source knows
    QDateTime expiry;        // invalid when the source does not say
    int minutesLeft = -1;    // whole minutes until expiry when checked (-1: unknown)
    bool refreshable = true; // false for a pasted token: nothing renews it
    QString problem;
    QString note; // what the source could not confirm (a pasted token's expiry without tokeninfo)

    // A token that nothing renews and that has less than this left deserves a warning.
    static constexpr int kExpiryWarningMinutes = 10;
    bool expiresSoon() const
    {
        return state == State::Ready && !refreshable && minutesLeft >= 0 && minutesLeft < kExpiryWarningMinutes;
    }
};

// Fetches a token from a provider and reports the result as a CredentialStatus. Only the newest
// check reports: starting another drops the answer of the one before (as the settings page does while
// the user types). The fetch is asynchronous; the GUI never waits for it.
class CredentialProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialProbe)

public:
    explicit CredentialProbe(const Clock &clock, QObject *parent = nullptr);
    ~CredentialProbe() override;

    // Checks a provider the probe keeps until the next check (the settings page's trial source).
    void check(std::unique_ptr<TokenProvider> provider, bool refreshable = true);
    // Checks a provider owned elsewhere (the app's own, cached one), which must outlive the check.
    void check(TokenProvider &provider, bool refreshable = true);
    // Reports a problem found before any fetch (e.g. a file that cannot be used).
    void report(const QString &problem);
    // Drops the running check and forgets the state.
    void clear();

    const CredentialStatus &status() const { return m_status; }

Q_SIGNALS:
    void statusChanged(const maas::CredentialStatus &status);

private:
    void dropCheck();
    void start(TokenProvider &provider, bool refreshable);
    void setStatus(CredentialStatus status);

    const Clock &m_clock;
    std::unique_ptr<QObject> m_context; // one per check; deleting it drops that check's answer
    std::unique_ptr<TokenProvider> m_owned;
    CredentialStatus m_status;
    int m_generation = 0;
};

} // namespace maas

Q_DECLARE_METATYPE(maas::CredentialStatus)
