#pragma once

#include <QList>

namespace maas {

// The arithmetic of the embeddings view: cosine similarity, each text's nearest neighbour, and
// where two or more models disagree about it. No widgets, no network.

using SimilarityMatrix = QList<QList<double>>;

// Cosine of the angle between two vectors, in double precision. 0 when either has no length or
// their sizes differ (two models' vectors are never comparable).
double cosineSimilarity(const QList<float> &a, const QList<float> &b);

// The symmetric matrix of cosine similarities between every pair of vectors (diagonal 1 for any
// non-zero vector).
SimilarityMatrix similarityMatrix(const QList<QList<float>> &vectors);

// The other rows of `row`, most similar first; ties keep the lower index first.
QList<int> rankNeighbours(const SimilarityMatrix &matrix, int row);

// For each row, the index of its most similar other row; -1 when there is no other row.
QList<int> nearestNeighbours(const SimilarityMatrix &matrix);

// One text compared across models: the nearest neighbour each model found for it.
struct NeighbourComparison
{
    int text = 0;
    QList<int> neighbours; // one per model, in the order the models were given (-1: none)
    bool agree = true;     // every model that found a neighbour found the same one
};

// neighboursPerModel[m][t]: model m's nearest neighbour of text t (as from nearestNeighbours).
// Models with fewer texts count as having no neighbour for the missing ones.
QList<NeighbourComparison> compareNeighbours(const QList<QList<int>> &neighboursPerModel);

// The share of texts on whose nearest neighbour all models agree, in [0, 1]; 1 when there are no texts.
double agreementRate(const QList<NeighbourComparison> &comparisons);

} // namespace maas
