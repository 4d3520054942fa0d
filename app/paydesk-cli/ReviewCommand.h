#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli review FILE|DIR: a batch file (with its bundle's manifest, signature and sign-off) or an
// evidence pack, checked offline with no database and no network (exit code 4 on findings).
class ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)

public:
    explicit ReviewCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    int reviewPack(const QString& folder, const QByteArray& trustAnchor, bool json);

    CliSupport& m_support;
};
