#include "MainWindow.h"

#include "audit/AuditPage.h"
#include "batches/BatchesPage.h"
#include "cycles/CyclesPage.h"
#include "FirstRunGuide.h"
#include "officers/IdleLock.h"
#include "officers/OfficerSession.h"
#include "officers/OfficersPage.h"
#include "officers/SignInDialog.h"
#include "programs/ProgramsPage.h"
#include "reconciliation/ReconciliationPage.h"
#include "registry/RegistryImportDialog.h"
#include "registry/RegistryPage.h"
#include "review/FileReviewPage.h"
#include "settings/SettingsDialog.h"
#include "widgets/WheelGuard.h"

#include "privacy/IdentifierMask.h"
#include "settings/LocalSettings.h"
#include "storage/Database.h"
#include "storage/DatabaseChangeWatcher.h"
#include "trust/TrustStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

#include <chrono>

MainWindow::MainWindow(Database& database, QWidget* parent)
    : QMainWindow(parent), m_session(new OfficerSession(database, this)), m_signedIn(new QLabel(this)),
      m_signInAction(nullptr), m_signOutAction(nullptr), m_lockAction(nullptr), m_desk(new QStackedWidget(this)),
      m_lockedText(new QLabel(this)),
      m_idleLock(new IdleLock(std::chrono::minutes(LocalSettings().idleLockMinutes()), this)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_registryPage(new RegistryPage(database, this)), m_programsPage(new ProgramsPage(*m_session, this)),
      m_cyclesPage(new CyclesPage(*m_session, this)), m_batchesPage(new BatchesPage(*m_session, this)),
      m_reconciliationPage(new ReconciliationPage(*m_session, this)), m_auditPage(new AuditPage(database, this)),
      m_fileReviewPage(new FileReviewPage(this)), m_officersPage(new OfficersPage(*m_session, this)),
      m_changes(new DatabaseChangeWatcher(database.location(), this))
{
    setWindowTitle(tr("PayDesk — %1").arg(QUrl(database.location()).toDisplayString(QUrl::RemovePassword)));
    QCoreApplication::instance()->installEventFilter(new WheelGuard(this));
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFixedWidth(180);
    m_navigation->setSpacing(4);

    m_navigation->setIconSize(QSize(24, 24));
    addPage(tr("Registry"), QStringLiteral("registry"), m_registryPage);
    addPage(tr("Programs"), QStringLiteral("programs"), m_programsPage);
    addPage(tr("Cycles"), QStringLiteral("cycles"), m_cyclesPage);
    addPage(tr("Batches"), QStringLiteral("batches"), m_batchesPage);
    addPage(tr("Reconciliation"), QStringLiteral("reconciliation"), m_reconciliationPage);
    addPage(tr("File review"), QStringLiteral("review"), m_fileReviewPage);
    addPage(tr("Audit log"), QStringLiteral("audit"), m_auditPage);
    addPage(tr("Officers"), QStringLiteral("officers"), m_officersPage);

    buildToolbar();

    auto* work = new QWidget(this);
    auto* layout = new QHBoxLayout(work);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    auto* signedOut = new QWidget(this);
    signedOut->setObjectName(QStringLiteral("signedOutPanel"));
    auto* panel = new QVBoxLayout(signedOut);
    m_lockedText->setObjectName(QStringLiteral("signedOutText"));
    m_lockedText->setWordWrap(true);
    m_lockedText->setAlignment(Qt::AlignCenter);
    auto* signInButton = new QPushButton(tr("&Sign in…"), signedOut);
    signInButton->setObjectName(QStringLiteral("signInPanelButton"));
    panel->addStretch(1);
    panel->addWidget(m_lockedText);
    panel->addWidget(signInButton, 0, Qt::AlignCenter);
    panel->addStretch(2);
    m_desk->addWidget(work);
    m_desk->addWidget(signedOut);
    setCentralWidget(m_desk);
    connect(signInButton, &QPushButton::clicked, this, &MainWindow::openSignIn);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
    connectPages();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_registryPage, &RegistryPage::statusChanged, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_session, &OfficerSession::officerChanged, this, &MainWindow::officerChanged);
    officerChanged();
    m_navigation->setCurrentRow(0);
    m_registryPage->publishStatus();
    resize(1200, 720);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

// The officer's toolbar: the guide, the settings, who is signed in, lock and sign out.
void MainWindow::buildToolbar()
{
    auto* toolbar = addToolBar(tr("Officer"));
    toolbar->setObjectName(QStringLiteral("officerToolbar"));
    toolbar->setMovable(false);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto* guideAction = toolbar->addAction(tr("&Getting started"), this, &MainWindow::openGuide);
    guideAction->setObjectName(QStringLiteral("guideAction"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    guideAction->setToolTip(tr("The steps from an empty database to a first payment (F1)"));
    auto* settingsAction = toolbar->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    settingsAction->setToolTip(
        tr("This computer's settings: the database, the hubs' certificates and deadline, the language (Ctrl+,)"));
    toolbar->addSeparator();
    m_signedIn->setObjectName(QStringLiteral("signedInOfficer"));
    m_signedIn->setAccessibleName(tr("Signed in"));
    toolbar->addWidget(m_signedIn);
    m_signInAction = toolbar->addAction(tr("Sign &in…"), this, &MainWindow::openSignIn);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_lockAction = toolbar->addAction(tr("&Lock"), this, &MainWindow::lock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Lock the window until you sign in again (Ctrl+L)"));
    m_signOutAction = toolbar->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
}

// What one page does that others show: each page reloads after another's work.
void MainWindow::connectPages()
{
    connect(m_officersPage, &OfficersPage::officersChanged, m_auditPage, &AuditPage::reload);
    connect(m_officersPage, &OfficersPage::officersChanged, m_session, &OfficerSession::refreshOfficer);
    connect(m_programsPage, &ProgramsPage::programsChanged, m_cyclesPage, &CyclesPage::reloadPrograms);
    connect(m_programsPage, &ProgramsPage::programsChanged, m_auditPage, &AuditPage::reload);
    connect(m_cyclesPage, &CyclesPage::stepFinished, m_auditPage, &AuditPage::reload);
    connect(m_cyclesPage, &CyclesPage::stepFinished, m_batchesPage, &BatchesPage::reloadCycles);
    connect(m_batchesPage, &BatchesPage::prepared, m_auditPage, &AuditPage::reload);
    connect(m_batchesPage, &BatchesPage::sendFinished, m_auditPage, &AuditPage::reload);
    connect(m_batchesPage, &BatchesPage::sendFinished, m_reconciliationPage, &ReconciliationPage::reloadCycles);
    connect(m_cyclesPage, &CyclesPage::stepFinished, m_reconciliationPage, &ReconciliationPage::reloadCycles);
    connect(m_reconciliationPage, &ReconciliationPage::reconciled, m_batchesPage, &BatchesPage::reloadCycles);
    connect(m_reconciliationPage, &ReconciliationPage::reconciled, m_auditPage, &AuditPage::reload);
    connect(m_changes, &DatabaseChangeWatcher::changed, this, &MainWindow::showChanges);
}

void MainWindow::showChanges(const QStringList& tables)
{
    // Empty: the database cannot say which tables (SQLite), so every page reads again.
    const auto changed = [&tables](std::initializer_list<QLatin1String> names) {
        return tables.isEmpty() ||
               std::any_of(names.begin(), names.end(), [&tables](QLatin1String name) { return tables.contains(name); });
    };
    if (changed({QLatin1String("beneficiary")})) {
        m_registryPage->readAgain();
    }
    if (changed({QLatin1String("program")})) {
        m_programsPage->readAgain();
    }
    if (changed({QLatin1String("program"), QLatin1String("enrolment"), QLatin1String("cycle"),
                 QLatin1String("entitlement"), QLatin1String("cycle_approval"), QLatin1String("payment")}) &&
        !m_cyclesPage->isWorking()) {
        m_cyclesPage->reloadPrograms();
    }
    if (changed({QLatin1String("cycle"), QLatin1String("payment_batch"), QLatin1String("payment")})) {
        m_batchesPage->readAgain();
        m_reconciliationPage->reloadCycles();
    }
    if (changed({QLatin1String("audit_entry")})) {
        m_auditPage->reload();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Never closed behind a send's back: the officer is asked, the batch being posted is finished
    // and recorded, and only then does the window (and PayDesk) close: no process is left unseen.
    if (m_batchesPage->isSending()) {
        event->ignore();
        if (m_closeWhenIdle) {
            return; // already stopping
        }
        const auto answer =
            QMessageBox::question(this, tr("A send is in progress"),
                                  tr("PayDesk is sending batches to the hub. Stop sending and close? The batch being "
                                     "posted is finished and recorded first; the rest stay ready."),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
        m_closeWhenIdle = true;
        if (!m_batchesPage->isSending()) {
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection); // it ended while the officer read
            return;
        }
        connect(m_batchesPage, &BatchesPage::sendFinished, this, &QWidget::close, Qt::QueuedConnection);
        m_batchesPage->requestStop();
        return;
    }
    // Other work the officer started (preparing, an evidence pack, generating, findings, an import)
    // is finished before PayDesk quits; the officer is told first, and may stay.
    const auto* import = findChild<RegistryImportDialog*>();
    const bool working = m_batchesPage->isBusy() || m_cyclesPage->isWorking() || (import && import->isRunning());
    if (!m_closeWhenIdle && working &&
        QMessageBox::question(this, tr("Work is in progress"),
                              tr("PayDesk is still working on something you started. Close anyway? It finishes that "
                                 "work first, then quits."),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::setSandboxHub(const QUrl& bulkUrl, const QUrl& operationsUrl)
{
    m_session->setSandboxHub(bulkUrl, operationsUrl);
}

SignInDialog* MainWindow::openSignIn()
{
    if (auto* open = findChild<SignInDialog*>()) {
        open->refresh();
        open->raise();
        return open;
    }
    auto* dialog = new SignInDialog(*m_session, m_lockedOfficer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::signOut()
{
    m_lockedOfficer.clear();
    m_session->signOut();
}

void MainWindow::lock()
{
    if (!m_session->officer()) {
        return;
    }
    m_lockedOfficer = m_session->officer()->id;
    m_session->signOut();
    openSignIn();
}

bool MainWindow::isLocked() const
{
    return !m_session->officer();
}

void MainWindow::officerChanged()
{
    const auto& officer = m_session->officer();
    m_desk->setCurrentIndex(officer ? 0 : 1);
    m_signedIn->setText(officer
                            ? tr("Signed in: %1 (%2)").arg(officer->displayName, officerRoleDisplayName(officer->role))
                            : tr("Nobody is signed in"));
    m_signInAction->setVisible(!officer);
    m_signOutAction->setVisible(officer.has_value());
    m_lockAction->setEnabled(officer.has_value());
    m_lockedText->setText(
        !m_lockedOfficer.isEmpty()
            ? tr("The window of %1 is locked. Sign in again to go on.").arg(m_lockedOfficer)
            : tr("Sign in with your own key to work in PayDesk: every change is signed by the officer who makes it."));
    m_registryPage->setMasked(IdentifierMask::appliesTo(officer));
    m_registryPage->setImportingOfficer(officer ? officer->id : QString());
    const auto anchor = TrustStore(m_session->database()).anchor();
    m_fileReviewPage->setTrustAnchor(anchor ? anchor->pem() : QByteArray());
    if (!officer) {
        m_idleLock->stop();
        return;
    }
    m_lockedOfficer.clear();
    m_idleLock->setInterval(std::chrono::minutes(LocalSettings().idleLockMinutes()));
    m_idleLock->restart();
    if (!m_resolvedAtStart) {
        // Before anything else is sent: a checker looks the uncertain batches up; anyone else is told.
        m_resolvedAtStart = officer->role == OfficerRole::Checker;
        m_batchesPage->resolveUncertainOnStart();
    }
}

void MainWindow::addPage(const QString& title, const QString& icon, QWidget* page)
{
    const int row = m_navigation->count();
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), title));
    m_pages->addWidget(page);
    // Ctrl+1 ... Ctrl+8 go to the pages in the list's order.
    auto* go = new QAction(this);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    connect(go, &QAction::triggered, this, [this, row] { m_navigation->setCurrentRow(row); });
    addAction(go);
    m_navigation->item(row)->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(row + 1));
}

FirstRunGuide* MainWindow::openGuide()
{
    auto* guide = new FirstRunGuide(m_session->database(), this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    connect(guide, &FirstRunGuide::pageWanted, m_navigation, [this](int row) { m_navigation->setCurrentRow(row); });
    connect(guide, &FirstRunGuide::importWanted, m_registryPage, &RegistryPage::openImportDialog, Qt::QueuedConnection);
    guide->open();
    return guide;
}

SettingsDialog* MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_session->secrets(), m_session->database().location(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this] { m_idleLock->setInterval(std::chrono::minutes(LocalSettings().idleLockMinutes())); });
    dialog->open();
    return dialog;
}
