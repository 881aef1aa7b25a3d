#include "responseview.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// Block properties that mark rendered code: which fence a block belongs to, and its role in it.
constexpr int FenceIdProperty = QTextFormat::UserProperty + 1;
constexpr int CodeRoleProperty = QTextFormat::UserProperty + 2;
enum CodeRole : int
{
    NoCode = 0,
    FenceHeader = 1,
    CodeLine = 2,
    FenceFooter = 3
};

// How far above the bottom (in pixels) still counts as "at the bottom".
constexpr int FollowSlack = 4;

constexpr auto MarkdownFeatures =
    QTextDocument::MarkdownFeatures(int(QTextDocument::MarkdownDialectGitHub) | int(QTextDocument::MarkdownNoHTML));

// Fence info strings as models write them, for the languages KSyntaxHighlighting names otherwise.
QString definitionAlias(const QString &language)
{
    static const QHash<QString, QString> aliases = {
        {u"sh"_s, u"Bash"_s},
        {u"shell"_s, u"Bash"_s},
        {u"console"_s, u"Bash"_s},
        {u"zsh"_s, u"Zsh"_s},
        {u"js"_s, u"JavaScript"_s},
        {u"ts"_s, u"TypeScript"_s},
        {u"py"_s, u"Python"_s},
        {u"python3"_s, u"Python"_s},
        {u"c++"_s, u"C++"_s},
        {u"cc"_s, u"C++"_s},
        {u"yml"_s, u"YAML"_s},
        {u"jsonc"_s, u"JSON"_s},
        {u"objc"_s, u"Objective-C"_s},
        {u"golang"_s, u"Go"_s},
        {u"rs"_s, u"Rust"_s},
        {u"ps1"_s, u"PowerShell"_s},
        {u"powershell"_s, u"PowerShell"_s},
    };
    return aliases.value(language);
}

} // namespace

ResponseView::ResponseView(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QTextBrowser(parent)
    , m_repository(repository)
    , m_rich(new QTextDocument(this))
    , m_raw(new QTextDocument(this))
    , m_scratch(new QTextDocument(this))
{
    setOpenLinks(false);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    prepareDocuments();
    setDocument(m_rich);

    m_frame.setSingleShot(true);
    m_frame.setInterval(16);
    m_frame.setTimerType(Qt::PreciseTimer);
    connect(&m_frame, &QTimer::timeout, this, &ResponseView::flush);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, this, [this](int value) {
        if (!m_autoScrolling)
            m_follow = value >= verticalScrollBar()->maximum() - FollowSlack;
    });
    applyTheme();
}

ResponseView::~ResponseView() = default;

void ResponseView::append(QStringView delta)
{
    if (delta.isEmpty())
        return;
    const bool first = m_blocks.source().isEmpty();
    m_blocks.append(delta);
    if (first)
        flush(); // the first token shows without waiting for a frame
    else if (!m_frame.isActive())
        m_frame.start();
}

void ResponseView::flush()
{
    m_frame.stop();
    if (m_rawMode) {
        syncRaw();
        if (m_follow)
            scrollToBottom();
    } else {
        render();
    }
}

void ResponseView::finish()
{
    m_blocks.finish();
    flush();
}

void ResponseView::setMarkdown(const QString &markdown)
{
    clear();
    m_blocks.append(markdown);
    finish();
}

void ResponseView::clear()
{
    m_frame.stop();
    m_blocks.clear();
    const QScopedValueRollback guard(m_autoScrolling, true);
    m_rich->clear();
    m_raw->clear();
    prepareDocuments();
    m_tailStart = 0;
    m_lastSettledFormat = {};
    m_lastSettledCharFormat = {};
    m_lastSettledRanges.clear();
    m_rawLength = 0;
    m_settledRendered = 0;
    m_fenceId = 0;
    m_fenceState = {};
    m_follow = true;
}

QString ResponseView::markdown() const
{
    return m_blocks.source();
}

void ResponseView::setRawMode(bool raw)
{
    if (raw == m_rawMode)
        return;
    m_frame.stop();
    m_rawMode = raw;
    const bool follow = m_follow;
    {
        const QScopedValueRollback guard(m_autoScrolling, true);
        if (raw)
            syncRaw();
        else
            render();
        setDocument(raw ? m_raw : m_rich);
    }
    if (follow)
        scrollToBottom();
}

