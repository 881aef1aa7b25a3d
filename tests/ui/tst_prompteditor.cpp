// The prompt editor driven through the widgets against the emulator: {{variables}} substituted end to
// end (and refused without a value), images sent to vision panes and refused in a text-only pane,
// per-pane parameter overrides in the request and on the pane, the new sampling parameters.
#include "attachmentstrip.h"
#include "common/demowindow.h"
#include "comparisoncontroller.h"
#include "comparisonview.h"
#include "emulator/emulator.h"
#include "emulator/scriptbook.h"
#include "mainwindow.h"
#include "paneoverrides.h"
#include "prompt/imageattachment.h"
#include "prompteditor.h"
#include "responsepane.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

QByteArray pngImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x3b, 0x82, 0xf6));
    QPainter painter(&image);
    painter.fillRect(width / 4, height / 4, width / 2, height / 2, QColor(0xf5, 0x9e, 0x0b));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

class TestPromptEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void variablesTableFollowsThePrompts();
    void aVariableWithoutValueIsRefusedByName();
    void variableValuesAreKeptForTheNextSession();
    void variablesAreSubstitutedEndToEnd();
    void imageRefusedForTextOnlyWhileVisionPanesAnswer();
    void droppedFilesAreAttachedOrRefused();
    void paneOverridesReachTheRequestAndShowOnThePane();
    void overridesAreEditedInADialogAndSavedWithThePanes();
    void samplingParametersReachEveryPane();

private:
    void typeInto(const QString &objectName, const QString &text);
    bool waitIdle(int timeoutMs = 30000);
    ResponsePane *pane(int i) const { return m_demo.window->comparisonView()->pane(i); }
    PromptEditor *editor() const { return m_demo.window->promptEditor(); }
    ComparisonController *controller() const { return m_demo.window->controller(); }
    QString scripted(const QString &model, const QString &prompt) const;

    test::LoopbackClient m_loop;
    test::DemoWindow m_demo;
};

void TestPromptEditor::initTestCase()
{
    QVERIFY(m_loop.start(0));
}

void TestPromptEditor::init()
{
    QVERIFY(m_demo.open(m_loop));
}

void TestPromptEditor::cleanup()
{
    m_demo.close(5000);
}

void TestPromptEditor::typeInto(const QString &objectName, const QString &text)
{
    auto *edit = m_demo.window->findChild<QPlainTextEdit *>(objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

bool TestPromptEditor::waitIdle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !controller()->isRunning(); }, timeoutMs);
}

QString TestPromptEditor::scripted(const QString &model, const QString &prompt) const
{
    return m_loop.emulator->scripts().compose(*m_loop.catalog.find(model), prompt, false).text;
}

void TestPromptEditor::variablesTableFollowsThePrompts()
{
    auto *table = m_demo.window->findChild<QTableWidget *>(u"variablesTable"_s);
    QVERIFY(!table->isVisible()); // no variables, no table
    typeInto(u"systemPromptEdit"_s, u"You answer in {{language}}."_s);
    typeInto(u"userPromptEdit"_s, u"Translate {{text}} into {{ language }}, \\{{not_a_variable}}"_s);
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"language"_s);
    QCOMPARE(table->item(1, 0)->text(), u"text"_s);
    QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsEditable)); // names come from the prompt

    table->item(1, 1)->setText(u"bonjour"_s); // as typed in the cell
    QCOMPARE(editor()->variableValues().value(u"text"_s), u"bonjour"_s);

    // Deleting the variable drops its row; typing it again brings back the value.
    typeInto(u"userPromptEdit"_s, u"Translate into {{language}}"_s);
    QCOMPARE(table->rowCount(), 1);
    typeInto(u"userPromptEdit"_s, u"Translate {{text}} into {{language}}"_s);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 1)->text(), u"bonjour"_s);

    typeInto(u"systemPromptEdit"_s, QString());
    typeInto(u"userPromptEdit"_s, u"No variables."_s);
    QVERIFY(!table->isVisible());
}

