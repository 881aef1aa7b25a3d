#pragma once

// Prompt variables: `{{name}}` in the system or user prompt is replaced by the value the user gives
// for `name` when a run starts. Names are letters, digits, '_', '-' and '.', starting with a letter
// or '_'; spaces inside the braces are allowed (`{{ name }}`). A backslash right before the braces
// keeps them literally: `\{{name}}` sends `{{name}}` (the backslash is dropped). Anything else in
// double braces (`{{}}`, `{{a b}}`) is not a variable and is sent as written.

#include <QHash>
#include <QString>
#include <QStringList>

namespace maas::prompt {

// The variables a text uses, each once, in order of first appearance.
QStringList variableNames(QStringView text);
// The same across several texts (system, then user prompt).
QStringList variableNames(const QStringList &texts);

struct Substitution
{
    QString text;
    QStringList missing; // variables without a value (unset or empty), in order of appearance
};

// Replaces every variable by its value and resolves escapes. Values are inserted as they are (a
// value containing `{{x}}` is not expanded again).
Substitution substituteVariables(QStringView text, const QHash<QString, QString> &values);

} // namespace maas::prompt
