#pragma once

#include "codehighlighter.h"
#include "markdown/markdownblocks.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>

#include <QHash>
#include <QTextBrowser>
#include <QTimer>

namespace KSyntaxHighlighting {
class Repository;
} // namespace KSyntaxHighlighting

namespace maas {

// Shows a streamed Markdown answer at a constant cost per token. Deltas are buffered and rendered once
// per frame; blocks that have settled (MarkdownBlocks) are rendered once and appended, and only the live
// tail is redone. Fenced code is highlighted line by line with KSyntaxHighlighting in a theme that
// follows the palette. Links are not followed: connect to anchorClicked().
class ResponseView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    explicit ResponseView(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~ResponseView() override;

    // Buffers a delta; a frame timer renders what arrived. The first delta of an answer shows at once.
    void append(QStringView delta);
    // Renders what is buffered now (tests, benchmarks); the live tail stays live.
    void flush();
    // The stream ended: the tail settles (an open fence closes) and everything is rendered.
    void finish();
    // Shows a complete answer (history). Hides QTextEdit::setMarkdown, which would bypass the splitter.
    void setMarkdown(const QString &markdown);
    void clear();
    // The Markdown source received so far.
    QString markdown() const;

    // Shows the source as plain text instead of the rendered answer.
    void setRawMode(bool raw);
    bool isRawMode() const { return m_rawMode; }

    // The code of the fenced block at a position of the rendered document, or an empty string.
    QString codeBlockAt(int position) const;

    // Diagnostics for tests and benchmarks: settled blocks rendered so far (each exactly once) and code
    // lines run through the highlighter (settled lines once each, plus the live line per frame).
    qsizetype settledBlocksRendered() const { return m_settledRendered; }
    qsizetype codeLinesHighlighted() const { return m_highlighter.highlightedLines(); }

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Answers are untrusted: they load no images or other resources, local or remote.
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void render();
    void renderSettled(QTextCursor &cursor, const MarkdownBlock &block);
    void renderTail(QTextCursor &cursor);
    void insertMarkdown(QTextCursor &cursor, QStringView markdown);
    void insertScratch(QTextCursor &cursor);
    void insertSource(QTextCursor &cursor, QStringView markdown);
    void polishScratch();
    void insertFenceHeader(QTextCursor &cursor, const QString &language);
    void insertFenceFooter(QTextCursor &cursor);
    void insertCodeLine(QTextCursor &cursor, QStringView line, KSyntaxHighlighting::State &state);
    void beginBlock(QTextCursor &cursor, const QTextBlockFormat &format, const QTextCharFormat &charFormat);
    void syncRaw();
    void rebuild();
    void applyTheme();
    void prepareDocuments();
    void scrollToBottom();
    KSyntaxHighlighting::Definition definitionFor(const QString &language);

    KSyntaxHighlighting::Repository &m_repository;
    MarkdownBlocks m_blocks;
    QTextDocument *m_rich;
    QTextDocument *m_raw;
    QTextDocument *m_scratch; // parses one block of Markdown at a time
    QTimer m_frame;
    bool m_rawMode = false;
    bool m_follow = true; // the user is at the bottom: keep showing the newest text
    bool m_autoScrolling = false;

    int m_tailStart = 0;                  // rendered document position where the live tail starts
    QTextBlockFormat m_lastSettledFormat; // of the block the tail follows
    QTextCharFormat m_lastSettledCharFormat;
    QList<QTextLayout::FormatRange> m_lastSettledRanges;
    qsizetype m_rawLength = 0;
    qsizetype m_settledRendered = 0;

    // The open fence.
    int m_fenceId = 0;
    KSyntaxHighlighting::State m_fenceState;
    CodeHighlighter m_highlighter;
    QList<QTextLayout::FormatRange> m_ranges;
    QHash<QString, KSyntaxHighlighting::Definition> m_definitions;

    QString m_themeKey; // theme and palette colors the rendering used
    QTextBlockFormat m_codeBlockFormat;
    QTextCharFormat m_codeCharFormat;
    QTextCharFormat m_headerCharFormat;
    QTextCharFormat m_footerCharFormat;
    QTextCharFormat m_sourceCharFormat; // a table in the live tail
    QColor m_inlineCodeBackground;
};

} // namespace maas
