#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli report cycle ID [--pdf FILE] [--csv FILE]: a cycle's disbursement report, as PDF
// (totals, charts, failures, batches, audit trail) and every payment as CSV.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    explicit ReportCommand(CliSupport& support);

    int run(const QStringList& arguments);
    // Whether these arguments (the command line after the program name) draw a PDF (a report with
    // --pdf, or an evidence pack): that needs
    // fonts, so a QGuiApplication (on the offscreen platform when nothing else is set).
    static bool drawsPdf(const QStringList& arguments);

private:
    CliSupport& m_support;
};
