#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>

#include <QHash>
#include <QList>
#include <QTextLayout>

namespace maas {

// Highlights code one line at a time with KSyntaxHighlighting. The result is a list of QTextLayout
// format ranges (as QSyntaxHighlighter applies them): the document keeps one fragment per code line,
// which keeps inserting, laying out and QTextDocument's whole-document scans cheap. The caller keeps
// the State from line to line, so a new line costs O(line) however long the block is.
class CodeHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    CodeHighlighter() = default;
    Q_DISABLE_COPY_MOVE(CodeHighlighter)

    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    // The ranges of line that differ from plain code; returns the state for the next line. Without a
    // valid definition there are none.
    KSyntaxHighlighting::State highlight(QStringView line, const KSyntaxHighlighting::State &state,
                                         QList<QTextLayout::FormatRange> *ranges);
    qsizetype highlightedLines() const { return m_lines; }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    const QTextCharFormat &charFormat(const KSyntaxHighlighting::Format &format);

    QHash<int, QTextCharFormat> m_formats; // by Format::id(), for the current theme
    QList<QTextLayout::FormatRange> *m_out = nullptr;
    int m_lastFormatId = -1;
    qsizetype m_lines = 0;
};

} // namespace maas
