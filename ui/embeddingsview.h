#pragma once

#include "catalog/modelcatalog.h"
#include "embeddings/similarity.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace maas {

class ChatClient;
struct EmbeddingResult;
struct UserError;

// Texts in, one column per embedding model out: its cosine-similarity heat map, and below, each
// text's nearest neighbour per model with the texts where the models disagree marked.
class EmbeddingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddingsView)

public:
    EmbeddingsView(ChatClient &client, const ModelCatalog &catalog, QDate today, QWidget *parent = nullptr);
    ~EmbeddingsView() override;

    // The non-empty lines of the text box, trimmed.
    QStringList texts() const;
    void setTexts(const QStringList &texts);
    // Catalog ids of the embedding models offered, and of those checked.
    QStringList modelIds() const;
    QStringList checkedModelIds() const;
    void setModelChecked(const QString &modelId, bool checked);
    void setLocation(const QString &modelId, const QString &location);
    bool isRunning() const { return m_pending > 0; }

    // How a similarity is shown in the heat map and the neighbour table.
    static QString formatSimilarity(double value);

public Q_SLOTS:
    // Sends the texts to every checked model; results arrive per model.
    void embed();

Q_SIGNALS:
    // Every model of the last embed() has answered (or failed).
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ModelRow
    {
        const ModelInfo *info = nullptr;
        QCheckBox *check = nullptr;
        QComboBox *location = nullptr;
    };
    struct Result
    {
        const ModelInfo *info = nullptr;
        QWidget *panel = nullptr;
        QLabel *dimensions = nullptr;
        QTableWidget *heatMap = nullptr;
        QLabel *legend = nullptr;
        QLabel *error = nullptr;
        std::optional<SimilarityMatrix> matrix;
    };

    QWidget *makeResultPanel(Result &result);
    void onEmbedded(int run, int index, const EmbeddingResult &embedding, const std::optional<UserError> &error);
    void fillHeatMap(Result &result);
    void updateNeighbours();
    void updateButton();

    ChatClient &m_client;
    QDate m_today;
    QList<ModelRow> m_models;
    QPlainTextEdit *m_texts;
    QPushButton *m_embed;
    QLabel *m_status;
    QWidget *m_results;
    QHBoxLayout *m_resultsLayout;
    QTableWidget *m_neighbours;
    QLabel *m_agreement;
    QList<Result> m_current;
    QStringList m_currentTexts;
    int m_run = 0;
    int m_pending = 0;
};

} // namespace maas
