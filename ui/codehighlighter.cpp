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

void CodeHighlighter::setBaseFormat(const QTextCharFormat &format)
{
    m_base = format;
    m_formats.clear();
}

KSyntaxHighlighting::State CodeHighlighter::highlight(QStringView line, const KSyntaxHighlighting::State &state,
                                                      QList<Span> *spans)
{
    spans->clear();
    ++m_lines;
    KSyntaxHighlighting::State next = state;
    if (definition().isValid()) {
        m_out = spans;
        m_lastFormatId = -1;
        next = highlightLine(line, state);
        m_out = nullptr;
    }
    // Fill the gaps with the base format so the spans cover the line.
    QList<Span> covered;
    covered.reserve(spans->size() * 2 + 1);
    qsizetype at = 0;
    for (Span &span : *spans) {
        if (span.start > at)
            covered.append(Span{at, span.start - at, m_base});
        if (span.start + span.length <= at)
            continue;
        const qsizetype start = qMax(span.start, at);
        covered.append(Span{start, span.start + span.length - start, std::move(span.format)});
        at = span.start + span.length;
    }
    if (at < line.size())
        covered.append(Span{at, line.size() - at, m_base});
    *spans = std::move(covered);
    return next;
}

void CodeHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (!m_out || length <= 0)
        return;
    const QTextCharFormat &tf = charFormat(format);
    // Neighbouring spans of one format become one insertion.
    if (!m_out->isEmpty()) {
        Span &last = m_out->last();
        if (last.start + last.length == offset && m_lastFormatId == format.id()) {
            last.length += length;
            return;
        }
    }
    m_out->append(Span{offset, length, tf});
    m_lastFormatId = format.id();
}

const QTextCharFormat &CodeHighlighter::charFormat(const KSyntaxHighlighting::Format &format)
{
    auto it = m_formats.find(format.id());
    if (it != m_formats.end())
        return *it;
    QTextCharFormat tf = m_base;
    const KSyntaxHighlighting::Theme t = theme();
    if (!format.isDefaultTextStyle(t)) {
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
    }
    return *m_formats.insert(format.id(), tf);
}

} // namespace maas
