#include "paneoverrides.h"

#include "parameterform.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 3);
}

} // namespace

PaneOverrides::PaneOverrides(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QToolButton(parent))
    , m_badge(new QLabel(this))
    , m_reset(new QToolButton(this))
{
    m_edit->setObjectName(u"overridesButton"_s);
    m_edit->setText(u"⚙"_s);
    m_edit->setToolTip(tr("Parameters for this pane only"));
    m_edit->setAccessibleName(m_edit->toolTip());
    m_edit->setAutoRaise(true);
    m_badge->setObjectName(u"overridesBadge"_s);
    m_badge->setStyleSheet(
        u"QLabel { background: #fdf0c4; color: #5c4400; border: 1px solid #e3c766; border-radius: 7px; "
        "padding: 0px 6px; }"_s);
    m_badge->setAccessibleName(tr("Parameters of this pane"));
    m_reset->setObjectName(u"resetOverridesButton"_s);
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Use the shared parameters again"));
    m_reset->setAccessibleName(m_reset->toolTip());
    m_reset->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_badge);
    layout->addWidget(m_reset);
    layout->addStretch(1);

    connect(m_edit, &QToolButton::clicked, this, &PaneOverrides::edit);
    connect(m_reset, &QToolButton::clicked, this, [this] { setOverrides({}); });
    refresh();
}

void PaneOverrides::setOverrides(const ParameterOverrides &overrides)
{
    if (overrides == m_overrides)
        return;
    m_overrides = overrides;
    refresh();
    Q_EMIT overridesChanged(m_overrides);
}

void PaneOverrides::refresh()
{
    const QString badge = badgeText(m_overrides);
    m_badge->setText(badge);
    m_badge->setToolTip(details(m_overrides));
    setVisible(!badge.isEmpty());
    // The gear takes little room in a narrow pane; a dot marks a pane with its own parameters.
    m_edit->setText(m_overrides.isEmpty() ? u"⚙"_s : u"⚙•"_s);
}

void PaneOverrides::edit()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    auto *dialog = new QDialog(window());
    dialog->setObjectName(u"overridesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Parameters for this pane"));
    auto *form = new ParameterForm(ParameterForm::Kind::Override, dialog);
    form->setOverrides(m_overrides, m_shared ? m_shared() : RunParameters());
    auto *intro = new QLabel(tr("Checked parameters apply to this pane only; the others follow the prompt "
                                "editor's values."),
                             dialog);
    intro->setWordWrap(true);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, dialog);
    buttons->button(QDialogButtonBox::Reset)->setText(tr("Use shared values"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, dialog, [this, dialog] {
        setOverrides({});
        dialog->reject();
    });
    connect(dialog, &QDialog::accepted, this, [this, form] { setOverrides(form->overrides()); });
    m_dialog = dialog;
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

QString PaneOverrides::badgeText(const ParameterOverrides &o)
{
    QStringList parts;
    if (o.temperature)
        parts << tr("T %1").arg(number(*o.temperature));
    if (o.maxTokens)
        parts << tr("max %1").arg(*o.maxTokens);
    if (o.topP)
        parts << tr("top-p %1").arg(number(*o.topP));
    if (o.topK)
        parts << tr("top-k %1").arg(*o.topK);
    if (o.stopSequences)
        parts << (o.stopSequences->isEmpty() ? tr("no stop") : tr("stop ×%1").arg(o.stopSequences->size()));
    if (o.thinkingBudget)
        parts << (*o.thinkingBudget > 0 ? tr("thinking %1").arg(*o.thinkingBudget) : tr("thinking off"));
    return parts.join(u" · "_s);
}

QString PaneOverrides::details(const ParameterOverrides &o)
{
    if (o.isEmpty())
        return {};
    QStringList lines{tr("This pane's own parameters (the others follow the prompt editor):")};
    if (o.temperature)
        lines << tr("Temperature: %1").arg(number(*o.temperature));
    if (o.maxTokens)
        lines << tr("Max output tokens: %1").arg(*o.maxTokens);
    if (o.topP)
        lines << tr("Top-p: %1").arg(number(*o.topP));
    if (o.topK)
        lines << tr("Top-k: %1").arg(*o.topK);
    if (o.stopSequences)
        lines << (o.stopSequences->isEmpty() ? tr("Stop sequences: none")
                                             : tr("Stop sequences: %1").arg(formatStopSequences(*o.stopSequences)));
    if (o.thinkingBudget)
        lines << (*o.thinkingBudget > 0 ? tr("Thinking budget: %1 tokens").arg(*o.thinkingBudget)
                                        : tr("Thinking: off"));
    return lines.join(u'\n');
}

} // namespace maas
