#include "markdown/worddiff.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace maas {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'_';
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

// An edit script on token ids, built by Myers' divide and conquer ("middle snake"), so memory
// stays linear in the number of tokens whatever the distance.
class Differ
{
public:
    Differ(const QList<int> &a, const QList<int> &b, QList<DiffSegment::Kind> &ops)
        : m_a(a)
        , m_b(b)
        , m_ops(ops)
    {}

    void diff(int aLo, int aHi, int bLo, int bHi)
    {
        int prefix = 0;
        while (aLo + prefix < aHi && bLo + prefix < bHi && m_a.at(aLo + prefix) == m_b.at(bLo + prefix))
            ++prefix;
        push(DiffSegment::Kind::Equal, prefix);
        aLo += prefix;
        bLo += prefix;
        int suffix = 0;
        while (aHi - suffix > aLo && bHi - suffix > bLo && m_a.at(aHi - suffix - 1) == m_b.at(bHi - suffix - 1))
            ++suffix;
        aHi -= suffix;
        bHi -= suffix;

        if (aLo == aHi) {
            push(DiffSegment::Kind::Inserted, bHi - bLo);
        } else if (bLo == bHi) {
            push(DiffSegment::Kind::Deleted, aHi - aLo);
        } else {
            int x = 0;
            int y = 0;
            if (middleSnake(aLo, aHi, bLo, bHi, &x, &y)) {
                diff(aLo, x, bLo, y);
                diff(x, aHi, y, bHi);
            } else {
                push(DiffSegment::Kind::Deleted, aHi - aLo);
                push(DiffSegment::Kind::Inserted, bHi - bLo);
            }
        }
        push(DiffSegment::Kind::Equal, suffix);
    }

private:
    void push(DiffSegment::Kind kind, int count)
    {
        for (int i = 0; i < count; ++i)
            m_ops.append(kind);
    }

    // Finds a point (x, y) on an optimal path that splits the problem in two (as in
    // diff-match-patch's bisect); false when the ranges share nothing.
    bool middleSnake(int aLo, int aHi, int bLo, int bHi, int *splitX, int *splitY) const
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD;
        const int length = 2 * maxD + 2;
        QList<int> forward(length, -1);
        QList<int> backward(length, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        const int delta = n - m;
        const bool front = (delta % 2) != 0;
        int k1Start = 0;
        int k1End = 0;
        int k2Start = 0;
        int k2End = 0;
        const auto a = [&](int i) { return m_a.at(aLo + i); };
        const auto b = [&](int i) { return m_b.at(bLo + i); };
        for (int d = 0; d < maxD; ++d) {
            for (int k1 = -d + k1Start; k1 <= d - k1End; k1 += 2) {
                const int k1Offset = offset + k1;
                int x1 = (k1 == -d || (k1 != d && forward.at(k1Offset - 1) < forward.at(k1Offset + 1)))
                             ? forward.at(k1Offset + 1)
                             : forward.at(k1Offset - 1) + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a(x1) == b(y1)) {
                    ++x1;
                    ++y1;
                }
                forward[k1Offset] = x1;
                if (x1 > n) {
                    k1End += 2;
                } else if (y1 > m) {
                    k1Start += 2;
                } else if (front) {
                    const int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && backward.at(k2Offset) != -1) {
                        if (x1 >= n - backward.at(k2Offset)) {
                            *splitX = aLo + x1;
                            *splitY = bLo + y1;
                            return true;
                        }
                    }
                }
            }
            for (int k2 = -d + k2Start; k2 <= d - k2End; k2 += 2) {
                const int k2Offset = offset + k2;
                int x2 = (k2 == -d || (k2 != d && backward.at(k2Offset - 1) < backward.at(k2Offset + 1)))
                             ? backward.at(k2Offset + 1)
                             : backward.at(k2Offset - 1) + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a(n - x2 - 1) == b(m - y2 - 1)) {
                    ++x2;
                    ++y2;
                }
                backward[k2Offset] = x2;
                if (x2 > n) {
                    k2End += 2;
                } else if (y2 > m) {
                    k2Start += 2;
                } else if (!front) {
                    const int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && forward.at(k1Offset) != -1) {
                        const int x1 = forward.at(k1Offset);
                        const int y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            *splitX = aLo + x1;
                            *splitY = bLo + y1;
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    const QList<int> &m_a;
    const QList<int> &m_b;
    QList<DiffSegment::Kind> &m_ops;
};

void append(QList<DiffSegment> &segments, DiffSegment::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text});
}

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QString commonBlankPrefix(const QString &a, const QString &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n) && a.at(n).isSpace())
        ++n;
    return a.left(n);
}

