#pragma once

#include <QTableWidget>

// The payments of one frozen batch file, as the file holds them: a Payment Hub EE CSV column by
// column, or a G2P Connect request's disbursements. Payees' identifiers are masked for officers
// who need not see them (IdentifierMask).
class BatchRowsView : public QTableWidget
{
    Q_OBJECT

public:
    explicit BatchRowsView(QWidget* parent = nullptr);

    void showFile(const QByteArray& file, bool masked);
    void showNothing();

private:
    void showG2pConnectRequest(const QByteArray& file, bool masked);
    void showPaymentHubCsv(const QByteArray& file, bool masked);
    // The file's columns as headings an officer reads, each with its name in the file as a tooltip.
    void setColumns(const QStringList& fileColumns);
};
