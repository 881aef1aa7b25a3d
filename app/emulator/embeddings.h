#pragma once

#include <QList>
#include <QString>

namespace maas::emulator {

// A deterministic stand-in for an embedding model: character trigrams of the lower-cased text are
// hashed into signed buckets (the "hashing trick"), plus a faint text-seeded component so no two
// different texts coincide, then L2-normalised. Texts that share wording share buckets, so
// similar texts get a clearly higher cosine similarity than unrelated ones.
QList<float> embedText(const QString &text, int dimensions);

} // namespace maas::emulator
