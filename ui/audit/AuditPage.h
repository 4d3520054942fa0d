#pragma once

#include <QWidget>

class Database;
class QLabel;
class QLineEdit;
class QTableWidget;

// The audit log: the latest entries, a filter, and a check of the hash chain.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Database& database, QWidget* parent = nullptr);

    void reload();

private:
    void applyFilter();
    void verify();

    Database& m_database;
    QLineEdit* m_filter;
    QTableWidget* m_table;
    QLabel* m_verification;
};
