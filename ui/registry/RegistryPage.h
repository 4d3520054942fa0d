#pragma once

#include <QWidget>

class BeneficiaryTableModel;
class Database;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The registry: the paged beneficiary table, a filter, a detail panel and the import dialog.
class RegistryPage : public QWidget
{
    Q_OBJECT

public:
    explicit RegistryPage(Database& database, QWidget* parent = nullptr);

    BeneficiaryTableModel* model() const { return m_model; }
    // Phone numbers, payee accounts and national ids masked, for officers who need not see them (IdentifierMask).
    void setMasked(bool masked);
    // Who imports from the Import registry… dialog: the officer signed in, whose key signs the
    // import's audit entry; empty: nobody, and importing is refused.
    void setImportingOfficer(const QString& officerId) { m_importingOfficer = officerId; }
    // Re-sends the status line (counts) for the window's status bar.
    void publishStatus();
    // Opens the registry import dialog (the Import registry… button).
    void openImportDialog();
    // Reads the registry again (another officer's import), keeping the row chosen and the place
    // scrolled to.
    void readAgain();

Q_SIGNALS:
    void statusChanged(const QString& message);

private:
    void setUpTable();
    QGroupBox* buildDetails();
    void applyFilter();
    void showDetails();
    void addDetailRow(const QString& label, const QString& objectName);

    Database& m_database;
    BeneficiaryTableModel* m_model;
    QComboBox* m_filterField;
    QLineEdit* m_filterEdit;
    QCheckBox* m_sharedPayeeOnly;
    QTimer* m_filterTimer;
    QTableView* m_table;
    QFormLayout* m_details;
    QLabel* m_emptyState;
    QString m_importingOfficer;
};
