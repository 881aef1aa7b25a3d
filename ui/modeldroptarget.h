#pragma once

#include <QObject>
#include <QPointer>

class QFrame;
class QMimeData;
class QWidget;

namespace maas {

class ComparisonView;
class ResponsePane;

// Lets models dragged from the catalog (CatalogModel::kModelMimeType) land in the comparison: on a
// pane it sets that pane's model, on the view around the panes it adds a pane with it. The widget
// under the drag is outlined while a drop there would be taken. An event filter, so the panes need
// no drag code of their own.
class ModelDropTarget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelDropTarget)

public:
    explicit ModelDropTarget(ComparisonView &view);

    void watchPane(ResponsePane *pane);
    // The catalog id a drag carries, or empty when it carries none.
    static QString modelIdOf(const QMimeData *data);
    // The widget outlined as the drop target right now (nullptr when none).
    QWidget *highlighted() const { return m_highlighted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void highlight(QWidget *target);

    ComparisonView &m_view;
    QFrame *m_outline;
    QPointer<QWidget> m_highlighted;
};

} // namespace maas
