#include "markdownblocks.h"

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// Lines longer than this are not looked at before they are complete when deciding whether a list
// goes on: a list marker fits in it, and the bound keeps each append O(appended text).
constexpr qsizetype LookaheadLimit = 16;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r';
}

bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

// Leading indentation in columns (a tab goes to the next multiple of 4); *pos is the first other char.
qsizetype indentOf(QStringView line, qsizetype *pos)
{
    qsizetype column = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        if (line[i] == u' ')
            ++column;
        else if (line[i] == u'\t')
            column = (column / 4 + 1) * 4;
        else
            break;
    }
    *pos = i;
    return column;
}

qsizetype countRun(QStringView line, qsizetype from, QChar c)
{
    qsizetype i = from;
    while (i < line.size() && line[i] == c)
        ++i;
    return i - from;
}

struct Fence
{
    QChar marker;
    qsizetype length = 0;
    qsizetype indent = 0;
    QString language;
};

std::optional<Fence> fenceOpener(QStringView line)
{
    qsizetype pos = 0;
    const qsizetype indent = indentOf(line, &pos);
    if (pos >= line.size() || (line[pos] != u'`' && line[pos] != u'~'))
        return std::nullopt;
    const QChar marker = line[pos];
    const qsizetype length = countRun(line, pos, marker);
    if (length < 3)
        return std::nullopt;
    const QStringView info = line.mid(pos + length).trimmed();
    if (marker == u'`' && info.contains(u'`'))
        return std::nullopt;
    qsizetype end = 0;
    while (end < info.size() && !isSpace(info[end]) && info[end] != u'{' && info[end] != u',')
        ++end;
    return Fence{marker, length, indent, info.left(end).toString()};
}

bool isAtxHeading(QStringView line)
{
    const qsizetype hashes = countRun(line, 0, u'#');
    return hashes >= 1 && hashes <= 6 && (hashes == line.size() || isSpace(line[hashes]));
}

bool isThematicBreak(QStringView line)
{
    qsizetype pos = 0;
    if (indentOf(line, &pos) > 3 || pos >= line.size())
        return false;
    const QChar c = line[pos];
    if (c != u'-' && c != u'*' && c != u'_')
        return false;
    qsizetype count = 0;
    for (qsizetype i = pos; i < line.size(); ++i) {
        if (line[i] == c)
            ++count;
        else if (!isSpace(line[i]))
            return false;
    }
    return count >= 3;
}

// Length of a list marker ("- ", "* ", "+ ", "1. ", "12) ") at pos, or 0.
qsizetype listMarkerAt(QStringView line, qsizetype pos)
{
    if (pos >= line.size())
        return 0;
    qsizetype end = pos;
    if (line[pos] == u'-' || line[pos] == u'*' || line[pos] == u'+') {
        end = pos + 1;
    } else {
        while (end < line.size() && end - pos < 10 && line[end].isDigit() && line[end].unicode() < 128)
            ++end;
        if (end == pos || end - pos > 9 || end >= line.size() || (line[end] != u'.' && line[end] != u')'))
            return 0;
        ++end;
    }
    if (end < line.size() && !isSpace(line[end]))
        return 0;
    return end - pos;
}

bool isListItem(QStringView line)
{
    qsizetype pos = 0;
    indentOf(line, &pos);
    return listMarkerAt(line, pos) > 0 && !isThematicBreak(line);
}

enum class Continuation
{
    Unknown,
    Continue,
    Break
};

// After a blank line inside a list: does this line go on with the list? Prefix-stable: for an
// incomplete line the answer is either Unknown or the answer for every completion of it.
Continuation afterBlank(QStringView line, bool complete)
{
    if (line.isEmpty())
        return Continuation::Unknown;
    const QChar c = line[0];
    if (c == u' ' || c == u'\t')
        return isBlank(line) ? Continuation::Unknown : Continuation::Continue;
    if (c == u'-' || c == u'*' || c == u'+') {
        if (line.size() == 1)
            return complete ? Continuation::Continue : Continuation::Unknown;
        if (!isSpace(line[1]))
            return Continuation::Break; // "---", "**bold**", "-1"
        if (c == u'+')
            return Continuation::Continue;
        // "- " or "* " may still become a thematic break ("- - -"), which ends the list.
        bool onlyMarks = true;
        qsizetype marks = 0;
        for (QChar x : line) {
            if (x == c)
                ++marks;
            else if (!isSpace(x))
                onlyMarks = false;
        }
        if (!onlyMarks)
            return Continuation::Continue;
        if (!complete)
            return Continuation::Unknown;
        return marks >= 3 ? Continuation::Break : Continuation::Continue;
    }
    if (c.isDigit() && c.unicode() < 128) {
        qsizetype i = 0;
        while (i < line.size() && i < 10 && line[i].isDigit() && line[i].unicode() < 128)
            ++i;
        if (i > 9)
            return Continuation::Break;
        if (i == line.size())
            return complete ? Continuation::Break : Continuation::Unknown;
        if (line[i] != u'.' && line[i] != u')')
            return Continuation::Break;
        ++i;
        if (i == line.size())
            return complete ? Continuation::Continue : Continuation::Unknown;
        return isSpace(line[i]) ? Continuation::Continue : Continuation::Break;
    }
    return Continuation::Break;
}

} // namespace

void MarkdownBlocks::append(QStringView text)
{
    if (text.isEmpty())
        return;
    m_finished = false;
    const qsizetype scanFrom = m_source.size();
    m_source.append(text);
    qsizetype nl = m_source.indexOf(u'\n', scanFrom);
    while (nl >= 0) {
        processLine(m_lineStart, nl, nl + 1);
        m_lineStart = nl + 1;
        nl = m_source.indexOf(u'\n', m_lineStart);
    }
    decidePartialLine();
}