void TestPromptEditor::aVariableWithoutValueIsRefusedByName()
{
    m_demo.setModels({u"claude-haiku-4-5"_s, u"llama-4-scout"_s});
    typeInto(u"userPromptEdit"_s, u"Summarise {{document}} for {{audience}}."_s);
    editor()->setVariableValue(u"audience"_s, u"executives"_s);
    const QString why = controller()->runAll();
    QVERIFY2(why.contains(u"{{document}}"_s) && !why.contains(u"{{audience}}"_s), qPrintable(why));
    QVERIFY2(why.contains(u"Variables table"_s), qPrintable(why));
    QVERIFY(!controller()->isRunning());
    QVERIFY(!pane(0)->lastRequest() && !pane(1)->lastRequest());

    editor()->setVariableValue(u"document"_s, QString()); // an empty value is no value
    QVERIFY(controller()->runAll().contains(u"{{document}}"_s));
    QVERIFY(!controller()->isRunning());
}

void TestPromptEditor::variableValuesAreKeptForTheNextSession()
{
    typeInto(u"userPromptEdit"_s, u"Summarise {{document}} for {{audience}}."_s);
    editor()->setVariableValue(u"audience"_s, u"executives, \"busy\" ones"_s);
    m_demo.window->close(); // saves like quitting does
    QVERIFY(m_demo.settings->get<QString>(Settings::Key::PromptVariables).contains(u"audience"_s));
    QVERIFY(!m_demo.settings->get<QString>(Settings::Key::PromptVariables).contains(u"document"_s)); // no value

    m_demo.window = std::make_unique<MainWindow>(*m_demo.settings, m_loop.catalog, *m_loop.client, u"Offline demo"_s,
                                                 true, QDate(2026, 11, 27));
    QCOMPARE(editor()->userPrompt(), u"Summarise {{document}} for {{audience}}."_s);
    QCOMPARE(editor()->variableValues().value(u"audience"_s), u"executives, \"busy\" ones"_s);
    auto *table = m_demo.window->findChild<QTableWidget *>(u"variablesTable"_s);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), u"audience"_s); // in the order the prompt names them
    QCOMPARE(table->item(1, 1)->text(), u"executives, \"busy\" ones"_s);
    QVERIFY(table->item(0, 1)->text().isEmpty());
}

void TestPromptEditor::variablesAreSubstitutedEndToEnd()
{
    const QStringList models{u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s};
    m_demo.setModels(models);
    typeInto(u"systemPromptEdit"_s, u"Answer in {{language}}."_s);
    typeInto(u"userPromptEdit"_s, u"Explain {{topic}} to a new colleague, keep \\{{braces}}."_s);
    auto *table = m_demo.window->findChild<QTableWidget *>(u"variablesTable"_s);
    QCOMPARE(table->rowCount(), 2);
    table->item(0, 1)->setText(u"French"_s);
    table->item(1, 1)->setText(u"the borrow checker"_s);
    auto *user = m_demo.window->findChild<QPlainTextEdit *>(u"userPromptEdit"_s);
    QTest::keyClick(user, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(controller()->isRunning());
    QVERIFY(waitIdle());

    const QString sent = u"Explain the borrow checker to a new colleague, keep {{braces}}."_s;
    for (int i = 0; i < models.size(); ++i) {
        QCOMPARE(pane(i)->lastRequest()->system, u"Answer in French."_s);
        QCOMPARE(pane(i)->lastRequest()->messages.last().text, sent);
        // The emulator answered the substituted prompt (its script depends on the words it got).
        QVERIFY(pane(i)->lastResult() && pane(i)->lastResult()->complete);
        QCOMPARE(pane(i)->lastResult()->text, scripted(models.at(i), sent));
        QVERIFY(pane(i)->lastResult()->text != scripted(models.at(i), editor()->userPrompt()));
    }

    // Follow-ups are substituted too, with the values as they are now.
    table->item(1, 1)->setText(u"lifetimes"_s);
    typeInto(u"userPromptEdit"_s, u"And {{topic}}?"_s);
    QTest::mouseClick(m_demo.window->findChild<QPushButton *>(u"followUpButton"_s), Qt::LeftButton);
    QVERIFY(waitIdle());
    for (int i = 0; i < models.size(); ++i) {
        const QList<ChatMessage> &messages = pane(i)->lastRequest()->messages;
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.first().text, sent);
        QCOMPARE(messages.last().text, u"And lifetimes?"_s);
        QCOMPARE(pane(i)->lastResult()->text, scripted(models.at(i), u"And lifetimes?"_s));
    }
}

