#include "auth/fetchqueue.h"

#include <QMetaObject>

namespace maas {

bool FetchQueue::add(QObject *context, TokenProvider::Callback done)
{
    m_waiting.push_back({context, std::move(done)});
    return m_waiting.size() == 1;
}

void FetchQueue::finish(const AccessToken &token, const QString &error)
{
    std::vector<Waiter> waiting;
    waiting.swap(m_waiting);
    for (Waiter &waiter : waiting) {
        if (waiter.context && waiter.done)
            waiter.done(token, error);
    }
}

void answerLater(QObject *context, TokenProvider::Callback done, AccessToken token, QString error)
{
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), token = std::move(token), error = std::move(error)] { done(token, error); },
        Qt::QueuedConnection);
}

} // namespace maas
