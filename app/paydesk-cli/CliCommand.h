#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class CliSupport;

// One paydesk-cli command as the help lists it and the dispatcher runs it, declared once in
// CliCommands::commands(): what is typed, the help's lines for it, and what runs it.
struct CliCommand
{
    // A line of the help: how the command is written (e.g. "audit verify") and what it does, in
    // English (QT_TRANSLATE_NOOP in context CliCommands; translated when the help is printed).
    struct Usage
    {
        const char* synopsis;
        const char* summary;
    };

    QString name;
    QList<Usage> usages;
    // Runs the command; arguments[0] is "paydesk-cli NAME", for its own --help.
    std::function<int(CliSupport& support, const QStringList& arguments)> run;
};