// Runs of changes read as one change: a blank Equal between two changes ("~~red~~ ++blue++ ~~car~~
// ++bike++") is folded into them, and blanks both sides start with go back to the Equal before.
// Both texts stay intact.
QList<DiffSegment> foldBlankEquals(const QList<DiffSegment> &segments)
{
    QList<DiffSegment> out;
    QString deleted;
    QString inserted;
    const auto flush = [&] {
        const QString shared = commonBlankPrefix(deleted, inserted);
        append(out, DiffSegment::Kind::Equal, shared);
        append(out, DiffSegment::Kind::Deleted, deleted.mid(shared.size()));
        append(out, DiffSegment::Kind::Inserted, inserted.mid(shared.size()));
        deleted.clear();
        inserted.clear();
    };
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const DiffSegment &s = segments.at(i);
        const bool inChange = !deleted.isEmpty() || !inserted.isEmpty();
        if (s.kind == DiffSegment::Kind::Deleted) {
            deleted += s.text;
        } else if (s.kind == DiffSegment::Kind::Inserted) {
            inserted += s.text;
        } else if (inChange && i + 1 < segments.size() && isBlank(s.text)) {
            deleted += s.text;
            inserted += s.text;
        } else {
            flush();
            append(out, DiffSegment::Kind::Equal, s.text);
        }
    }
    flush();
    return out;
}

// A word or punctuation token with the whitespace before it. Only tokens are matched, so the
// diff aligns words, never the spaces between them.
struct Item
{
    QString lead;
    QString token;
};

QList<Item> items(QStringView text, QString *trailing)
{
    QList<Item> result;
    QString lead;
    for (QString &t : wordTokens(text)) {
        if (t.front().isSpace())
            lead = std::move(t);
        else
            result.append({std::exchange(lead, QString()), std::move(t)});
    }
    *trailing = lead;
    return result;
}

} // namespace

QString WordDiff::oldText() const
{
    QString text;
    for (const DiffSegment &s : segments) {
        if (s.kind != DiffSegment::Kind::Inserted)
            text += s.text;
    }
    return text;
}

QString WordDiff::newText() const
{
    QString text;
    for (const DiffSegment &s : segments) {
        if (s.kind != DiffSegment::Kind::Deleted)
            text += s.text;
    }
    return text;
}

QStringList wordTokens(QStringView text)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        qsizetype end = i + 1;
        if (c.isSpace()) {
            while (end < text.size() && text.at(end).isSpace())
                ++end;
        } else if (isWordChar(c)) {
            while (end < text.size()) {
                if (isWordChar(text.at(end)))
                    ++end;
                else if (isApostrophe(text.at(end)) && end + 1 < text.size() && isWordChar(text.at(end + 1)))
                    end += 2;
                else
                    break;
            }
        } else if (c.isHighSurrogate() && end < text.size() && text.at(end).isLowSurrogate()) {
            ++end; // an emoji or another character outside the BMP stays whole
        }
        tokens.append(text.sliced(i, end - i).toString());
        i = end;
    }
    return tokens;
}

bool isWordToken(QStringView token)
{
    return !token.isEmpty() && token.front().isLetterOrNumber();
}

WordDiff diffWords(QStringView oldText, QStringView newText)
{
    QString oldTrailing;
    QString newTrailing;
    const QList<Item> oldItems = items(oldText, &oldTrailing);
    const QList<Item> newItems = items(newText, &newTrailing);
    QHash<QString, int> ids;
    const auto toIds = [&ids](const QList<Item> &list) {
        QList<int> result;
        result.reserve(list.size());
        for (const Item &item : list) {
            auto it = ids.constFind(item.token);
            if (it == ids.cend())
                it = ids.insert(item.token, int(ids.size()));
            result.append(it.value());
        }
        return result;
    };
    const QList<int> a = toIds(oldItems);
    const QList<int> b = toIds(newItems);

    QList<DiffSegment::Kind> ops;
    ops.reserve(a.size() + b.size());
    Differ(a, b, ops).diff(0, int(a.size()), 0, int(b.size()));

    WordDiff result;
    QList<DiffSegment> raw;
    qsizetype i = 0;
    qsizetype j = 0;
    for (const DiffSegment::Kind kind : ops) {
        switch (kind) {
        case DiffSegment::Kind::Equal: {
            const Item &o = oldItems.at(i++);
            const Item &n = newItems.at(j++);
            result.equalWords += isWordToken(o.token);
            if (o.lead != n.lead) {
                append(raw, DiffSegment::Kind::Deleted, o.lead);
                append(raw, DiffSegment::Kind::Inserted, n.lead);
                append(raw, DiffSegment::Kind::Equal, o.token);
            } else {
                append(raw, DiffSegment::Kind::Equal, o.lead + o.token);
            }
            break;
        }
        case DiffSegment::Kind::Deleted: {
            const Item &o = oldItems.at(i++);
            result.deletedWords += isWordToken(o.token);
            append(raw, DiffSegment::Kind::Deleted, o.lead + o.token);
            break;
        }
        case DiffSegment::Kind::Inserted: {
            const Item &n = newItems.at(j++);
            result.insertedWords += isWordToken(n.token);
            append(raw, DiffSegment::Kind::Inserted, n.lead + n.token);
            break;
        }
        }
    }
    if (oldTrailing == newTrailing) {
        append(raw, DiffSegment::Kind::Equal, oldTrailing);
    } else {
        append(raw, DiffSegment::Kind::Deleted, oldTrailing);
        append(raw, DiffSegment::Kind::Inserted, newTrailing);
    }
    result.segments = foldBlankEquals(raw);
    return result;
}

} // namespace maas