QString ResponseView::codeBlockAt(int position) const
{
    QTextBlock block = m_rich->findBlock(position);
    const int fence = block.blockFormat().intProperty(FenceIdProperty);
    if (fence == 0)
        return {};
    while (block.previous().isValid() && block.previous().blockFormat().intProperty(FenceIdProperty) == fence)
        block = block.previous();
    QStringList lines;
    for (; block.isValid() && block.blockFormat().intProperty(FenceIdProperty) == fence; block = block.next()) {
        if (block.blockFormat().intProperty(CodeRoleProperty) == CodeLine)
            lines << block.text();
    }
    return lines.join(u'\n');
}

void ResponseView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    else if (event->type() == QEvent::FontChange)
        prepareDocuments();
}

void ResponseView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    if (!m_rawMode) {
        const QString code = codeBlockAt(cursorForPosition(event->pos()).position());
        if (!code.isEmpty()) {
            menu->addSeparator();
            QAction *copy = menu->addAction(tr("Copy code block"));
            copy->setObjectName(u"copyCodeBlockAction"_s);
            connect(copy, &QAction::triggered, this, [code] { QGuiApplication::clipboard()->setText(code); });
        }
    }
    menu->exec(event->globalPos());
    delete menu;
}

QVariant ResponseView::loadResource(int, const QUrl &)
{
    return {};
}

void ResponseView::render()
{
    QTextCursor cursor(m_rich);
    cursor.beginEditBlock();
    cursor.setPosition(qMin(m_tailStart, m_rich->characterCount() - 1));
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    // Removing the tail from the start of an empty block (after a table, a blank code line) keeps the
    // tail's block in its place, with its formats: put the settled block's formats back.
    if (cursor.blockFormat() != m_lastSettledFormat)
        cursor.setBlockFormat(m_lastSettledFormat);
    if (cursor.blockCharFormat() != m_lastSettledCharFormat)
        cursor.setBlockCharFormat(m_lastSettledCharFormat);
    if (QTextLayout *layout = cursor.block().layout(); layout->formats() != m_lastSettledRanges)
        layout->setFormats(m_lastSettledRanges);
    for (const MarkdownBlock &block : m_blocks.takeSettled())
        renderSettled(cursor, block);
    m_tailStart = m_rich->characterCount() - 1;
    cursor.movePosition(QTextCursor::End);
    m_lastSettledFormat = cursor.blockFormat();
    m_lastSettledCharFormat = cursor.blockCharFormat();
    m_lastSettledRanges = cursor.block().layout()->formats();
    renderTail(cursor);
    cursor.endEditBlock();
    if (m_follow)
        scrollToBottom();
}

void ResponseView::renderSettled(QTextCursor &cursor, const MarkdownBlock &block)
{
    ++m_settledRendered;
    switch (block.kind) {
    case MarkdownBlock::Kind::Markdown:
        insertMarkdown(cursor, m_blocks.text(block));
        break;
    case MarkdownBlock::Kind::FenceOpen:
        ++m_fenceId;
        m_fenceState = {};
        m_highlighter.setDefinition(definitionFor(block.language));
        insertFenceHeader(cursor, block.language);
        break;
    case MarkdownBlock::Kind::CodeLine:
        insertCodeLine(cursor, m_blocks.text(block), m_fenceState);
        break;
    case MarkdownBlock::Kind::FenceClose:
        m_fenceState = {};
        insertFenceFooter(cursor);
        break;
    }
}

void ResponseView::renderTail(QTextCursor &cursor)
{
    const MarkdownTail tail = m_blocks.tail();
    const QStringView text = m_blocks.tailText();
    if (tail.code) {
        KSyntaxHighlighting::State scratch = m_fenceState; // the line is not final: keep the state
        if (!text.isEmpty())
            insertCodeLine(cursor, text, scratch);
    } else if (!text.trimmed().isEmpty()) {
        m_scratch->setMarkdown(text.toString(), MarkdownFeatures);
        // Inserting or removing a frame (a table) makes QTextDocument rescan every fragment of the
        // document (QTextDocumentPrivate::scan_frames), so a table in the tail, redone each frame,
        // would cost O(answer) per frame. Until it settles, a table shows as its source.
        if (m_scratch->rootFrame()->childFrames().isEmpty())
            insertScratch(cursor);
        else
            insertSource(cursor, text);
    }
}

void ResponseView::insertMarkdown(QTextCursor &cursor, QStringView markdown)
{
    m_scratch->setMarkdown(markdown.toString(), MarkdownFeatures);
    insertScratch(cursor);
}

