#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>

#include <QHash>
#include <QList>
#include <QTextCharFormat>

namespace maas {

// Highlights code one line at a time with KSyntaxHighlighting and hands back the formatted spans, so a
// caller can insert each line already formatted. The caller keeps the State from line to line, which
// makes a new line cost O(line) however long the block is.
class CodeHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QTextCharFormat format;
    };

    CodeHighlighter() = default;
    Q_DISABLE_COPY_MOVE(CodeHighlighter)

    void setTheme(const KSyntaxHighlighting::Theme &theme) override;
    // The format of plain code (font, theme text color); highlighted spans are merged onto it.
    void setBaseFormat(const QTextCharFormat &format);

    // Covers line with spans (gaps get the base format) and returns the state for the next line.
    // Without a valid definition the whole line is one base-format span.
    KSyntaxHighlighting::State highlight(QStringView line, const KSyntaxHighlighting::State &state, QList<Span> *spans);
    qsizetype highlightedLines() const { return m_lines; }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    const QTextCharFormat &charFormat(const KSyntaxHighlighting::Format &format);

    QTextCharFormat m_base;
    QHash<int, QTextCharFormat> m_formats; // by Format::id(), for the current theme
    QList<Span> *m_out = nullptr;
    int m_lastFormatId = -1;
    qsizetype m_lines = 0;
};

} // namespace maas
