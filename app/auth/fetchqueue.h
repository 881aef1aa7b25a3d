#pragma once

#include "client/tokenprovider.h"

#include <QPointer>

#include <vector>

namespace maas {

// Callers waiting for the one token fetch in flight. Sources use it so that concurrent fetches share
// one request (TokenCache does the same one level up).
class FetchQueue final
{
public:
    // Adds a waiter; true when it is the first, i.e. the caller must start the work.
    bool add(QObject *context, TokenProvider::Callback done);
    bool busy() const { return !m_waiting.empty(); }
    // Answers every waiter whose context still exists, in the order they asked. A callback may
    // destroy the owner of this queue: nothing here is touched after the first callback runs.
    void finish(const AccessToken &token, const QString &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenProvider::Callback done;
    };
    std::vector<Waiter> m_waiting;
};

// Answers one caller from the event loop, never synchronously: what a source does with an answer
// it knows at once (a broken key file, a cached token), so callers see one behaviour.
void answerLater(QObject *context, TokenProvider::Callback done, AccessToken token, QString error);

} // namespace maas