void TestPromptEditor::imageRefusedForTextOnlyWhileVisionPanesAnswer()
{
    m_demo.setModels({u"claude-sonnet-4-5"_s, u"llama-3.3-70b"_s, u"llama-4-maverick"_s});
    typeInto(u"userPromptEdit"_s, u"What is in this picture?"_s);
    const QByteArray png = pngImage(320, 200);
    QCOMPARE(editor()->attachments()->addData(png, u"chart.png"_s), QString());
    QCOMPARE(editor()->images().size(), 1);
    QTest::mouseClick(m_demo.window->findChild<QPushButton *>(u"runAllButton"_s), Qt::LeftButton);
    QVERIFY(waitIdle());

    // The text-only pane says why, in the pane; the vision panes ran and the image reached them.
    auto *error = pane(1)->findChild<QLabel *>(u"paneError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Llama 3.3 70B cannot read images; remove the image or pick a vision model."_s),
             qPrintable(error->text()));
    QVERIFY(!pane(1)->lastResult());
    const QString seen = u"I see 1 image (image/png, %1)."_s.arg(images::sizeText(png.size()));
    for (int i : {0, 2}) {
        QVERIFY2(pane(i)->lastResult() && pane(i)->lastResult()->complete, qPrintable(QString::number(i)));
        QVERIFY2(pane(i)->answerMarkdown().startsWith(seen), qPrintable(pane(i)->answerMarkdown().left(60)));
        QCOMPARE(pane(i)->lastRequest()->messages.last().images.first().data, png);
        QVERIFY(pane(i)->findChild<QLabel *>(u"paneError"_s)->isHidden());
    }

    // A follow-up keeps the image in the history without sending it twice.
    typeInto(u"userPromptEdit"_s, u"Which colour is in the middle?"_s);
    QTest::mouseClick(m_demo.window->findChild<QPushButton *>(u"followUpButton"_s), Qt::LeftButton);
    QVERIFY(waitIdle());
    const QList<ChatMessage> &messages = pane(0)->lastRequest()->messages;
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.first().images.size(), 1);
    QVERIFY(messages.last().images.isEmpty());
    QVERIFY2(pane(0)->lastResult()->text.startsWith(seen), qPrintable(pane(0)->lastResult()->text.left(60)));

    // Retry on the refused pane refuses again, in the pane, and starts nothing.
    error->hide();
    QTest::mouseClick(pane(1)->findChild<QToolButton *>(u"retryButton"_s), Qt::LeftButton);
    QVERIFY(!controller()->isRunning());
    QVERIFY(error->isVisible() && error->text().contains(u"cannot read images"_s));

    // Removing the image lets the text-only pane run.
    QTest::mouseClick(editor()->attachments()->findChild<QToolButton *>(u"removeImageButton"_s), Qt::LeftButton);
    QVERIFY(editor()->images().isEmpty());
    controller()->runPane(1);
    QVERIFY(waitIdle());
    QVERIFY(pane(1)->lastResult() && pane(1)->lastResult()->complete);
    QVERIFY(!pane(1)->answerMarkdown().startsWith(u"I see"_s));
}

