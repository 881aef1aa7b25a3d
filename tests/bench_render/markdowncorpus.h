#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace maas::bench {

// A deterministic Markdown answer of the kind models write: headings, paragraphs with inline
// markup, nested lists, GFM tables and about 30 % code in C++, Python, JSON and Bash fences.
struct MarkdownCorpus
{
    QString text;              // exactly tokens * 4 chars
    QList<QStringView> tokens; // 4-char slices of text
    double codeShare = 0;      // share of chars inside fences
};

MarkdownCorpus makeCorpus(qsizetype tokens, quint32 seed = 20261127);

} // namespace maas::bench
