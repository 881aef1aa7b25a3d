#pragma once

#include "auth/fetchqueue.h"
#include "client/tokenprovider.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QProcess;

namespace maas {

struct GcloudOptions
{
    // The gcloud executable: a name looked up on PATH, or a path (tests use a fake script).
#ifdef Q_OS_WIN
    QString program = QStringLiteral("gcloud.cmd");
#else
    QString program = QStringLiteral("gcloud");
#endif
    int timeoutMs = 20'000;
    // Also ask `gcloud config get-value account` (in parallel) to report who the token is for.
    bool lookUpAccount = true;
};

// Tokens from the gcloud CLI's own login: `gcloud auth print-access-token` (vertex-protocol.md §8.2),
// run asynchronously with a timeout. gcloud does not say when its token expires, so the expiry is
// left unknown (TokenCache keeps such tokens for a while, and a 401 refreshes them). Concurrent
// fetches share one gcloud run.
class GcloudSource final : public TokenProvider
{
    Q_DISABLE_COPY_MOVE(GcloudSource)
    Q_DECLARE_TR_FUNCTIONS(GcloudSource)

public:
    explicit GcloudSource(GcloudOptions options = {});
    ~GcloudSource() override;

    void fetch(QObject *context, Callback done) override;
    const GcloudOptions &options() const { return m_options; }
    QString account() const { return m_account; }

private:
    void startAccountLookup();
    void tokenProcessDone(const QString &token, const QString &error);
    void maybeFinish();
    QProcess *startGcloud(const QStringList &arguments);

    GcloudOptions m_options;
    FetchQueue m_queue;
    QObject m_guard;
    QString m_account;
    bool m_accountKnown = false;
    QPointer<QProcess> m_accountProcess;
    bool m_tokenDone = false;
    QString m_token;
    QString m_error;
};

} // namespace maas
