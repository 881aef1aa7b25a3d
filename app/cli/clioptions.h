#pragma once

#include "wire/chatrequest.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace maas::cli {

// What the command line asked for, after validation.
struct CliOptions
{
    QString command; // compare, models, embed, doctor
    QStringList models;
    QString project;
    QString region; // empty: each model's default location from the catalog
    QUrl endpoint;
    QString system;
    int maxTokens = 1024;
    std::optional<double> temperature;
    int thinkingBudget = 0;
    bool json = false;
    bool vectors = false;
    QString catalogFile;
    QStringList texts; // the prompt (compare) or the texts (embed)
};

// Parses argv. On a problem returns false with a message for stderr (and usage text when asked).
bool parseCommandLine(const QStringList &arguments, CliOptions *options, QString *message, bool *helpShown);

} // namespace maas::cli
