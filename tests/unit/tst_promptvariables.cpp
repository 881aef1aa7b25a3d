// Prompt variables: which {{names}} a prompt uses, substitution, escapes and missing values.
#include "prompt/promptvariables.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

class TestPromptVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void namesAcrossPrompts();
    void substitution_data();
    void substitution();
    void missingValuesAreNamed();
    void valuesAreNotExpandedAgain();
};

void TestPromptVariables::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("none") << u"Plain text, {single} braces"_s << QStringList();
    QTest::newRow("one") << u"Translate {{text}} please"_s << QStringList{u"text"_s};
    QTest::newRow("order of first use, once each") << u"{{b}} {{a}} {{b}} {{ a }}"_s << QStringList{u"b"_s, u"a"_s};
    QTest::newRow("spaces inside") << u"{{  city  }}"_s << QStringList{u"city"_s};
    QTest::newRow("name characters") << u"{{user_name}} {{v2}} {{doc.title}} {{x-y}}"_s
                                     << QStringList{u"user_name"_s, u"v2"_s, u"doc.title"_s, u"x-y"_s};
    QTest::newRow("not names") << u"{{}} {{ }} {{a b}} {{1abc}} {{é}}"_s << QStringList();
    QTest::newRow("escaped") << u"\\{{literal}} but {{real}}"_s << QStringList{u"real"_s};
    QTest::newRow("unclosed") << u"{{open and {{closed}}"_s << QStringList{u"closed"_s};
    QTest::newRow("never closed") << u"text {{name"_s << QStringList();
    QTest::newRow("triple braces") << u"{{{x}}}"_s << QStringList();
    QTest::newRow("adjacent") << u"{{a}}{{b}}"_s << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("multi-line") << u"line 1\n{{ topic }}\nline 3"_s << QStringList{u"topic"_s};
}

void TestPromptVariables::names()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QCOMPARE(prompt::variableNames(text), names);
}

void TestPromptVariables::namesAcrossPrompts()
{
    QCOMPARE(prompt::variableNames(QStringList{u"You speak {{language}}."_s, u"Say {{greeting}} in {{language}}"_s}),
             (QStringList{u"language"_s, u"greeting"_s}));
}

void TestPromptVariables::substitution_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"no variables here"_s << u"no variables here"_s;
    QTest::newRow("one") << u"Hello {{name}}!"_s << u"Hello Ada!"_s;
    QTest::newRow("spaces and repeats") << u"{{ name }} and {{name}}"_s << u"Ada and Ada"_s;
    QTest::newRow("escape keeps braces, drops the backslash")
        << u"Use \\{{name}} in templates, {{name}}"_s << u"Use {{name}} in templates, Ada"_s;
    QTest::newRow("lone backslash stays") << u"C:\\path {{name}}"_s << u"C:\\path Ada"_s;
    QTest::newRow("not a variable stays") << u"{{a b}} {{name}}"_s << u"{{a b}} Ada"_s;
    QTest::newRow("multi-line value") << u"Text:\n{{body}}\nEnd"_s << u"Text:\nline one\nline two\nEnd"_s;
    QTest::newRow("unicode around") << u"日本 {{name}} 🙂"_s << u"日本 Ada 🙂"_s;
}

void TestPromptVariables::substitution()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QHash<QString, QString> values{{u"name"_s, u"Ada"_s}, {u"body"_s, u"line one\nline two"_s}};
    const prompt::Substitution s = prompt::substituteVariables(text, values);
    QCOMPARE(s.text, expected);
    QVERIFY(s.missing.isEmpty());
}

void TestPromptVariables::missingValuesAreNamed()
{
    const prompt::Substitution s =
        prompt::substituteVariables(u"{{a}} {{b}} {{a}} {{c}}"_s, {{u"b"_s, u"set"_s}, {u"c"_s, QString()}});
    QCOMPARE(s.missing, (QStringList{u"a"_s, u"c"_s})); // unset and empty, each once, in order
    QCOMPARE(s.text, u" set  "_s);
}

void TestPromptVariables::valuesAreNotExpandedAgain()
{
    const prompt::Substitution s =
        prompt::substituteVariables(u"{{a}}"_s, {{u"a"_s, u"{{b}} \\{{c}}"_s}, {u"b"_s, u"no"_s}});
    QCOMPARE(s.text, u"{{b}} \\{{c}}"_s);
}

QTEST_GUILESS_MAIN(TestPromptVariables)
#include "tst_promptvariables.moc"