void ResponseView::insertSource(QTextCursor &cursor, QStringView markdown)
{
    for (QStringView line : markdown.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        beginBlock(cursor, QTextBlockFormat(), m_sourceCharFormat);
        cursor.insertText(line.toString(), m_sourceCharFormat);
    }
}

void ResponseView::insertScratch(QTextCursor &cursor)
{
    polishScratch();
    // An inserted fragment's first block merges into the block at the cursor and loses its own format
    // (heading level, list, margins). Unless it is empty already, put an empty block in front of it.
    const QTextBlock first = m_scratch->begin();
    const bool startsEmpty = first.length() == 1 && !first.textList() && first.blockFormat().headingLevel() == 0;
    if (!startsEmpty) {
        QTextCursor scratch(m_scratch);
        scratch.insertBlock();
        scratch.movePosition(QTextCursor::Start);
        scratch.setBlockFormat(QTextBlockFormat());
        scratch.setBlockCharFormat(QTextCharFormat());
    }
    const bool documentEmpty = m_rich->characterCount() == 1;
    if (documentEmpty) {
        cursor.setBlockFormat(QTextBlockFormat());
        cursor.setBlockCharFormat(QTextCharFormat());
    }
    cursor.insertFragment(QTextDocumentFragment(m_scratch));
    if (documentEmpty && !startsEmpty) {
        // At the top of the document the empty block would show as a blank line: drop it.
        QTextCursor top(m_rich);
        top.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        top.removeSelectedText();
    }
}

void ResponseView::polishScratch()
{
    // The importer takes link colors from the application palette and draws tables without a grid.
    const QBrush link = palette().link();
    for (QTextBlock b = m_scratch->begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat format = b.blockFormat();
        if (format.headingLevel() > 0) {
            format.setTopMargin(10);
            format.setBottomMargin(4);
            QTextCursor(b).setBlockFormat(format);
        }
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat cf = fragment.charFormat();
            QTextCharFormat change;
            if (cf.isAnchor())
                change.setForeground(link);
            else if (cf.fontFixedPitch())
                change.setBackground(m_inlineCodeBackground);
            else
                continue;
            QTextCursor range(m_scratch);
            range.setPosition(fragment.position());
            range.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            range.mergeCharFormat(change);
        }
    }
    const QList<QTextFrame *> frames = m_scratch->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorder(1);
            format.setBorderBrush(palette().mid());
            format.setBorderCollapse(false); // collapsed borders draw no grid here
            format.setCellSpacing(0);
            format.setCellPadding(4);
            format.setTopMargin(6);
            format.setBottomMargin(6);
            table->setFormat(format);
        }
    }
}

void ResponseView::insertFenceHeader(QTextCursor &cursor, const QString &language)
{
    QTextBlockFormat format = m_codeBlockFormat;
    format.setProperty(FenceIdProperty, m_fenceId);
    format.setProperty(CodeRoleProperty, FenceHeader);
    format.setTopMargin(6);
    beginBlock(cursor, format, m_headerCharFormat);
    if (!language.isEmpty())
        cursor.insertText(language, m_headerCharFormat);
}

void ResponseView::insertFenceFooter(QTextCursor &cursor)
{
    QTextBlockFormat format = m_codeBlockFormat;
    format.setProperty(FenceIdProperty, m_fenceId);
    format.setProperty(CodeRoleProperty, FenceFooter);
    format.setBottomMargin(6);
    beginBlock(cursor, format, m_footerCharFormat);
}

void ResponseView::insertCodeLine(QTextCursor &cursor, QStringView line, KSyntaxHighlighting::State &state)
{
    QTextBlockFormat format = m_codeBlockFormat;
    format.setProperty(FenceIdProperty, m_fenceId);
    format.setProperty(CodeRoleProperty, CodeLine);
    beginBlock(cursor, format, m_codeCharFormat);
    cursor.insertText(line.toString(), m_codeCharFormat);
    state = m_highlighter.highlight(line, state, &m_ranges);
    // Layout formats, as QSyntaxHighlighter applies them: set before the edit block ends, they are
    // laid out with the new block and stay with it.
    if (!m_ranges.isEmpty())
        cursor.block().layout()->setFormats(m_ranges);
}

void ResponseView::beginBlock(QTextCursor &cursor, const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    if (m_rich->characterCount() == 1) {
        cursor.setBlockFormat(format);
        cursor.setBlockCharFormat(charFormat);
    } else {
        cursor.insertBlock(format, charFormat);
    }
}

