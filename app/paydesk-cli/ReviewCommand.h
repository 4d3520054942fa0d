#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;
class QCommandLineParser;
class ResultComparison;
struct BatchReview;

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
    int reviewFile(const QCommandLineParser& parser, const QString& path, const QByteArray& trustAnchor);
    void printJson(const BatchReview& result, const ResultComparison* comparison);
    void printText(const BatchReview& result, const ResultComparison* comparison);

    CliSupport& m_support;
};
