#pragma once

// Captures every log message (all categories, debug included) for tests that search the logs for
// secrets. Messages of the test HTTP server (qt.httpserver, which dumps request headers) are kept
// apart: that is the server's side, not the app's.

#include <QByteArrayView>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QtLogging>

namespace maas::test {

class LogCapture
{
public:
    // Installs the capture; a handler installed afterwards (the app's redacting one) runs before it.
    static void install() { state().previous = qInstallMessageHandler(&handle); }
    static void uninstall() { qInstallMessageHandler(state().previous); }

    // What the app logged, one message per line.
    static QString appLog() { return joined(&State::app); }
    // What the test HTTP server logged.
    static QStringList serverLines()
    {
        const QMutexLocker lock(&state().mutex); // not held while logging: handle() takes it too
        return state().server;
    }

private:
    struct State
    {
        QMutex mutex;
        QStringList app;
        QStringList server;
        QtMessageHandler previous = nullptr;
    };
    static State &state()
    {
        static State s;
        return s;
    }
    static QString joined(QStringList State::*which)
    {
        const QMutexLocker lock(&state().mutex);
        return (state().*which).join(u'\n');
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        State &s = state();
        {
            const QMutexLocker lock(&s.mutex);
            const bool server = context.category && QByteArrayView(context.category).startsWith("qt.httpserver");
            (server ? s.server : s.app) << qFormatLogMessage(type, context, message);
        }
        // Testlib's own messages still reach the console.
        if (s.previous && type != QtDebugMsg)
            s.previous(type, context, message);
    }
};

} // namespace maas::test
