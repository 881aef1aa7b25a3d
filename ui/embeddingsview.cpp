#include "embeddingsview.h"

#include "client/chatclient.h"
#include "vertex/usererror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor mix(const QColor &from, const QColor &to, double t)
{
    const auto channel = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

// Black or white, whichever reads better on the background (WCAG relative luminance).
QColor textOn(const QColor &background)
{
    const auto linear = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double l =
        0.2126 * linear(background.redF()) + 0.7152 * linear(background.greenF()) + 0.0722 * linear(background.blueF());
    return l > 0.179 ? QColor(0x1b, 0x1b, 0x1b) : QColor(0xff, 0xff, 0xff);
}

// Stronger colour for more similar texts: pale to deep blue on light palettes, dim to bright on dark.
QColor heatColour(const QPalette &palette, double t)
{
    if (isDark(palette))
        return mix(QColor(0x1f, 0x2a, 0x36), QColor(0x9e, 0xca, 0xe1), t);
    return mix(QColor(0xf1, 0xf6, 0xfb), QColor(0x08, 0x45, 0x94), t);
}

QColor warningBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5c, 0x44, 0x00) : QColor(0xfd, 0xe2, 0x93);
}

QString modelLabel(const ModelInfo &m, QDate today)
{
    QString label = EmbeddingsView::tr("%1 · %2 dimensions").arg(m.name).arg(m.embeddingDimensions);
    if (m.stageOn(today) == LifecycleStage::Retired)
        label += EmbeddingsView::tr(" · retired");
    return label;
}

QString elided(const QString &text, int max = 60)
{
    return text.size() <= max ? text : text.left(max - 1) + u'…';
}

} // namespace

EmbeddingsView::EmbeddingsView(ChatClient &client, const ModelCatalog &catalog, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_today(today)
    , m_texts(new QPlainTextEdit(this))
    , m_embed(new QPushButton(tr("&Embed"), this))
    , m_status(new QLabel(this))
    , m_results(new QWidget(this))
    , m_resultsLayout(new QHBoxLayout(m_results))
    , m_neighbours(new QTableWidget(this))
    , m_agreement(new QLabel(this))
{
    setObjectName(u"embeddingsView"_s);

    auto *textsLabel = new QLabel(tr("&Texts, one per line:"), this);
    textsLabel->setBuddy(m_texts);
    m_texts->setObjectName(u"textsEdit"_s);
    m_texts->setAccessibleName(tr("Texts to embed, one per line"));
    m_texts->setPlaceholderText(
        tr("One text per line. The multilingual-e5 models expect a prefix:\n"
           "query: how do I rotate a service account key?\n"
           "passage: Keys are rotated from the IAM page of the console.\n"
           "Use \"query: \" for questions and searches, \"passage: \" for the documents they should find."));
    m_texts->setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(m_texts, &QPlainTextEdit::textChanged, this, &EmbeddingsView::updateButton);

    auto *modelsBox = new QGroupBox(tr("Models"), this);
    auto *modelsForm = new QFormLayout(modelsBox);
    for (const ModelInfo &m : catalog.models()) {
        if (!m.isEmbedding())
            continue;
        ModelRow row{&m, new QCheckBox(modelLabel(m, today), modelsBox), new QComboBox(modelsBox)};
        row.check->setObjectName(u"modelCheck_"_s + m.id);
        row.check->setChecked(true);
        row.check->setToolTip(m.lifecycle.note.isEmpty() ? m.description : m.lifecycle.note);
        connect(row.check, &QCheckBox::toggled, this, &EmbeddingsView::updateButton);
        // Any location can be typed: the catalog can be older than the service.
        row.location->setObjectName(u"location_"_s + m.id);
        row.location->setEditable(true);
        row.location->setInsertPolicy(QComboBox::NoInsert);
        row.location->addItems(m.locations());
        row.location->setCurrentText(m.defaultLocation());
        row.location->setAccessibleName(tr("Location for %1").arg(m.name));
        row.location->setToolTip(tr("A region such as us-central1, a multi-region (us, eu) or global"));
        modelsForm->addRow(row.check, row.location);
        m_models.append(row);
    }
    if (m_models.isEmpty())
        modelsForm->addRow(new QLabel(tr("The catalog lists no embedding model."), modelsBox));

    m_embed->setObjectName(u"embedButton"_s);
    m_embed->setDefault(true);
    connect(m_embed, &QPushButton::clicked, this, &EmbeddingsView::embed);
    m_status->setObjectName(u"embedStatus"_s);
    m_status->setWordWrap(true);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_embed);
    buttonRow->addWidget(m_status, 1);
    modelsForm->addRow(buttonRow);

    auto *input = new QWidget(this);
    auto *inputLayout = new QHBoxLayout(input);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    auto *textsColumn = new QVBoxLayout;
    textsColumn->addWidget(textsLabel);
    textsColumn->addWidget(m_texts);
    inputLayout->addLayout(textsColumn, 3);
    inputLayout->addWidget(modelsBox, 2, Qt::AlignTop);

    m_results->setObjectName(u"embeddingResults"_s);
    m_resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_resultsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_results);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *neighbours = new QWidget(this);
    auto *neighboursLayout = new QVBoxLayout(neighbours);
    neighboursLayout->setContentsMargins(0, 0, 0, 0);
    auto *neighboursTitle = new QLabel(tr("<b>Nearest neighbour of each text</b>"), neighbours);
    m_neighbours->setObjectName(u"neighbourTable"_s);
    m_neighbours->setAccessibleName(tr("Nearest neighbour of each text, per model"));
    m_neighbours->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_neighbours->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_neighbours->verticalHeader()->setVisible(false);
    m_neighbours->horizontalHeader()->setStretchLastSection(true);
    m_agreement->setObjectName(u"agreementSummary"_s);
    neighboursLayout->addWidget(neighboursTitle);
    neighboursLayout->addWidget(m_neighbours, 1);
    neighboursLayout->addWidget(m_agreement);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(input);
    splitter->addWidget(scroll);
    splitter->addWidget(neighbours);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({160, 440, 240}); // the heat maps get the room
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    updateButton();
}

