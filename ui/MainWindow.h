#pragma once

#include <QMainWindow>

class Database;
class QListWidget;
class QStackedWidget;
class RegistryPage;

// The officer's main window: a navigation list on the left (Registry, Programs, Cycles, Batches,
// Reconciliation, File review) and the chosen page on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& database, QWidget* parent = nullptr);

    RegistryPage* registryPage() const { return m_registryPage; }

private:
    void addPage(const QString& title, QWidget* page);

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    RegistryPage* m_registryPage;
};
