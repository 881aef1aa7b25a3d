#pragma once

#include "catalog/modelcatalog.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace maas {

// One column of the comparison: which model, at which location, and (later) its streamed answer.
class ResponsePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsePane)

public:
    ResponsePane(const ModelCatalog &catalog, QDate today, int index, QWidget *parent = nullptr);

    int index() const { return m_index; }
    QString modelId() const;
    // Picks a model by catalog id or exact request id; an id the catalog lacks is kept and marked.
    void setModelId(const QString &modelId);
    QString location() const;
    void setLocation(const QString &location);

Q_SIGNALS:
    void modelChanged(int pane, const QString &modelId);
    void locationChanged(int pane, const QString &location);
    void activated(int pane);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillModels();
    void onModelPicked();
    void updateHints();

    const ModelCatalog &m_catalog;
    QDate m_today;
    int m_index;
    QComboBox *m_model;
    QComboBox *m_location;
    QLabel *m_warning;
    QTextBrowser *m_view;
};

} // namespace maas