void ResponseView::syncRaw()
{
    const QString &source = m_blocks.source();
    if (m_rawLength == source.size())
        return;
    QTextCursor cursor(m_raw);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(source.mid(m_rawLength));
    m_rawLength = source.size();
}

void ResponseView::rebuild()
{
    const QString source = m_blocks.source();
    const bool finished = m_blocks.isFinished();
    const bool follow = m_follow;
    const int scroll = verticalScrollBar()->value();
    {
        const QScopedValueRollback guard(m_autoScrolling, true);
        m_blocks.clear();
        m_rich->clear();
        prepareDocuments();
        m_tailStart = 0;
        m_lastSettledFormat = {};
        m_lastSettledCharFormat = {};
        m_lastSettledRanges.clear();
        m_settledRendered = 0;
        m_fenceId = 0;
        m_fenceState = {};
        m_blocks.append(source);
        if (finished)
            m_blocks.finish();
        if (!m_rawMode) {
            m_follow = false;
            render();
        }
    }
    m_follow = follow;
    if (follow)
        scrollToBottom();
    else
        verticalScrollBar()->setValue(scroll);
}

void ResponseView::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = m_repository.themeForPalette(palette());
    const QPalette &p = palette();
    const QString key = theme.name() + p.color(QPalette::Base).name() + p.color(QPalette::Text).name() +
                        p.color(QPalette::Link).name() + p.color(QPalette::Mid).name();
    if (key == m_themeKey)
        return;
    m_themeKey = key;
    m_highlighter.setTheme(theme);

    // The theme's editor background is often the page's own (white on white): tint it towards the
    // text color so a code block stands out in every theme.
    const QColor editorBackground = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor editorText = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const auto mix = [](const QColor &a, const QColor &b, float t) {
        return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                                a.blueF() + (b.blueF() - a.blueF()) * t);
    };
    const QColor codeBackground = mix(editorBackground, editorText, 0.05f);
    m_inlineCodeBackground = mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.08f);
    m_codeBlockFormat = QTextBlockFormat();
    m_codeBlockFormat.setBackground(codeBackground);
    m_codeBlockFormat.setLeftMargin(2);
    m_codeBlockFormat.setRightMargin(2);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_codeCharFormat = QTextCharFormat();
    m_codeCharFormat.setFontFamilies({fixed.family()});
    m_codeCharFormat.setFontFixedPitch(true);
    m_codeCharFormat.setForeground(editorText);

    m_sourceCharFormat = QTextCharFormat();
    m_sourceCharFormat.setFontFamilies({fixed.family()});
    m_sourceCharFormat.setFontFixedPitch(true);

    m_headerCharFormat = m_codeCharFormat;
    m_headerCharFormat.setForeground(QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Comment)));
    m_headerCharFormat.setProperty(QTextFormat::FontSizeAdjustment, -1);
    m_footerCharFormat = m_codeCharFormat;
    m_footerCharFormat.setFontPointSize(qMax(1.0, font().pointSizeF() / 3)); // an empty line a third high

    if (!m_blocks.source().isEmpty())
        rebuild();
}

void ResponseView::prepareDocuments()
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QTextDocument *doc : {m_rich, m_raw}) {
        doc->setUndoRedoEnabled(false);
        doc->setDefaultFont(doc == m_raw ? QFont(fixed.family(), font().pointSize()) : font());
        QTextOption option = doc->defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTabStopDistance(QFontMetricsF(fixed).horizontalAdvance(u' ') * 4);
        doc->setDefaultTextOption(option);
    }
    m_scratch->setUndoRedoEnabled(false);
    m_scratch->setDefaultFont(font());
}

void ResponseView::scrollToBottom()
{
    // Lay out to the end so the scroll range is current; the newest text must be shown anyway.
    document()->documentLayout()->documentSize();
    const QScopedValueRollback guard(m_autoScrolling, true);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_follow = true;
}

KSyntaxHighlighting::Definition ResponseView::definitionFor(const QString &language)
{
    const QString key = language.toLower();
    if (key.isEmpty())
        return {};
    const auto it = m_definitions.constFind(key);
    if (it != m_definitions.cend())
        return *it;
    KSyntaxHighlighting::Definition def = m_repository.definitionForName(language);
    if (!def.isValid())
        def = m_repository.definitionForName(definitionAlias(key));
    if (!def.isValid())
        def = m_repository.definitionForFileName(u"code."_s + key);
    m_definitions.insert(key, def);
    return def;
}

} // namespace maas
