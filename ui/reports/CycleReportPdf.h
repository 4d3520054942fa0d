#pragma once

#include <QCoreApplication>
#include <QString>

class CycleReport;

// Draws a cycle's disbursement report into a PDF (A4): the cycle and who made the report when,
// entitled against paid and the payments per state, bars of the states and the failure reasons,
// the settlements over time, the failed payments, the batches, and the cycle's audit trail. Needs
// a QGuiApplication (fonts); the offscreen platform will do.
class CycleReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(CycleReportPdf)

public:
    static bool write(const CycleReport& report, const QString& path, QString* error);
};