EmbeddingsView::~EmbeddingsView() = default;

QStringList EmbeddingsView::texts() const
{
    QStringList result;
    for (const QString &line : m_texts->toPlainText().split(u'\n')) {
        const QString text = line.trimmed();
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

void EmbeddingsView::setTexts(const QStringList &texts)
{
    m_texts->setPlainText(texts.join(u'\n'));
}

QStringList EmbeddingsView::modelIds() const
{
    QStringList ids;
    for (const ModelRow &row : m_models)
        ids.append(row.info->id);
    return ids;
}

QStringList EmbeddingsView::checkedModelIds() const
{
    QStringList ids;
    for (const ModelRow &row : m_models) {
        if (row.check->isChecked())
            ids.append(row.info->id);
    }
    return ids;
}

void EmbeddingsView::setModelChecked(const QString &modelId, bool checked)
{
    for (const ModelRow &row : m_models) {
        if (row.info->id == modelId)
            row.check->setChecked(checked);
    }
}

void EmbeddingsView::setLocation(const QString &modelId, const QString &location)
{
    for (const ModelRow &row : m_models) {
        if (row.info->id == modelId)
            row.location->setCurrentText(location);
    }
}

QString EmbeddingsView::formatSimilarity(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    return QLocale().toString(rounded == 0.0 ? 0.0 : rounded, 'f', 2); // never "-0.00"
}

void EmbeddingsView::updateButton()
{
    const bool ready = texts().size() >= 2 && !checkedModelIds().isEmpty();
    m_embed->setEnabled(ready && m_pending == 0);
    if (m_pending == 0 && !ready)
        m_status->setText(texts().size() < 2 ? tr("Enter at least two texts.") : tr("Check at least one model."));
    else if (m_pending == 0 && m_current.isEmpty())
        m_status->clear();
}

void EmbeddingsView::embed()
{
    const QStringList inputs = texts();
    if (inputs.size() < 2 || checkedModelIds().isEmpty() || m_pending > 0)
        return;
    ++m_run;
    m_currentTexts = inputs;
    for (Result &old : m_current)
        delete old.panel;
    m_current.clear();
    m_neighbours->clear();
    m_neighbours->setRowCount(0);
    m_agreement->clear();

    QList<QPair<QString, QString>> requests; // request id, location
    for (const ModelRow &row : std::as_const(m_models)) {
        if (!row.check->isChecked())
            continue;
        Result result;
        result.info = row.info;
        m_resultsLayout->insertWidget(m_resultsLayout->count() - 1, makeResultPanel(result));
        m_current.append(result);
        requests.append({row.info->requestId, row.location->currentText().trimmed()});
    }
    m_pending = int(m_current.size());
    m_status->setText(tr("Embedding %1 texts…").arg(inputs.size()));
    updateButton();
    for (int i = 0; i < requests.size(); ++i) {
        const int run = m_run;
        m_client.embed(EmbeddingRequest{requests.at(i).first, inputs}, requests.at(i).second, this,
                       [this, run, i](const EmbeddingResult &result, const std::optional<UserError> &error) {
                           onEmbedded(run, i, result, error);
                       });
    }
}

QWidget *EmbeddingsView::makeResultPanel(Result &result)
{
    auto *panel = new QGroupBox(result.info->name, m_results);
    panel->setObjectName(u"embeddingResult_"_s + result.info->id);
    auto *layout = new QVBoxLayout(panel);
    result.panel = panel;
    result.dimensions = new QLabel(tr("Embedding…"), panel);
    result.dimensions->setObjectName(u"dimensionsLabel"_s);
    result.heatMap = new QTableWidget(panel);
    result.heatMap->setObjectName(u"heatMap"_s);
    result.heatMap->setAccessibleName(tr("Cosine similarity between the texts, %1").arg(result.info->name));
    result.heatMap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    result.heatMap->setSelectionMode(QAbstractItemView::SingleSelection);
    result.heatMap->setFocusPolicy(Qt::StrongFocus);
    result.heatMap->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    result.heatMap->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    result.heatMap->horizontalHeader()->setDefaultSectionSize(52);
    result.heatMap->verticalHeader()->setDefaultSectionSize(28);
    result.heatMap->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    result.heatMap->hide();
    result.legend = new QLabel(panel);
    result.legend->setObjectName(u"heatMapLegend"_s);
    result.legend->setWordWrap(true);
    result.legend->hide();
    result.error = new QLabel(panel);
    result.error->setObjectName(u"embedError"_s);
    result.error->setWordWrap(true);
    result.error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result.error->setStyleSheet(
        u"QLabel { color: palette(text); border: 1px solid #d9534f; border-radius: 4px; padding: 6px; }"_s);
    result.error->hide();
    layout->addWidget(result.dimensions);
    layout->addWidget(result.heatMap);
    layout->addWidget(result.legend);
    layout->addWidget(result.error);
    layout->addStretch(1);
    return panel;
}

void EmbeddingsView::onEmbedded(int run, int index, const EmbeddingResult &embedding,
                                const std::optional<UserError> &error)
{
    if (run != m_run || index >= m_current.size())
        return; // a newer run replaced this one
    Result &result = m_current[index];
    if (error) {
        QString html = u"<b>%1</b>"_s.arg(error->title.toHtmlEscaped());
        if (!error->detail.isEmpty())
            html += u"<br>%1"_s.arg(error->detail.toHtmlEscaped());
        if (!error->remedy.isEmpty())
            html += u"<br><i>%1</i> %2"_s.arg(tr("What to do:"), error->remedy.toHtmlEscaped());
        result.error->setText(html);
        result.error->show();
        result.dimensions->setText(tr("No vectors"));
    } else if (embedding.vectors.size() != m_currentTexts.size()) {
        result.error->setText(tr("<b>Unexpected answer</b><br>%1 vectors for %2 texts.")
                                  .arg(embedding.vectors.size())
                                  .arg(m_currentTexts.size()));
        result.error->show();
        result.dimensions->setText(tr("No vectors"));
    } else {
        const int dims = int(embedding.vectors.value(0).size());
        QString line = tr("%1 dimensions").arg(dims);
        if (embedding.promptTokens >= 0)
            line += tr(" · %1 input tokens").arg(embedding.promptTokens);
        result.dimensions->setText(line);
        result.matrix = similarityMatrix(embedding.vectors);
        fillHeatMap(result);
    }
    --m_pending;
    updateNeighbours();
    if (m_pending == 0) {
        const auto failed =
            std::count_if(m_current.cbegin(), m_current.cend(), [](const Result &r) { return !r.matrix; });
        m_status->setText(failed == 0 ? tr("Done.")
                                      : tr("Done; %1 of %2 models failed.").arg(failed).arg(m_current.size()));
        updateButton();
        Q_EMIT finished();
    }
}

void EmbeddingsView::fillHeatMap(Result &result)
{
    const SimilarityMatrix &m = *result.matrix;
    const int n = int(m.size());
    QTableWidget *table = result.heatMap;
    table->setRowCount(n);
    table->setColumnCount(n);
    double low = 1.0;
    double high = -1.0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i != j) {
                low = std::min(low, m.at(i).at(j));
                high = std::max(high, m.at(i).at(j));
            }
        }
    }
    const QPalette palette = this->palette();
    for (int i = 0; i < n; ++i) {
        const QString number = QString::number(i + 1);
        auto *column = new QTableWidgetItem(number);
        column->setToolTip(m_currentTexts.at(i));
        table->setHorizontalHeaderItem(i, column);
        auto *row = new QTableWidgetItem(number);
        row->setToolTip(m_currentTexts.at(i));
        table->setVerticalHeaderItem(i, row);
        for (int j = 0; j < n; ++j) {
            const double value = m.at(i).at(j);
            auto *item = new QTableWidgetItem(formatSimilarity(value));
            item->setData(Qt::UserRole, value);
            item->setTextAlignment(Qt::AlignCenter);
            // Relative to this matrix: real e5 similarities bunch together (0.7 to 0.9).
            const double t = i == j ? 1.0 : (high > low ? (value - low) / (high - low) : 0.5);
            const QColor background = i == j ? palette.color(QPalette::Button) : heatColour(palette, t);
            item->setBackground(background);
            // A text with itself says nothing: muted, yet readable on any palette.
            item->setForeground(i == j ? mix(palette.color(QPalette::ButtonText), background, 0.45)
                                       : textOn(background));
            const QString description =
                tr("Text %1 and text %2: similarity %3").arg(i + 1).arg(j + 1).arg(item->text());
            item->setToolTip(
                u"%1\n%2\n%3"_s.arg(description, elided(m_currentTexts.at(i)), elided(m_currentTexts.at(j))));
            item->setData(Qt::AccessibleTextRole, description);
            table->setItem(i, j, item);
        }
    }
    table->show();
    if (n > 1) {
        result.legend->setText(tr("Colour runs from the least similar pair (%1) to the most similar (%2); hover a "
                                  "number for its texts.")
                                   .arg(formatSimilarity(low), formatSimilarity(high)));
        result.legend->show();
    }
}

