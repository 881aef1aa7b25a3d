#pragma once

#include <QString>

#include <optional>

namespace maas {

// An error as a person should read it: what happened, the server's own words, and what to do.
struct UserError
{
    QString title;  // one line: "Permission denied"
    QString detail; // the server's message or what the client saw
    QString remedy; // what to do, with the exact command where there is one
    bool retryable = false;
    int httpStatus = 0; // 0 when no HTTP status was received
    QString code;       // "PERMISSION_DENIED", "overloaded_error", "network", ...
    // Which access wall this is, decided once here so callers (the access doctor) need not read
    // messages again: "credentials", "permission", "service-disabled", "not-enabled", "org-policy",
    // "not-served", "not-found", "retired", "quota"; empty for anything else.
    QString cause;
    std::optional<int> retryAfterSeconds;

    static UserError make(QString title, QString detail, QString remedy, QString code = {})
    {
        UserError e;
        e.title = std::move(title);
        e.detail = std::move(detail);
        e.remedy = std::move(remedy);
        e.code = std::move(code);
        return e;
    }

    // "title: detail" plus the remedy on its own line; for logs, the CLI and tooltips.
    QString toText() const;
};

} // namespace maas