void TestPromptEditor::droppedFilesAreAttachedOrRefused()
{
    QTemporaryDir dir;
    QFile png(dir.filePath(u"diagram.png"_s));
    QVERIFY(png.open(QIODevice::WriteOnly));
    png.write(pngImage(64, 64));
    png.close();
    QFile bmp(dir.filePath(u"scan.bmp"_s));
    QVERIFY(bmp.open(QIODevice::WriteOnly));
    bmp.write(QByteArray("BM\x46\0\0\0\0\0", 8) + QByteArray(64, '\0'));
    bmp.close();

    auto *user = m_demo.window->findChild<QPlainTextEdit *>(u"userPromptEdit"_s);
    const auto drop = [user](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = user->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(user->viewport(), &enter);
        QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(user->viewport(), &dropEvent);
        return enter.isAccepted() && dropEvent.isAccepted();
    };
    QVERIFY(drop(png.fileName()));
    QCOMPARE(editor()->images().size(), 1);
    QCOMPARE(editor()->images().first().name, u"diagram.png"_s);
    QVERIFY(user->toPlainText().isEmpty()); // attached, not pasted as a path

    QVERIFY(drop(bmp.fileName()));
    QCOMPARE(editor()->images().size(), 1);
    auto *problem = editor()->findChild<QLabel *>(u"attachmentProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"scan.bmp is a BMP file"_s) && problem->text().contains(u"PNG, JPEG"_s),
             qPrintable(problem->text()));

    QVERIFY(drop(dir.filePath(u"gone.png"_s)));
    QVERIFY2(problem->text().contains(u"gone.png could not be read"_s), qPrintable(problem->text()));
    QCOMPARE(editor()->images().size(), 1);
}

void TestPromptEditor::paneOverridesReachTheRequestAndShowOnThePane()
{
    m_demo.setModels({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s});
    typeInto(u"userPromptEdit"_s, u"Name three sorting algorithms."_s);
    editor()->findChild<QCheckBox *>(u"temperatureCheckBox"_s)->setChecked(true);
    editor()->findChild<QDoubleSpinBox *>(u"temperatureSpinBox"_s)->setValue(0.9);
    editor()->findChild<QSpinBox *>(u"maxTokensSpinBox"_s)->setValue(3000);

    ParameterOverrides o;
    o.temperature = 0.2;
    o.maxTokens = 512;
    pane(1)->setOverrides(o);

    QString problem;
    const auto shared = controller()->requestFor(0, &problem);
    const auto own = controller()->requestFor(1, &problem);
    QVERIFY2(shared && own, qPrintable(problem));
    QCOMPARE(shared->temperature, 0.9);
    QCOMPARE(shared->maxTokens, 3000);
    QCOMPARE(own->temperature, 0.2);
    QCOMPARE(own->maxTokens, 512);

    auto *badge = pane(1)->findChild<QLabel *>(u"overridesBadge"_s);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), u"T 0.2 · max 512"_s);
    QVERIFY(badge->toolTip().contains(u"Temperature: 0.2"_s));
    QVERIFY(!pane(0)->findChild<QLabel *>(u"overridesBadge"_s)->isVisible());

    // The run sends them.
    QTest::mouseClick(m_demo.window->findChild<QPushButton *>(u"runAllButton"_s), Qt::LeftButton);
    QVERIFY(waitIdle());
    QCOMPARE(pane(1)->lastRequest()->temperature, 0.2);
    QCOMPARE(pane(0)->lastRequest()->temperature, 0.9);

    // Thinking switched off for one pane only.
    editor()->findChild<QCheckBox *>(u"thinkingCheckBox"_s)->setChecked(true);
    ParameterOverrides noThinking;
    noThinking.thinkingBudget = 0;
    pane(0)->setOverrides(noThinking);
    QCOMPARE(controller()->requestFor(0, &problem)->thinkingBudget, 0);
    QCOMPARE(pane(0)->findChild<QLabel *>(u"overridesBadge"_s)->text(), u"thinking off"_s);
    pane(1)->setOverrides({});
    pane(1)->setModelId(u"claude-haiku-4-5"_s);
    QCOMPARE(controller()->requestFor(1, &problem)->thinkingBudget, 2048);
    pane(1)->setOverrides(o);

    QTest::mouseClick(pane(1)->findChild<QToolButton *>(u"resetOverridesButton"_s), Qt::LeftButton);
    QVERIFY(pane(1)->overrides().isEmpty());
    QVERIFY(!badge->isVisible());
    QCOMPARE(controller()->requestFor(1, &problem)->temperature, 0.9);
}

