#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace maas {

// Adds (or edits) a model in the user's catalog file: an OpenAI-compatible server of one's own, or
// a Vertex AI model id the shipped catalog does not list yet. Checks every field with a message
// that says what to change, and writes only the one entry (UserCatalogFile).
class CustomModelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomModelDialog)

public:
    enum class Kind
    {
        OpenAiEndpoint,
        VertexModel,
    };

    explicit CustomModelDialog(QString userCatalogPath, QWidget *parent = nullptr);

    // Fills the form from an entry of the user's file, to edit it (saving replaces that entry).
    void editEntry(const QJsonObject &entry);
    // Fills the form from an entry the user's file does not have yet (saving adds it).
    void prefill(const QJsonObject &entry);
    void setKind(Kind kind);
    Kind kind() const;

    // The entry as the form describes it now.
    QJsonObject entry() const;
    // What is wrong with the form, one line each; empty when it can be saved.
    QStringList problems() const;
    // Checks and writes the entry; true when it was written. Otherwise the reason shows in the dialog.
    bool save();
    QString message() const;

    void accept() override;

Q_SIGNALS:
    void saved(const QString &modelId);

private:
    void updateKind();
    void showProblems(const QStringList &problems);

    QString m_path;
    QString m_editedId;
    bool m_idEdited = false;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QLineEdit *m_requestId;
    QLineEdit *m_endpoint;
    QComboBox *m_family;
    QLineEdit *m_publisher;
    QCheckBox *m_text;
    QCheckBox *m_code;
    QCheckBox *m_vision;
    QCheckBox *m_embeddings;
    QLineEdit *m_regions;
    QCheckBox *m_global;
    QSpinBox *m_context;
    QSpinBox *m_dimensions;
    QLineEdit *m_priceIn;
    QLineEdit *m_priceOut;
    QLineEdit *m_description;
    QLabel *m_message;
};

} // namespace maas
