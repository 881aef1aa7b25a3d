#include "doctordialog.h"

#include "catalog/modelcatalog.h"
#include "client/chatclient.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

// The status as a coloured mark: the mark alone reads without colour too.
QString markHtml(StepStatus status)
{
    const char *colour = "#80868b"; // skipped, pending
    if (status == StepStatus::Pass)
        colour = "#188038";
    else if (status == StepStatus::Fail)
        colour = "#c5221f";
    else if (status == StepStatus::Warning)
        colour = "#b06000";
    return u"<span style='color:%1'>%2</span>"_s.arg(QLatin1StringView(colour), stepStatusMark(status));
}

QString statusText(StepStatus status)
{
    switch (status) {
    case StepStatus::Pass:
        return DoctorDialog::tr("passed");
    case StepStatus::Fail:
        return DoctorDialog::tr("failed");
    case StepStatus::Warning:
        return DoctorDialog::tr("warning");
    case StepStatus::Skipped:
        return DoctorDialog::tr("skipped");
    case StepStatus::Pending:
        return DoctorDialog::tr("not run yet");
    }
    return {};
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DoctorDialog::DoctorDialog(ChatClient &client, std::function<DoctorCredentials()> credentials, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_credentials(std::move(credentials))
    , m_doctor(new AccessDoctor(client.network(), client.tokens(), client.clock(), client.catalog(), this))
    , m_project(new QLineEdit(this))
    , m_location(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_summary(new QLabel(this))
    , m_steps(new QVBoxLayout)
{
    setObjectName(u"doctorDialog"_s);
    setWindowTitle(tr("Access doctor"));

    m_project->setObjectName(u"projectEdit"_s);
    m_project->setText(client.options().project);
    m_project->setPlaceholderText(tr("Project id, e.g. my-project-123"));
    m_model->setObjectName(u"modelComboBox"_s);
    fillModels();
    m_location->setObjectName(u"locationComboBox"_s);
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->setAccessibleName(tr("Location"));
    // The locations the catalog lists for the model; any other can be typed.
    const auto fillLocations = [this] {
        const QString current = location();
        m_location->clear();
        if (const ModelInfo *info = m_client.catalog() ? m_client.catalog()->find(modelId()) : nullptr)
            m_location->addItems(info->locations());
        m_location->setCurrentText(current.isEmpty() ? m_location->itemText(0) : current);
    };
    fillLocations();
    connect(m_model, &QComboBox::currentIndexChanged, this, fillLocations);
    m_run->setObjectName(u"runButton"_s);
    m_run->setDefault(true);
    m_summary->setObjectName(u"doctorSummary"_s);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Location:"), m_location);
    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_run, 0, Qt::AlignBottom);

    auto *stepsHost = new QWidget(this);
    stepsHost->setObjectName(u"doctorSteps"_s);
    stepsHost->setLayout(m_steps);
    m_steps->setContentsMargins(8, 8, 8, 8);
    m_steps->setSpacing(10);
    const QList<DoctorStep> planned = AccessDoctor::plannedSteps();
    for (const DoctorStep &step : planned) {
        m_stepWidgets << stepWidget(step);
        m_steps->addWidget(m_stepWidgets.last());
    }
    m_steps->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(stepsHost);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(880, 660);

    setTabOrder(m_project, m_model); // the order of the form, not of construction
    setTabOrder(m_model, m_location);
    setTabOrder(m_location, m_run);

    connect(m_run, &QPushButton::clicked, this, &DoctorDialog::run);
    connect(m_doctor, &AccessDoctor::stepChanged, this, &DoctorDialog::showStep);
    connect(m_doctor, &AccessDoctor::finished, this, [this](bool passed) {
        m_run->setText(tr("&Rerun"));
        m_run->setEnabled(true);
        m_summary->setText(passed
                               ? tr("No step failed: %1 at %2 is ready to use.").arg(m_model->currentText(), location())
                               : tr("A step failed: follow its fix, then rerun."));
    });
}

void DoctorDialog::fillModels()
{
    if (!m_client.catalog())
        return;
    for (const ModelInfo &m : m_client.catalog()->models())
        m_model->addItem(m.name, m.id);
}

void DoctorDialog::setModel(const QString &modelId)
{
    const ModelInfo *info = m_client.catalog() ? m_client.catalog()->find(modelId) : nullptr;
    const int index = m_model->findData(info ? info->id : modelId);
    if (index >= 0) {
        m_model->setCurrentIndex(index);
    } else if (!modelId.isEmpty()) { // an exact id the catalog lacks
        m_model->addItem(modelId, modelId);
        m_model->setCurrentIndex(m_model->count() - 1);
    }
}

void DoctorDialog::setLocation(const QString &location)
{
    m_location->setCurrentText(location);
}

QString DoctorDialog::modelId() const
{
    return m_model->currentData().toString();
}

QString DoctorDialog::location() const
{
    return m_location->currentText().trimmed();
}

void DoctorDialog::run()
{
    DoctorRequest request;
    request.project = m_project->text().trimmed();
    request.location = location();
    request.model = modelId();
    request.baseOverride = m_client.options().baseOverride;
    request.quotaProject = m_client.options().quotaProject;
    request.credentials = m_credentials;
    m_run->setEnabled(false);
    m_summary->setText(tr("Checking…"));
    m_doctor->run(request);
}

void DoctorDialog::showStep(int index, const DoctorStep &step)
{
    if (index < 0 || index >= m_stepWidgets.size())
        return;
    QWidget *fresh = stepWidget(step);
    m_steps->replaceWidget(m_stepWidgets.at(index), fresh);
    delete m_stepWidgets.at(index); // nothing of it is on the stack: steps change from the doctor's signals
    m_stepWidgets[index] = fresh;
}

QWidget *DoctorDialog::stepWidget(const DoctorStep &step)
{
    auto *box = new QFrame(this);
    box->setObjectName(u"step_"_s + step.id);
    box->setProperty("status", stepStatusName(step.status));
    box->setFrameShape(step.status == StepStatus::Fail ? QFrame::StyledPanel : QFrame::NoFrame);
    box->setAccessibleName(u"%1: %2"_s.arg(step.title, statusText(step.status)));

    auto *mark = new QLabel(markHtml(step.status), box);
    mark->setObjectName(u"stepMark"_s);
    QFont big = mark->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    mark->setFont(big);
    mark->setFixedWidth(mark->fontMetrics().horizontalAdvance(u"✗"_s) + 8);
    mark->setToolTip(statusText(step.status));

    auto *body = new QVBoxLayout;
    body->setSpacing(3);
    QString head = u"<b>%1</b>"_s.arg(step.title.toHtmlEscaped());
    if (!step.found.isEmpty())
        head += u" — "_s + step.found.toHtmlEscaped();
    auto *title = wrappedLabel(head, box);
    title->setObjectName(u"stepTitle"_s);
    body->addWidget(title);
    if (!step.why.isEmpty()) {
        auto *why = wrappedLabel(step.why, box);
        why->setObjectName(u"stepWhy"_s);
        if (step.status == StepStatus::Skipped)
            why->setStyleSheet(u"QLabel { color: palette(mid); }"_s);
        body->addWidget(why);
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const DoctorFix &fix : step.fixes) {
        if (!fix.text.isEmpty())
            body->addWidget(wrappedLabel(u"→ "_s + fix.text, box));
        if (fix.command.isEmpty())
            continue;
        auto *command = new QLineEdit(fix.command, box);
        command->setObjectName(u"fixCommand"_s);
        command->setReadOnly(true);
        command->setFont(mono);
        command->setCursorPosition(0);
        command->setAccessibleName(tr("Fix command"));
        command->setToolTip(fix.command);
        auto *copy = new QToolButton(box);
        copy->setObjectName(u"copyFixButton"_s);
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy this command to the clipboard"));
        connect(copy, &QToolButton::clicked, this, [text = fix.command] { QApplication::clipboard()->setText(text); });
        auto *row = new QHBoxLayout;
        row->addWidget(command, 1);
        row->addWidget(copy);
        body->addLayout(row);
    }

    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(mark, 0, Qt::AlignTop);
    layout->addLayout(body, 1);
    return box;
}

} // namespace maas