void EmbeddingsView::updateNeighbours()
{
    QList<const Result *> done;
    QList<QList<int>> nearest;
    for (const Result &r : std::as_const(m_current)) {
        if (r.matrix) {
            done.append(&r);
            nearest.append(nearestNeighbours(*r.matrix));
        }
    }
    const QList<NeighbourComparison> comparisons = compareNeighbours(nearest);
    const int n = int(m_currentTexts.size());
    const bool several = done.size() >= 2;
    QStringList headers{tr("Text")};
    for (const Result *r : std::as_const(done))
        headers.append(r->info->name);
    headers.append(tr("Models agree?"));
    m_neighbours->clear();
    m_neighbours->setColumnCount(int(headers.size()));
    m_neighbours->setHorizontalHeaderLabels(headers);
    m_neighbours->setRowCount(done.isEmpty() ? 0 : n);
    if (done.isEmpty())
        return;
    const QPalette palette = this->palette();
    int disagreements = 0;
    for (int t = 0; t < n; ++t) {
        const NeighbourComparison &c = comparisons.at(t);
        const bool differ = several && !c.agree;
        disagreements += differ;
        auto *text = new QTableWidgetItem(u"%1. %2"_s.arg(t + 1).arg(elided(m_currentTexts.at(t))));
        text->setToolTip(m_currentTexts.at(t));
        m_neighbours->setItem(t, 0, text);
        for (int k = 0; k < done.size(); ++k) {
            const int neighbour = c.neighbours.at(k);
            QString label = tr("none");
            if (neighbour >= 0)
                label =
                    tr("→ %1 (%2)").arg(neighbour + 1).arg(formatSimilarity(done.at(k)->matrix->at(t).at(neighbour)));
            auto *item = new QTableWidgetItem(label);
            item->setData(Qt::UserRole, neighbour);
            if (neighbour >= 0)
                item->setToolTip(m_currentTexts.at(neighbour));
            m_neighbours->setItem(t, k + 1, item);
        }
        auto *mark = new QTableWidgetItem(!several ? tr("—") : differ ? tr("≠ differ") : tr("✓ agree"));
        mark->setData(Qt::UserRole, differ);
        if (differ) {
            for (int col = 0; col <= done.size() + 1; ++col) {
                QTableWidgetItem *cell = col <= done.size() ? m_neighbours->item(t, col) : mark;
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
                cell->setBackground(warningBackground(palette));
                cell->setForeground(textOn(warningBackground(palette)));
            }
        }
        m_neighbours->setItem(t, int(done.size()) + 1, mark);
    }
    m_neighbours->resizeColumnsToContents();
    if (several)
        m_agreement->setText(disagreements == 0
                                 ? tr("The models agree on the nearest neighbour of every text.")
                                 : tr("The models disagree on the nearest neighbour of %1 of %2 texts (marked ≠).")
                                       .arg(disagreements)
                                       .arg(n));
    else
        m_agreement->setText(tr("Check two or more models to compare their rankings."));
}

void EmbeddingsView::changeEvent(QEvent *event)
{
    // The heat map's colours depend on the palette: follow a switch between light and dark.
    if (event->type() == QEvent::PaletteChange) {
        for (Result &r : m_current) {
            if (r.matrix)
                fillHeatMap(r);
        }
        if (!m_current.isEmpty())
            updateNeighbours();
    }
    QWidget::changeEvent(event);
}

} // namespace maas
