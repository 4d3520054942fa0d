#pragma once

#include <QMainWindow>
#include <QStringList>

class AuditPage;
class BatchesPage;
class CyclesPage;
class Database;
class DatabaseChangeWatcher;
class FileReviewPage;
class FirstRunGuide;
class IdleLock;
class OfficerSession;
class OfficersPage;
class ProgramsPage;
class ReconciliationPage;
class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUrl;
class RegistryPage;
class SettingsDialog;
class SignInDialog;

// The officer's main window: a navigation list on the left (Registry, Programs, Cycles, Batches,
// Reconciliation, File review, Audit log, Officers), the chosen page on the right, and who is
// signed in. Nothing is shown or done until an officer signs in with their key (SignInDialog);
// after the idle time set in Settings the window locks and asks for the key again. Its size, place
// and toolbars are remembered from one start to the next (QSettings).
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
    OfficersPage* officersPage() const { return m_officersPage; }
    OfficerSession& session() { return *m_session; }
    // Where programs whose hub is "sandbox" send and are reconciled: the sandbox in this PayDesk.
    void setSandboxHub(const QUrl& bulkUrl, const QUrl& operationsUrl);
    // The sign-in dialog, opened over the window (at start, as "Sign in…" does).
    SignInDialog* openSignIn();
    void signOut();
    // Forgets the officer's key and hides everything until they sign in again (the idle lock, or
    // "Lock" in the toolbar).
    void lock();
    bool isLocked() const;
    // This computer's settings, in a dialog of their own (also Ctrl+,).
    SettingsDialog* openSettings();
    // The steps from an empty database to a first payment (also F1).
    FirstRunGuide* openGuide();

protected:
    // Remembers the window's size, place and toolbars for the next start.
    void closeEvent(QCloseEvent* event) override;

private:
    void connectPages();
    // Another officer's work (or a command line's, or this window's workers') as it lands: each
    // page showing a table that changed reads it again, keeping the officer's place; a page at
    // work is left alone (it reads again when its work ends).
    void showChanges(const QStringList& tables);
    void buildToolbar();
    // icon: the name of an SVG under :/icons.
    void addPage(const QString& title, const QString& icon, QWidget* page);

    void officerChanged();

    OfficerSession* m_session;
    QLabel* m_signedIn;
    QAction* m_signInAction;
    QAction* m_signOutAction;
    QAction* m_lockAction;
    QStackedWidget* m_desk; // the work, or the panel asking to sign in
    QLabel* m_lockedText;
    QString m_lockedOfficer; // whose window locked; empty when signed out
    IdleLock* m_idleLock;
    bool m_resolvedAtStart = false;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    RegistryPage* m_registryPage;
    ProgramsPage* m_programsPage;
    CyclesPage* m_cyclesPage;
    BatchesPage* m_batchesPage;
    bool m_closeWhenIdle = false; // closing once the running send has stopped
    ReconciliationPage* m_reconciliationPage;
    AuditPage* m_auditPage;
    FileReviewPage* m_fileReviewPage;
    OfficersPage* m_officersPage;
    DatabaseChangeWatcher* m_changes;
};
