#include "auth/gcloudsource.h"

#include "auth/redact.h"

#include <QLocale>
#include <QProcess>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

constexpr int kAccountTimeoutMs = 5'000;

QString firstLine(const QByteArray &bytes)
{
    const QStringList lines = QString::fromLocal8Bit(bytes).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            const QString clean = redact(trimmed);
            return clean.size() > 300 ? clean.left(300) + u"…"_s : clean;
        }
    }
    return {};
}

// Kills a process that outlives its time; the finished/errorOccurred handlers then report it.
void armTimeout(QProcess *process, int timeoutMs, std::shared_ptr<bool> timedOut)
{
    QTimer::singleShot(timeoutMs, process, [process, timedOut] {
        if (process->state() != QProcess::NotRunning) {
            *timedOut = true;
            process->kill();
        }
    });
}

} // namespace

GcloudSource::GcloudSource(GcloudOptions options)
    : m_options(std::move(options))
{}

GcloudSource::~GcloudSource()
{
    // QProcess's destructor kills and waits; do it quietly, before the handlers could run.
    const auto processes = m_guard.findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes) {
        process->disconnect(&m_guard);
        process->kill();
        process->waitForFinished(1000);
    }
}

QProcess *GcloudSource::startGcloud(const QStringList &arguments)
{
    auto *process = new QProcess(&m_guard);
    process->setProgram(m_options.program);
    process->setArguments(arguments);
    // gcloud must never wait for an answer on a terminal it does not have.
    process->setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CLOUDSDK_CORE_DISABLE_PROMPTS"_s, u"1"_s);
    process->setProcessEnvironment(environment);
    return process;
}

void GcloudSource::fetch(QObject *context, Callback done)
{
    if (!m_queue.add(context, std::move(done)))
        return;
    m_tokenDone = false;
    m_token.clear();
    m_error.clear();
    if (m_options.lookUpAccount && !m_accountKnown && !m_accountProcess)
        startAccountLookup();

    QProcess *process = startGcloud({u"auth"_s, u"print-access-token"_s});
    auto timedOut = std::make_shared<bool>(false);
    // One report per run: errorOccurred(FailedToStart) comes without finished().
    auto reported = std::make_shared<bool>(false);
    const QString program = m_options.program;
    const int timeoutMs = m_options.timeoutMs;
    QObject::connect(process, &QProcess::errorOccurred, &m_guard,
                     [this, process, program, reported](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart || *reported)
                             return;
                         *reported = true;
                         process->deleteLater();
                         tokenProcessDone({}, tr("gcloud is not installed or not on PATH (could not start \"%1\"). "
                                                 "Install the Google Cloud CLI and run `%2`, or choose another "
                                                 "credential source.")
                                                  .arg(program, u"gcloud auth login"_s));
                     });
    QObject::connect(
        process, &QProcess::finished, &m_guard,
        [this, process, timedOut, reported, timeoutMs](int exitCode, QProcess::ExitStatus status) {
            if (*reported)
                return;
            *reported = true;
            process->deleteLater();
            if (*timedOut) {
                tokenProcessDone({},
                                 tr("%1 did not answer within %2 s (is it waiting for the network or a prompt?). "
                                    "Run it in a terminal to see why.")
                                     .arg(u"gcloud auth print-access-token"_s, QLocale().toString(timeoutMs / 1000.0)));
                return;
            }
            const QByteArray out = process->readAllStandardOutput();
            const QByteArray err = process->readAllStandardError();
            if (status != QProcess::NormalExit || exitCode != 0) {
                const QString reason = firstLine(err);
                tokenProcessDone(
                    {}, tr("%1 failed (%2)%3. Run `%4` (and check `%5`).")
                            .arg(u"gcloud auth print-access-token"_s,
                                 status == QProcess::NormalExit ? tr("exit code %1").arg(exitCode) : tr("it crashed"),
                                 reason.isEmpty() ? QString() : u": "_s + reason, u"gcloud auth login"_s,
                                 u"gcloud auth list"_s));
                return;
            }
            const QString token = QString::fromLocal8Bit(out).trimmed().section(u'\n', -1).trimmed();
            if (token.isEmpty() || token.contains(u' ')) {
                tokenProcessDone({}, tr("%1 printed no token. Run `%2`.")
                                         .arg(u"gcloud auth print-access-token"_s, u"gcloud auth login"_s));
                return;
            }
            tokenProcessDone(token, {});
        });
    armTimeout(process, timeoutMs, timedOut);
    qCDebug(lcAuth) << "gcloud: running" << m_options.program << "auth print-access-token";
    process->start();
}

void GcloudSource::startAccountLookup()
{
    QProcess *process = startGcloud({u"config"_s, u"get-value"_s, u"account"_s});
    m_accountProcess = process;
    auto timedOut = std::make_shared<bool>(false);
    const auto done = [this, process](const QString &account) {
        if (m_accountProcess == process)
            m_accountProcess.clear();
        process->deleteLater();
        m_account = account;
        m_accountKnown = true; // asked once; not asked again even when unknown
        maybeFinish();
    };
    QObject::connect(process, &QProcess::errorOccurred, &m_guard, [done](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done({});
    });
    QObject::connect(process, &QProcess::finished, &m_guard,
                     [process, timedOut, done](int exitCode, QProcess::ExitStatus status) {
                         const QString account = QString::fromLocal8Bit(process->readAllStandardOutput()).trimmed();
                         const bool ok = !*timedOut && status == QProcess::NormalExit && exitCode == 0 &&
                                         account.contains(u'@') && !account.contains(u' ');
                         done(ok ? account : QString());
                     });
    armTimeout(process, kAccountTimeoutMs, timedOut);
    process->start();
}

void GcloudSource::tokenProcessDone(const QString &token, const QString &error)
{
    m_tokenDone = true;
    m_token = token;
    m_error = error;
    if (!error.isEmpty())
        qCWarning(lcAuth).noquote() << redact(error);
    maybeFinish();
}

void GcloudSource::maybeFinish()
{
    // The first token waits for the account lookup running beside it (a few ms more at most).
    if (!m_tokenDone || m_accountProcess)
        return;
    m_tokenDone = false;
    AccessToken token;
    if (m_error.isEmpty()) {
        token.value = m_token;
        token.account = m_account;
    }
    const QString error = m_error;
    m_token.clear();
    m_error.clear();
    m_queue.finish(token, error);
}

} // namespace maas
