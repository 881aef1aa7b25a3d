#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace maas::emulator {

// How fast a model answers at speed factor 1.
struct SpeedProfile
{
    int firstTokenMs = 500;
    double tokensPerSecond = 100;
};

// The scripted answer for one request, before it is cut into deltas.
struct ScriptedAnswer
{
    QString thinking; // empty: no visible reasoning
    QString text;
    QString templateId; // which script template was used (logs, tests)
};

// One streamed piece of the answer, with the time it is due (ms after the response headers).
struct Delta
{
    QString text;
    int tokens = 0;
    bool thinking = false;
    double atMs = 0;
};

// The whole generation, planned up front: every delta and when it is due, the usage numbers and
// whether max_tokens cut it short. Codecs turn this into their family's wire format.
struct GenerationPlan
{
    QList<Delta> deltas; // thinking deltas first, then text deltas
    QString thinking;    // what the deltas add up to
    QString text;
    int inputTokens = 0;
    int outputTokens = 0;
    bool truncated = false; // stopped by max_tokens
    double firstTokenMs = 0;
    double totalMs = 0; // when the last delta is due
};

struct PlanRequest
{
    ScriptedAnswer answer;
    SpeedProfile speed;
    double speedFactor = 1; // > 1 runs faster; <= 0 means no delays at all
    int maxTokens = 0;      // 0: unlimited
    int thinkingBudget = 0; // Claude budget_tokens; 0: unlimited (within maxTokens)
    int inputTokens = 0;
    quint64 seed = 0; // picks the delta sizes
};

// Splits text into token-like pieces of at most four characters that never start inside a word
// boundary's whitespace run, the way BPE tokens start with their leading space (" word").
QStringList splitTokens(QStringView text);
// Prompt-side estimate: about four characters per token, at least one for non-empty text.
int estimateTokens(QStringView text);
// A seed that stays the same across runs and machines (qHash is seeded per process).
quint64 stableHash(const QString &text);

GenerationPlan planGeneration(const PlanRequest &request);

} // namespace maas::emulator
