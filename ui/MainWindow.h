#pragma once

#include <QMainWindow>

class AuditPage;
class BatchesPage;
class CyclesPage;
class Database;
class FirstRunGuide;
class OfficerSession;
class ProgramsPage;
class ReconciliationPage;
class QComboBox;
class QListWidget;
class QStackedWidget;
class QUrl;
class RegistryPage;
class SettingsDialog;

// The officer's main window: a navigation list on the left (Registry, Programs, Cycles, Batches,
// Reconciliation, File review, Audit log), the chosen page on the right, and who is acting. Its
// size, place and toolbars are remembered from one start to the next (QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& database, QWidget* parent = nullptr);

    RegistryPage* registryPage() const { return m_registryPage; }
    ProgramsPage* programsPage() const { return m_programsPage; }
    CyclesPage* cyclesPage() const { return m_cyclesPage; }
    BatchesPage* batchesPage() const { return m_batchesPage; }
    ReconciliationPage* reconciliationPage() const { return m_reconciliationPage; }
    // Where programs whose hub is "sandbox" send and are reconciled: the sandbox in this PayDesk.
    void setSandboxHub(const QUrl& bulkUrl, const QUrl& operationsUrl);
    // Fills the "acting as" list from the database's officers.
    void reloadOfficers();
    // This computer's settings, in a dialog of their own (also Ctrl+,).
    SettingsDialog* openSettings();
    // The steps from an empty database to a first payment (also F1).
    FirstRunGuide* openGuide();

protected:
    // Remembers the window's size, place and toolbars for the next start.
    void closeEvent(QCloseEvent* event) override;

private:
    // icon: the name of an SVG under :/icons.
    void addPage(const QString& title, const QString& icon, QWidget* page);

    OfficerSession* m_session;
    QComboBox* m_actingOfficer;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    RegistryPage* m_registryPage;
    ProgramsPage* m_programsPage;
    CyclesPage* m_cyclesPage;
    BatchesPage* m_batchesPage;
    bool m_closeWhenIdle = false; // closing once the running send has stopped
    ReconciliationPage* m_reconciliationPage;
    AuditPage* m_auditPage;
};
