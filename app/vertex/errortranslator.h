#pragma once

#include "vertex/usererror.h"
#include "wire/streamevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>
#include <QStringList>

#include <optional>

namespace maas {

// What the translator knows about the request, to make remedies concrete.
struct ErrorContext
{
    QString project;
    QString location;
    QString model;              // exact request id
    QString modelName;          // display name, or the id
    QStringList knownLocations; // where the catalog says the model is served
    QString retiredOn;          // ISO date when the catalog says it is retired
    QString replacementName;    // what the catalog suggests instead
};

// Turns API errors (google.rpc.Status as object or one-element array, Anthropic and OpenAI/Mistral
// envelopes, HTML pages from proxies), stream errors and network failures into a UserError whose
// remedy names the cause: IAM role, Model Garden enablement, org policy on the global endpoint,
// region, quota, expired credentials.
// Titles and remedies are translated (context "ErrorTranslator"); commands, roles and ids stay literal and
// reach the text through %N arguments so a translation cannot break them.
class ErrorTranslator
{
    Q_DECLARE_TR_FUNCTIONS(ErrorTranslator)

public:
    static UserError fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
                              const QByteArray &retryAfter, const ErrorContext &context,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    static UserError fromStreamError(const StreamEvent &error, const ErrorContext &context);
    static UserError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, qint64 outputChars,
                                 const ErrorContext &context);
    // The body ended without the family's end marker.
    static UserError incompleteStream(qint64 outputChars, const ErrorContext &context);

    // Retry-After as seconds (a number) or an HTTP date; nullopt when absent or unreadable.
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace maas
