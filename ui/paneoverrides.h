#pragma once

#include "prompt/runparameters.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QToolButton;

namespace maas {

class ParameterForm;

// A pane's own parameters. editButton() (in the pane's header) opens a dialog where any parameter
// can be made this pane's own; this widget, under the header, shows the overrides as a badge
// ("T 0.2 · max 512", details in its tooltip) with a reset button, and hides when there are none.
class PaneOverrides final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneOverrides)

public:
    explicit PaneOverrides(QWidget *parent = nullptr);

    QToolButton *editButton() const { return m_edit; }
    const ParameterOverrides &overrides() const { return m_overrides; }
    void setOverrides(const ParameterOverrides &overrides);
    // Where the dialog reads the shared values it shows for parameters that are not overridden.
    void setSharedParameters(std::function<RunParameters()> shared) { m_shared = std::move(shared); }
    // Opens the dialog (window-modal, not blocking); OK applies, Reset clears.
    void edit();
    QDialog *dialog() const { return m_dialog; }

    static QString badgeText(const ParameterOverrides &overrides);
    static QString details(const ParameterOverrides &overrides);

Q_SIGNALS:
    void overridesChanged(const maas::ParameterOverrides &overrides);

private:
    void refresh();

    ParameterOverrides m_overrides;
    std::function<RunParameters()> m_shared;
    QToolButton *m_edit;
    QLabel *m_badge;
    QToolButton *m_reset;
    QPointer<QDialog> m_dialog;
};

} // namespace maas