void TestPromptEditor::overridesAreEditedInADialogAndSavedWithThePanes()
{
    m_demo.setModels({u"claude-sonnet-4-5"_s, u"mistral-medium-3"_s});
    typeInto(u"userPromptEdit"_s, u"Write a haiku."_s);
    QTest::mouseClick(pane(1)->findChild<QToolButton *>(u"overridesButton"_s), Qt::LeftButton);
    auto *dialog = m_demo.window->findChild<QDialog *>(u"overridesDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QCheckBox *>(u"topPCheckBox"_s)->setChecked(true);
    dialog->findChild<QDoubleSpinBox *>(u"topPSpinBox"_s)->setValue(0.5);
    dialog->findChild<QCheckBox *>(u"stopSequencesCheckBox"_s)->setChecked(true);
    dialog->findChild<QLineEdit *>(u"stopSequencesEdit"_s)->setText(u"END, \\n\\n"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(pane(1)->overrides().topP, 0.5);
    QCOMPARE(pane(1)->overrides().stopSequences, (QStringList{u"END"_s, u"\n\n"_s}));
    QCOMPARE(pane(1)->findChild<QLabel *>(u"overridesBadge"_s)->text(), u"top-p 0.5 · stop ×2"_s);
    QString problem;
    QCOMPARE(controller()->requestFor(1, &problem)->topP, 0.5);
    QVERIFY(!controller()->requestFor(0, &problem)->topP);

    // Saved with the panes and back in a new window.
    QTRY_VERIFY(m_demo.settings->get<QStringList>(Settings::Key::PaneOverrides).value(1).contains(u"topP"_s));
    QCOMPARE(m_demo.settings->get<QStringList>(Settings::Key::PaneOverrides).value(0), u"{}"_s);
    m_demo.window = std::make_unique<MainWindow>(*m_demo.settings, m_loop.catalog, *m_loop.client, u"Offline demo"_s,
                                                 true, QDate(2026, 11, 27));
    QCOMPARE(pane(1)->overrides().topP, 0.5);
    QCOMPARE(pane(1)->overrides().stopSequences, (QStringList{u"END"_s, u"\n\n"_s}));
    QVERIFY(pane(0)->overrides().isEmpty());
}

void TestPromptEditor::samplingParametersReachEveryPane()
{
    m_demo.setModels({u"claude-sonnet-4-5"_s, u"llama-4-maverick"_s, u"mistral-medium-3"_s});
    typeInto(u"userPromptEdit"_s, u"List prime numbers."_s);
    editor()->findChild<QCheckBox *>(u"topPCheckBox"_s)->setChecked(true);
    editor()->findChild<QDoubleSpinBox *>(u"topPSpinBox"_s)->setValue(0.8);
    editor()->findChild<QCheckBox *>(u"topKCheckBox"_s)->setChecked(true);
    editor()->findChild<QSpinBox *>(u"topKSpinBox"_s)->setValue(30);
    // Tab leaves the prompt for the parameters.
    m_demo.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_demo.window.get()));
    auto *user = m_demo.window->findChild<QPlainTextEdit *>(u"userPromptEdit"_s);
    user->setFocus();
    QTest::keyClick(user, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), editor()->findChild<QSpinBox *>(u"maxTokensSpinBox"_s));

    auto *stop = editor()->findChild<QLineEdit *>(u"stopSequencesEdit"_s);
    QTest::keyClicks(stop, u"END, \\n\\nHuman:"_s);
    QCOMPARE(editor()->parameters().stopSequences, (QStringList{u"END"_s, u"\n\nHuman:"_s}));

    QTest::mouseClick(m_demo.window->findChild<QPushButton *>(u"runAllButton"_s), Qt::LeftButton);
    QVERIFY(waitIdle());
    for (int i = 0; i < 3; ++i) {
        const ChatRequest &r = *pane(i)->lastRequest();
        QCOMPARE(r.topP, 0.8);
        QCOMPARE(r.topK, 30); // the codecs leave it out where a family does not take it (goldens)
        QCOMPARE(r.stopSequences, (QStringList{u"END"_s, u"\n\nHuman:"_s}));
        QVERIFY2(pane(i)->lastResult()->complete, qPrintable(QString::number(i))); // every backend took them
    }
}

QTEST_MAIN(TestPromptEditor)
#include "tst_prompteditor.moc"