void MarkdownBlocks::finish()
{
    if (m_finished)
        return;
    const qsizetype size = m_source.size();
    if (m_lineStart < size)
        processLine(m_lineStart, size, size);
    m_lineStart = size;
    if (m_inFence) {
        emitBlock(MarkdownBlock::Kind::FenceClose, size, size);
        m_inFence = false;
    }
    settlePending(size);
    m_finished = true;
}

void MarkdownBlocks::clear()
{
    *this = MarkdownBlocks();
}

QList<MarkdownBlock> MarkdownBlocks::takeSettled()
{
    return std::exchange(m_settled, {});
}

MarkdownTail MarkdownBlocks::tail() const
{
    const qsizetype size = m_source.size();
    if (!m_inFence)
        return {m_settledEnd, size - m_settledEnd, false};
    qsizetype end = size;
    if (end > m_lineStart && m_source[end - 1] == u'\r')
        --end;
    const QStringView line = QStringView(m_source).mid(m_lineStart, end - m_lineStart);
    // A line that may still become the closing fence is not shown.
    qsizetype pos = 0;
    if (indentOf(line, &pos) <= m_fenceIndent + 3 && pos < line.size()) {
        const qsizetype run = countRun(line, pos, m_fenceChar);
        if (run > 0 && isBlank(line.mid(pos + run)))
            return {end, 0, true};
    }
    const qsizetype start = stripFenceIndent(m_lineStart, end);
    return {start, end - start, true};
}

QStringView MarkdownBlocks::tailText() const
{
    const MarkdownTail t = tail();
    return QStringView(m_source).mid(t.start, t.length);
}

void MarkdownBlocks::processLine(qsizetype start, qsizetype end, qsizetype next)
{
    if (end > start && m_source[end - 1] == u'\r')
        --end;
    if (!m_inFence) {
        processProseLine(start, end, next);
        return;
    }
    if (isClosingFence(QStringView(m_source).mid(start, end - start))) {
        emitBlock(MarkdownBlock::Kind::FenceClose, start, end);
        m_inFence = false;
    } else {
        emitBlock(MarkdownBlock::Kind::CodeLine, stripFenceIndent(start, end), end);
    }
    m_settledEnd = next;
}

void MarkdownBlocks::processProseLine(qsizetype start, qsizetype end, qsizetype next)
{
    const QStringView line = QStringView(m_source).mid(start, end - start);
    if (isBlank(line)) {
        if (!m_pending)
            m_settledEnd = next;
        else if (!m_pendingList)
            settlePending(next);
        else
            m_blankAfter = true;
        return;
    }
    if (m_pending && m_blankAfter) {
        if (afterBlank(line, true) == Continuation::Break)
            settlePending(start);
        else
            m_blankAfter = false;
    }
    if (const std::optional<Fence> fence = fenceOpener(line); fence && (fence->indent <= 3 || m_pendingList)) {
        settlePending(start);
        emitBlock(MarkdownBlock::Kind::FenceOpen, start, end, fence->language);
        m_inFence = true;
        m_fenceChar = fence->marker;
        m_fenceLength = fence->length;
        m_fenceIndent = fence->indent;
        m_fenceLanguage = fence->language;
        m_settledEnd = next;
        return;
    }
    if (isAtxHeading(line)) {
        settlePending(start);
        emitBlock(MarkdownBlock::Kind::Markdown, start, end);
        m_settledEnd = next;
        return;
    }
    if (!m_pending) {
        m_pending = true;
        m_pendingStart = start;
    }
    if (!m_pendingList && isListItem(line))
        m_pendingList = true;
    m_pendingEnd = end;
}

void MarkdownBlocks::decidePartialLine()
{
    if (m_inFence || !m_pending || !m_blankAfter)
        return;
    const qsizetype available = m_source.size() - m_lineStart;
    QStringView partial = QStringView(m_source).mid(m_lineStart, qMin(available, LookaheadLimit));
    if (partial.size() == available && partial.endsWith(u'\r'))
        partial.chop(1); // may be the first half of a CR LF
    switch (afterBlank(partial, false)) {
    case Continuation::Break:
        settlePending(m_lineStart);
        break;
    case Continuation::Continue:
        m_blankAfter = false;
        break;
    case Continuation::Unknown:
        break;
    }
}

void MarkdownBlocks::settlePending(qsizetype settledEnd)
{
    if (m_pending)
        emitBlock(MarkdownBlock::Kind::Markdown, m_pendingStart, m_pendingEnd);
    m_pending = false;
    m_pendingList = false;
    m_blankAfter = false;
    m_settledEnd = settledEnd;
}

void MarkdownBlocks::emitBlock(MarkdownBlock::Kind kind, qsizetype start, qsizetype end, const QString &language)
{
    m_settled.append(MarkdownBlock{kind, start, end - start, language});
}

bool MarkdownBlocks::isClosingFence(QStringView line) const
{
    qsizetype pos = 0;
    if (indentOf(line, &pos) > m_fenceIndent + 3)
        return false;
    const qsizetype run = countRun(line, pos, m_fenceChar);
    return run >= m_fenceLength && isBlank(line.mid(pos + run));
}

qsizetype MarkdownBlocks::stripFenceIndent(qsizetype start, qsizetype end) const
{
    qsizetype i = start;
    while (i < end && i - start < m_fenceIndent && m_source[i] == u' ')
        ++i;
    return i;
}

} // namespace maas
