#include "embeddings/similarity.h"

#include <algorithm>
#include <cmath>

namespace maas {

double cosineSimilarity(const QList<float> &a, const QList<float> &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return 0.0;
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const double x = a.at(i);
        const double y = b.at(i);
        dot += x * y;
        normA += x * x;
        normB += y * y;
    }
    if (normA <= 0 || normB <= 0)
        return 0.0;
    // Rounding can push a vector's cosine with itself a hair past 1.
    return std::clamp(dot / (std::sqrt(normA) * std::sqrt(normB)), -1.0, 1.0);
}

SimilarityMatrix similarityMatrix(const QList<QList<float>> &vectors)
{
    const qsizetype n = vectors.size();
    SimilarityMatrix matrix(n, QList<double>(n, 0.0));
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i; j < n; ++j) {
            const double value = cosineSimilarity(vectors.at(i), vectors.at(j));
            matrix[i][j] = value;
            matrix[j][i] = value;
        }
    }
    return matrix;
}

QList<int> rankNeighbours(const SimilarityMatrix &matrix, int row)
{
    QList<int> others;
    if (row < 0 || row >= matrix.size())
        return others;
    const QList<double> &values = matrix.at(row);
    for (int j = 0; j < values.size(); ++j) {
        if (j != row)
            others.append(j);
    }
    std::stable_sort(others.begin(), others.end(), [&values](int l, int r) { return values.at(l) > values.at(r); });
    return others;
}

QList<int> nearestNeighbours(const SimilarityMatrix &matrix)
{
    QList<int> nearest;
    nearest.reserve(matrix.size());
    for (int i = 0; i < matrix.size(); ++i) {
        const QList<int> ranked = rankNeighbours(matrix, i);
        nearest.append(ranked.isEmpty() ? -1 : ranked.first());
    }
    return nearest;
}

QList<NeighbourComparison> compareNeighbours(const QList<QList<int>> &neighboursPerModel)
{
    qsizetype texts = 0;
    for (const QList<int> &model : neighboursPerModel)
        texts = std::max(texts, model.size());
    QList<NeighbourComparison> result;
    result.reserve(texts);
    for (int t = 0; t < texts; ++t) {
        NeighbourComparison c;
        c.text = t;
        int first = -1;
        for (const QList<int> &model : neighboursPerModel) {
            const int neighbour = t < model.size() ? model.at(t) : -1;
            c.neighbours.append(neighbour);
            if (neighbour < 0)
                continue;
            if (first < 0)
                first = neighbour;
            else if (neighbour != first)
                c.agree = false;
        }
        result.append(c);
    }
    return result;
}

double agreementRate(const QList<NeighbourComparison> &comparisons)
{
    if (comparisons.isEmpty())
        return 1.0;
    const auto agreeing =
        std::count_if(comparisons.cbegin(), comparisons.cend(), [](const NeighbourComparison &c) { return c.agree; });
    return double(agreeing) / double(comparisons.size());
}

} // namespace maas
