#include "emulator/embeddings.h"

#include "emulator/generation.h"

#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace maas::emulator {

namespace {

// FNV-1a over UTF-16 code units: stable across runs, unlike qHash.
quint64 fnv1a(QStringView text)
{
    quint64 hash = 14695981039346656037ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace

QList<float> embedText(const QString &text, int dimensions)
{
    QList<double> vector(dimensions, 0.0);
    if (dimensions <= 0)
        return {};
    const QString normalised = u"  "_s + text.toLower().simplified() + u"  "_s;
    for (qsizetype i = 0; i + 3 <= normalised.size(); ++i) {
        const quint64 hash = fnv1a(QStringView(normalised).sliced(i, 3));
        const auto bucket = qsizetype(hash % quint64(dimensions));
        vector[bucket] += (hash >> 63) ? 1.0 : -1.0;
    }
    // A small component seeded from the whole text keeps distinct texts distinct.
    QRandomGenerator random(stableHash(text));
    for (double &value : vector)
        value += (random.generateDouble() - 0.5) * 0.2;

    double norm = 0;
    for (const double value : vector)
        norm += value * value;
    norm = std::sqrt(norm);
    QList<float> result;
    result.reserve(dimensions);
    for (const double value : vector)
        result.append(norm > 0 ? float(value / norm) : 0.0f);
    return result;
}

} // namespace maas::emulator
