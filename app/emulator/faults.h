#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace maas::emulator {

// A fault the emulator injects into one request, chosen with the X-Maas-Fault header or a prompt
// that starts with [[fault:...]]. Syntax (both places): NAME[:ARG][;times=N][;after=K], several
// separated by commas. Documented in app/emulator/README.md.
struct Fault
{
    enum class Kind
    {
        Unauthenticated, // 401 UNAUTHENTICATED
        Permission,      // 403 IAM_PERMISSION_DENIED
        NotEnabled,      // 400 FAILED_PRECONDITION, model not enabled in Model Garden
        OrgPolicy,       // 403, constraints/gcp.restrictEndpointUsage
        WrongRegion,     // 404 NOT_FOUND, as for a model not found at that location
        Quota,           // 429 RESOURCE_EXHAUSTED, array envelope, Retry-After: ARG (2)
        ServerError,     // 500 INTERNAL
        Unavailable,     // 503 UNAVAILABLE
        Overloaded,      // 200, then a mid-stream error after ARG deltas (3)
        Overloaded529,   // Anthropic 529 overloaded_error (429 on the other families)
        Drop,            // stream ARG deltas (3), then close the TCP connection
        Malformed,       // a chunk with broken JSON after ARG deltas (3), then carry on
        Stall,           // ARG seconds (2) of silence after `after` deltas (3), then carry on
        Retired,         // 400 FAILED_PRECONDITION, the model was retired
        SlowStart,       // ARG ms (1500) before the response headers
    };

    Kind kind = Kind::ServerError;
    double arg = 0; // ARG, or the fault's default
    bool hasArg = false;
    int times = 0; // > 0: only the first N requests per (fault, model) fail
    int after = 3; // stall: deltas before the silence

    QString name() const;
    // The spec as written back in logs: "quota:1;times=1".
    QString toString() const;
    bool firesMidStream() const;
    int deltasBefore() const; // drop, malformed, overloaded: ARG; stall: after

    // Parses "NAME[:ARG][;times=N][;after=K]" (and the NAME-once aliases). Returns false with a
    // message naming what is wrong.
    static bool parse(QStringView text, Fault *out, QString *error);
    // Parses a comma-separated list.
    static bool parseList(QStringView text, QList<Fault> *out, QString *error);
    static QStringList knownNames();
};

// Splits a leading "[[fault:SPEC]]" off a prompt. Returns the SPEC (empty when there is none) and
// leaves the rest of the prompt, without the directive and the blank space after it, in prompt.
QString takePromptFault(QString *prompt);

// Counts requests per (fault, model) so that "times=N" fails only the first N of them.
class FaultCounter final
{
public:
    // True when the fault should fire for this request (and counts it).
    bool fire(const Fault &fault, const QString &model);
    void reset() { m_counts.clear(); }

private:
    QHash<QString, int> m_counts;
};

} // namespace maas::emulator
