#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace maas {

// One settled piece of a streamed Markdown answer: its rendering will never change again.
// start and length index MarkdownBlocks::source().
struct MarkdownBlock
{
    enum class Kind : quint8
    {
        Markdown,   // prose: a paragraph, a whole list, a heading, a table, a quote; rendered as Markdown
        FenceOpen,  // a ``` or ~~~ line; language is the first word of its info string
        CodeLine,   // one line inside a fence, without its line end and without the fence's indentation
        FenceClose, // the closing fence; length 0 when the stream ended inside the fence
    };

    Kind kind = Kind::Markdown;
    qsizetype start = 0;
    qsizetype length = 0;
    QString language; // FenceOpen only

    friend bool operator==(const MarkdownBlock &, const MarkdownBlock &) = default;
};

// What is not settled yet: the live tail, re-rendered on every frame.
struct MarkdownTail
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool code = false; // an unfinished line inside an open fence (start and length as for CodeLine)
};

// Incremental block splitter for a streamed Markdown answer. Fed text in any split (inside a fence
// marker, a list marker or a CR LF), it reports the blocks that have settled since the last call and
// the live tail. Settling is decided from the text alone, so every split of the same text gives the
// same blocks. Work per append is O(appended text), amortised.
//
// Rules: a blank line settles prose, except in a list, which settles only when the first line after
// the blank shows it is not a continuation (not indented, not a list item). An ATX heading settles at
// its line end. Fences (``` or ~~~, indented up to 3 spaces, or deeper inside a list) settle line by
// line; blank lines inside them never split. Line ends are LF or CR LF.
class MarkdownBlocks
{
public:
    void append(QStringView text);
    // The stream ended: the tail settles and an open fence closes.
    void finish();
    void clear();

    const QString &source() const { return m_source; }
    QStringView text(const MarkdownBlock &block) const { return QStringView(m_source).mid(block.start, block.length); }
    bool isFinished() const { return m_finished; }

    // The blocks settled since the previous call, in source order.
    QList<MarkdownBlock> takeSettled();
    // source()[0, settledLength()) is covered by the settled blocks and will never render differently.
    qsizetype settledLength() const { return m_settledEnd; }
    MarkdownTail tail() const;
    QStringView tailText() const;
    // The language of the open fence (empty outside a fence).
    QString fenceLanguage() const { return m_inFence ? m_fenceLanguage : QString(); }

private:
    void processLine(qsizetype start, qsizetype end, qsizetype next);
    void processProseLine(qsizetype start, qsizetype end, qsizetype next);
    void decidePartialLine();
    void settlePending(qsizetype settledEnd);
    void emitBlock(MarkdownBlock::Kind kind, qsizetype start, qsizetype end, const QString &language = {});
    bool isClosingFence(QStringView line) const;
    qsizetype stripFenceIndent(qsizetype start, qsizetype end) const;

    QString m_source;
    QList<MarkdownBlock> m_settled;
    qsizetype m_settledEnd = 0; // end of the settled prefix
    qsizetype m_lineStart = 0;  // start of the unfinished line
    bool m_finished = false;

    // Prose collected since the last settled block.
    bool m_pending = false;
    bool m_pendingList = false; // holds a list item: a blank line alone does not settle it
    bool m_blankAfter = false;  // the pending prose is followed by blank lines
    qsizetype m_pendingStart = 0;
    qsizetype m_pendingEnd = 0; // end of the last non-blank line, line end excluded

    // The open fence.
    bool m_inFence = false;
    QChar m_fenceChar;
    qsizetype m_fenceLength = 0;
    qsizetype m_fenceIndent = 0;
    QString m_fenceLanguage;
};

} // namespace maas
