#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace maas {

// A word-level diff of two texts (two models' answers), whitespace kept exactly: the Equal and
// Deleted segments concatenate to the old text, the Equal and Inserted ones to the new text.
// Myers' O(ND) algorithm in linear space on word and punctuation tokens; the whitespace before each
// token travels with it, so spaces are never what two answers are aligned on.

struct DiffSegment
{
    enum class Kind
    {
        Equal,
        Deleted,
        Inserted,
    };
    Kind kind = Kind::Equal;
    QString text;

    friend bool operator==(const DiffSegment &, const DiffSegment &) = default;
};

struct WordDiff
{
    QList<DiffSegment> segments; // adjacent segments never share a kind
    int deletedWords = 0;        // word tokens (letters or digits) only, not spaces or punctuation
    int insertedWords = 0;
    int equalWords = 0;

    QString oldText() const;
    QString newText() const;
};

// Splits into tokens whose concatenation is the text: runs of letters/digits (with inner
// apostrophes, as in "don't"), runs of whitespace, and every other character on its own.
QStringList wordTokens(QStringView text);
// A token that counts as a word: it starts with a letter or a digit.
bool isWordToken(QStringView token);

WordDiff diffWords(QStringView oldText, QStringView newText);

} // namespace maas
