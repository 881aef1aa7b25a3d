#include "codehighlighter.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QColor>

namespace maas {

void CodeHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    m_formats.clear();
}

KSyntaxHighlighting::State CodeHighlighter::highlight(QStringView line, const KSyntaxHighlighting::State &state,
                                                      QList<QTextLayout::FormatRange> *ranges)
{
    ranges->clear();
    ++m_lines;
    if (!definition().isValid())
        return state;
    m_out = ranges;
    m_lastFormatId = -1;
    const KSyntaxHighlighting::State next = highlightLine(line, state);
    m_out = nullptr;
    return next;
}

void CodeHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (!m_out || length <= 0 || format.isDefaultTextStyle(theme()))
        return; // plain code keeps the block's own format
    // Neighbouring ranges of one format become one.
    if (!m_out->isEmpty() && m_lastFormatId == format.id()) {
        QTextLayout::FormatRange &last = m_out->last();
        if (last.start + last.length == offset) {
            last.length += length;
            return;
        }
    }
    m_out->append(QTextLayout::FormatRange{offset, length, charFormat(format)});
    m_lastFormatId = format.id();
}

const QTextCharFormat &CodeHighlighter::charFormat(const KSyntaxHighlighting::Format &format)
{
    auto it = m_formats.find(format.id());
    if (it != m_formats.end())
        return *it;
    QTextCharFormat tf;
    const KSyntaxHighlighting::Theme t = theme();
    if (format.hasTextColor(t))
        tf.setForeground(format.textColor(t));
    if (format.hasBackgroundColor(t))
        tf.setBackground(format.backgroundColor(t));
    if (format.isBold(t))
        tf.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        tf.setFontItalic(true);
    if (format.isUnderline(t))
        tf.setFontUnderline(true);
    if (format.isStrikeThrough(t))
        tf.setFontStrikeOut(true);
    return *m_formats.insert(format.id(), tf);
}

} // namespace maas
