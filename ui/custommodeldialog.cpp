#include "custommodeldialog.h"

#include "catalog/usercatalogfile.h"
#include "common/urlpolicy.h"
#include "warningstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace maas {

namespace {

QString idFromName(const QString &name)
{
    static const QRegularExpression other(u"[^a-z0-9._-]+"_s);
    QString id = name.toLower().replace(other, u"-"_s);
    while (id.startsWith(u'-') || id.startsWith(u'.') || id.startsWith(u'_'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

// A price as typed, "0.25" or in the user's locale ("0,25"); nullopt when it is not a number.
std::optional<double> price(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

CustomModelDialog::CustomModelDialog(QString userCatalogPath, QWidget *parent)
    : QDialog(parent)
    , m_path(std::move(userCatalogPath))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_requestId(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_family(new QComboBox(this))
    , m_publisher(new QLineEdit(this))
    , m_text(new QCheckBox(tr("Text"), this))
    , m_code(new QCheckBox(tr("Code"), this))
    , m_vision(new QCheckBox(tr("Vision"), this))
    , m_embeddings(new QCheckBox(tr("Embeddings"), this))
    , m_regions(new QLineEdit(this))
    , m_global(new QCheckBox(tr("Served by the global endpoint"), this))
    , m_context(new QSpinBox(this))
    , m_dimensions(new QSpinBox(this))
    , m_priceIn(new QLineEdit(this))
    , m_priceOut(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"customModelDialog"_s);
    setWindowTitle(tr("Add custom model"));

    m_kind->setObjectName(u"kindCombo"_s);
    m_kind->addItem(tr("OpenAI-compatible endpoint (your own server)"), int(Kind::OpenAiEndpoint));
    m_kind->addItem(tr("Vertex AI model not in the catalog"), int(Kind::VertexModel));
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Llama 3.1 8B on my workstation"));
    m_id->setObjectName(u"idEdit"_s);
    m_id->setPlaceholderText(tr("made from the name"));
    m_requestId->setObjectName(u"requestIdEdit"_s);
    m_endpoint->setObjectName(u"endpointEdit"_s);
    m_endpoint->setPlaceholderText(u"https://llm.example.com/v1"_s);
    m_family->setObjectName(u"familyCombo"_s);
    m_publisher->setObjectName(u"publisherEdit"_s);
    m_regions->setObjectName(u"regionsEdit"_s);
    m_regions->setPlaceholderText(tr("comma-separated, e.g. us-central1, europe-west4"));
    m_global->setObjectName(u"globalCheck"_s);
    m_context->setObjectName(u"contextSpin"_s);
    m_context->setRange(0, 10'000'000);
    m_context->setSpecialValueText(tr("unknown"));
    m_context->setSuffix(tr(" tokens"));
    m_dimensions->setObjectName(u"dimensionsSpin"_s);
    m_dimensions->setRange(0, 65536);
    m_dimensions->setSpecialValueText(tr("not an embedding model"));
    m_priceIn->setObjectName(u"priceInEdit"_s);
    m_priceOut->setObjectName(u"priceOutEdit"_s);
    m_priceIn->setPlaceholderText(tr("USD per 1M input tokens (optional)"));
    m_priceOut->setPlaceholderText(tr("USD per 1M output tokens (optional)"));
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setPlaceholderText(tr("one line (optional)"));
    m_text->setObjectName(u"textCheck"_s);
    m_code->setObjectName(u"codeCheck"_s);
    m_vision->setObjectName(u"visionCheck"_s);
    m_embeddings->setObjectName(u"embeddingsCheck"_s);
    m_text->setChecked(true);
    m_message->setObjectName(u"problemLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QString(kWarningLabelStyle));
    m_message->hide();

    auto *capabilities = new QHBoxLayout;
    for (QCheckBox *box : {m_text, m_code, m_vision, m_embeddings})
        capabilities->addWidget(box);
    capabilities->addStretch(1);
    auto *prices = new QHBoxLayout;
    prices->addWidget(m_priceIn);
    prices->addWidget(m_priceOut);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Display &name:"), m_name);
    form->addRow(tr("Catalog &id:"), m_id);
    form->addRow(tr("&Model id on the wire:"), m_requestId);
    form->addRow(tr("&Base URL:"), m_endpoint);
    form->addRow(tr("API &family:"), m_family);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("Capabilities:"), capabilities);
    form->addRow(tr("&Regions:"), m_regions);
    form->addRow(QString(), m_global);
    form->addRow(tr("&Context window:"), m_context);
    form->addRow(tr("Embedding &dimensions:"), m_dimensions);
    form->addRow(tr("Prices:"), prices);
    form->addRow(tr("D&escription:"), m_description);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomModelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *hint = new QLabel(tr("Saved in %1, beside your settings.").arg(m_path.toHtmlEscaped()), this);
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomModelDialog::updateKind);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_idEdited)
            m_id->setText(idFromName(name));
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    updateKind();
}

void CustomModelDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

CustomModelDialog::Kind CustomModelDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void CustomModelDialog::updateKind()
{
    const bool endpoint = kind() == Kind::OpenAiEndpoint;
    const QString family = m_family->currentData().toString();
    m_family->clear();
    if (!endpoint) {
        m_family->addItem(tr("Anthropic on Vertex (Claude)"), u"anthropic-vertex"_s);
        m_family->addItem(tr("Mistral on Vertex"), u"mistral-vertex"_s);
    }
    m_family->addItem(tr("OpenAI chat completions"), u"openai-chat"_s);
    m_family->addItem(tr("Embeddings"), u"embeddings"_s);
    if (const int row = m_family->findData(family); row >= 0)
        m_family->setCurrentIndex(row);
    m_endpoint->setEnabled(endpoint);
    m_regions->setEnabled(!endpoint);
    m_global->setEnabled(!endpoint);
    m_requestId->setPlaceholderText(endpoint ? tr("as the server names it, e.g. llama3.1:8b")
                                             : tr("e.g. claude-sonnet-4-7@20261101 or meta/llama-5-maas"));
    if (m_publisher->text().isEmpty() || m_publisher->text() == u"custom")
        m_publisher->setText(endpoint ? u"custom"_s : QString());
    m_publisher->setPlaceholderText(tr("e.g. anthropic, meta, qwen"));
}

void CustomModelDialog::editEntry(const QJsonObject &entry)
{
    prefill(entry);
    setWindowTitle(tr("Edit custom model"));
    m_editedId = entry.value("id"_L1).toString();
}

void CustomModelDialog::prefill(const QJsonObject &entry)
{
    m_idEdited = true;
    setKind(entry.contains("endpoint"_L1) ? Kind::OpenAiEndpoint : Kind::VertexModel);
    m_name->setText(entry.value("name"_L1).toString());
    m_id->setText(entry.value("id"_L1).toString());
    m_requestId->setText(entry.value("requestId"_L1).toString());
    m_endpoint->setText(entry.value("endpoint"_L1).toString());
    if (const int row = m_family->findData(entry.value("family"_L1).toString()); row >= 0)
        m_family->setCurrentIndex(row);
    m_publisher->setText(entry.value("publisher"_L1).toString());
    const QJsonArray modalities = entry.value("modalities"_L1).toArray();
    m_text->setChecked(modalities.contains(u"text"_s));
    m_code->setChecked(modalities.contains(u"code"_s));
    m_vision->setChecked(modalities.contains(u"vision"_s));
    m_embeddings->setChecked(modalities.contains(u"embeddings"_s));
    QStringList regions;
    for (const QJsonValue &r : entry.value("regions"_L1).toArray())
        regions << r.toString();
    m_regions->setText(regions.join(u", "_s));
    m_global->setChecked(entry.value("global"_L1).toBool());
    m_context->setValue(entry.value("contextWindow"_L1).toInt());
    m_dimensions->setValue(entry.value("embedding"_L1).toObject().value("dimensions"_L1).toInt());
    const QJsonObject pricing = entry.value("pricing"_L1).toObject();
    if (!pricing.isEmpty()) {
        m_priceIn->setText(QString::number(pricing.value("input"_L1).toDouble()));
        m_priceOut->setText(QString::number(pricing.value("output"_L1).toDouble()));
    }
    m_description->setText(entry.value("description"_L1).toString());
}

QJsonObject CustomModelDialog::entry() const
{
    const bool endpoint = kind() == Kind::OpenAiEndpoint;
    QJsonObject o;
    o.insert("id"_L1, m_id->text().trimmed());
    o.insert("name"_L1, m_name->text().trimmed());
    o.insert("publisher"_L1, m_publisher->text().trimmed().isEmpty() ? u"custom"_s : m_publisher->text().trimmed());
    o.insert("family"_L1, m_family->currentData().toString());
    o.insert("requestId"_L1, m_requestId->text().trimmed());
    QJsonArray modalities;
    for (const auto &[box, name] :
         {std::pair{m_text, "text"}, {m_code, "code"}, {m_vision, "vision"}, {m_embeddings, "embeddings"}}) {
        if (box->isChecked())
            modalities.append(QLatin1StringView(name));
    }
    o.insert("modalities"_L1, modalities);
    QString description = m_description->text().trimmed();
    if (description.isEmpty())
        description = endpoint ? tr("Custom OpenAI-compatible endpoint.") : tr("Vertex AI model added by hand.");
    o.insert("description"_L1, description);
    o.insert("launchStage"_L1, u"GA"_s);
    QJsonArray regions;
    if (!endpoint) {
        for (const QString &r : m_regions->text().split(u',', Qt::SkipEmptyParts))
            if (!r.trimmed().isEmpty())
                regions.append(r.trimmed());
    }
    o.insert("regions"_L1, regions);
    o.insert("global"_L1, !endpoint && m_global->isChecked());
    if (m_context->value() > 0)
        o.insert("contextWindow"_L1, m_context->value());
    if (m_dimensions->value() > 0)
        o.insert("embedding"_L1, QJsonObject{{u"dimensions"_s, m_dimensions->value()}});
    const auto in = price(m_priceIn);
    const auto out = price(m_priceOut);
    if (in && out)
        o.insert("pricing"_L1, QJsonObject{{u"input"_s, *in},
                                           {u"output"_s, *out},
                                           {u"currency"_s, u"USD"_s},
                                           {u"asOf"_s, QDate::currentDate().toString(Qt::ISODate)}});
    o.insert("lifecycle"_L1, QJsonObject());
    if (endpoint)
        o.insert("endpoint"_L1, m_endpoint->text().trimmed());
    return o;
}

QStringList CustomModelDialog::problems() const
{
    QStringList problems;
    const bool endpoint = kind() == Kind::OpenAiEndpoint;
    if (m_name->text().trimmed().isEmpty())
        problems << tr("Give the model a display name.");
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9._-]*$"_s);
    if (!idPattern.match(m_id->text().trimmed()).hasMatch())
        problems << tr("The catalog id may use lowercase letters, digits, '.', '_' and '-' only, e.g. my-llama-8b.");
    if (m_requestId->text().trimmed().isEmpty())
        problems << (endpoint ? tr("Enter the model id your server expects, e.g. llama3.1:8b.")
                              : tr("Enter the Vertex AI model id, e.g. claude-sonnet-4-7@20261101."));
    if (endpoint) {
        const QString url = m_endpoint->text().trimmed();
        if (url.isEmpty())
            problems << tr("Enter the server's base URL, e.g. https://llm.example.com/v1 (plain http only for "
                           "127.0.0.1 or localhost).");
        else if (const QString problem = endpointUrlProblem(url); !problem.isEmpty())
            problems << tr("Base URL: %1.").arg(problem);
    } else if (m_regions->text().trimmed().isEmpty() && !m_global->isChecked()) {
        problems << tr("List the regions that serve the model (e.g. us-central1) or tick the global endpoint.");
    }
    if (!m_text->isChecked() && !m_code->isChecked() && !m_vision->isChecked() && !m_embeddings->isChecked())
        problems << tr("Tick at least one capability.");
    if (m_family->currentData().toString() == u"embeddings" && m_dimensions->value() == 0)
        problems << tr("Embedding models need their output dimensions (e.g. 768).");
    const bool anyPrice = !m_priceIn->text().trimmed().isEmpty() || !m_priceOut->text().trimmed().isEmpty();
    const auto in = price(m_priceIn);
    const auto out = price(m_priceOut);
    if (anyPrice && (!in || !out || *in < 0 || *out < 0))
        problems << tr("Prices are amounts in USD per 1M tokens, input and output both (or leave both empty).");
    if (problems.isEmpty()) {
        // Whatever else the catalog loader would refuse, in its words.
        for (const QString &problem : UserCatalogFile::validate(entry()))
            problems << problem;
    }
    return problems;
}

void CustomModelDialog::showProblems(const QStringList &problems)
{
    m_message->setText(problems.join(u'\n'));
    m_message->setVisible(!problems.isEmpty());
}

bool CustomModelDialog::save()
{
    const QStringList found = problems();
    if (!found.isEmpty()) {
        showProblems(found);
        return false;
    }
    const QJsonObject e = entry();
    const QString error = UserCatalogFile(m_path).upsert(e, m_editedId);
    if (!error.isEmpty()) {
        showProblems({error});
        return false;
    }
    showProblems({});
    m_editedId = e.value("id"_L1).toString();
    Q_EMIT saved(m_editedId);
    return true;
}

QString CustomModelDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void CustomModelDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace maas
