#include "emulator/generation.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

constexpr qsizetype kTokenChars = 4;

// Appends the pieces of text to tokens; pieces stop at kTokenChars and never split a surrogate pair.
void chop(QStringView text, QStringList *tokens)
{
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = qMin(at + kTokenChars, text.size());
        if (end < text.size() && text.at(end - 1).isHighSurrogate())
            ++end;
        tokens->append(text.sliced(at, end - at).toString());
        at = end;
    }
}

} // namespace

QStringList splitTokens(QStringView text)
{
    QStringList tokens;
    qsizetype at = 0;
    while (at < text.size()) {
        // A word: its leading whitespace, then non-whitespace. Newlines stand alone, as in most
        // tokenizers, so paragraphs and code lines break cleanly.
        qsizetype end = at;
        if (text.at(end) == u'\n') {
            while (end < text.size() && text.at(end) == u'\n')
                ++end;
        } else {
            while (end < text.size() && text.at(end).isSpace() && text.at(end) != u'\n')
                ++end;
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
        }
        chop(text.sliced(at, end - at), &tokens);
        at = end;
    }
    return tokens;
}

int estimateTokens(QStringView text)
{
    if (text.isEmpty())
        return 0;
    return int(qMax<qsizetype>(1, (text.size() + kTokenChars - 1) / kTokenChars));
}

quint64 stableHash(const QString &text)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    return qFromLittleEndian<quint64>(digest.constData());
}

GenerationPlan planGeneration(const PlanRequest &request)
{
    GenerationPlan plan;
    plan.inputTokens = request.inputTokens;
    QRandomGenerator random(request.seed);

    const double scale = request.speedFactor > 0 ? 1.0 / request.speedFactor : 0.0;
    const double msPerToken = request.speed.tokensPerSecond > 0 ? 1000.0 / request.speed.tokensPerSecond : 0.0;
    plan.firstTokenMs = request.speed.firstTokenMs * scale;

    int budget = request.maxTokens > 0 ? request.maxTokens : std::numeric_limits<int>::max();
    int produced = 0;

    const auto stream = [&](const QString &text, bool thinking, int limit) {
        const QStringList tokens = splitTokens(text);
        int used = 0;
        qsizetype i = 0;
        while (i < tokens.size()) {
            if (used >= limit || budget <= 0)
                return false;                           // cut short
            const int want = int(random.bounded(1, 5)); // 1..4 tokens per delta
            const int take = std::min({want, int(tokens.size() - i), limit - used, budget});
            Delta delta;
            delta.thinking = thinking;
            delta.tokens = take;
            for (int k = 0; k < take; ++k)
                delta.text += tokens.at(i + k);
            delta.atMs = plan.firstTokenMs + produced * msPerToken * scale;
            i += take;
            used += take;
            budget -= take;
            produced += take;
            (thinking ? plan.thinking : plan.text) += delta.text;
            plan.deltas.append(delta);
        }
        return true;
    };

    if (!request.answer.thinking.isEmpty()) {
        const int limit = request.thinkingBudget > 0 ? request.thinkingBudget : std::numeric_limits<int>::max();
        stream(request.answer.thinking, true, limit);
    }
    plan.truncated = !stream(request.answer.text, false, std::numeric_limits<int>::max());
    plan.outputTokens = produced;
    plan.totalMs = plan.deltas.isEmpty() ? plan.firstTokenMs : plan.deltas.last().atMs;
    return plan;
}

} // namespace maas::emulator
