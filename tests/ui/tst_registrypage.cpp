#include "TestDatabases.h"
#include "UiTestSupport.h"

#include "officers/AdministratorSetupDialog.h"
#include "officers/IdleLock.h"
#include "officers/KeyRequestDialog.h"
#include "officers/OfficersPage.h"
#include "registry/BeneficiaryRepository.h"
#include "registry/RegistryImportDialog.h"
#include "registry/RegistryPage.h"
#include "settings/InterfaceLanguage.h"
#include "settings/SettingsDialog.h"
#include "window/FirstRunGuide.h"
#include "window/MainWindow.h"

#include "batching/SigningKey.h"
#include "i18n/TranslationLoader.h"
#include "models/BeneficiaryTableModel.h"
#include "privacy/IdentifierMask.h"
#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"
#include "settings/LocalSettings.h"
#include "storage/Database.h"
#include "trust/CertificateRequest.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The registry page with real widgets, offscreen: import through the dialog, then filter and select.
class TestRegistryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Settings in a folder of this test's own, so no run sees another's window layout.
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }
    void importThroughDialogThenFilter();
    void brokenFileShowsErrorAndKeepsRegistry();
    void guessedColumnsAreConfirmedAndPayeeColumnsWarned();
    void identifiersMaskedForViewers();
    void windowLayoutIsRemembered();
    void settingsAreCheckedAndKept();
    void everyControlHasAName();
    void firstRunGuideAndPageKeys();
    void idleWindowLocks();
    void theProgramMigratesAndFollowsItsSettings();
    void arabicIsRightToLeft();

private:
    RegistryImportDialog* openImportDialog(MainWindow& window);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

RegistryImportDialog* TestRegistryPage::openImportDialog(MainWindow& window)
{
    auto* importButton = window.findChild<QPushButton*>(QStringLiteral("importButton"));
    if (!importButton) {
        return nullptr;
    }
    QTest::mouseClick(importButton, Qt::LeftButton);
    return window.findChild<RegistryImportDialog*>();
}

void TestRegistryPage::importThroughDialogThenFilter()
{
    const QString csv = m_dir.filePath(QStringLiteral("registry.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        DemoRegistryGenerator generator(9, 0.02);
        QString error;
        QVERIFY(generator.write(&file, 20000, &error));
    }
    QString error;
    const auto database = Database::open(m_databases.freshLocation(QStringLiteral("sqlite")), &error);
    QVERIFY2(database, qPrintable(error));
    MainWindow window(*database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Nothing shows before an officer signs in.
    QVERIFY(!window.registryPage()->isVisible());
    QVERIFY(
        enrolAndSignIn(&window, {QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true}));
    auto* emptyState = window.findChild<QLabel*>(QStringLiteral("registryEmptyState"));
    QTRY_VERIFY(emptyState->isVisible());
    QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("navigationList"))->count(), 8);

    RegistryImportDialog* dialog = openImportDialog(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->setFilePath(csv);
    auto* mapping = dialog->findChild<QTableWidget*>(QStringLiteral("mappingTable"));
    QCOMPARE(mapping->rowCount(), 14);
    QCOMPARE(qobject_cast<QComboBox*>(mapping->cellWidget(0, 1))->currentText(), QStringLiteral("registry_id"));

    QSignalSpy finished(dialog, &RegistryImportDialog::importFinished);
    auto* start = dialog->findChild<QPushButton*>(QStringLiteral("startImportButton"));
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(dialog->isRunning()); // the import runs in a worker; the window stays responsive
    QVERIFY(finished.wait(60000));
    QVERIFY2(dialog->result().succeeded, qPrintable(dialog->result().error));
    const qint64 rejected = dialog->result().rejected;
    const qint64 sharedAccounts = dialog->result().sharedAccountCount;
    QVERIFY(sharedAccounts > 0);
    QVERIFY(rejected > 0);
    QCOMPARE(dialog->result().inserted + rejected, 20000);
    const QString status = dialog->findChild<QLabel*>(QStringLiteral("importStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("rejected")), qPrintable(status));
    QVERIFY(dialog->findChild<QTableWidget*>(QStringLiteral("rejectedTable"))->rowCount() >= rejected);
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("saveRejectedButton"))->isVisible());
    saveScreenshot(dialog, QStringLiteral("import.png"));
    dialog->reject();

    RegistryPage* page = window.registryPage();
    BeneficiaryTableModel* model = page->model();
    QTRY_COMPARE(model->rowCount(), int(20000 - rejected));
    QVERIFY(!emptyState->isVisible());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("beneficiaries")));

    auto* filterField = page->findChild<QComboBox*>(QStringLiteral("registryFilterField"));
    filterField->setCurrentIndex(filterField->findData(int(BeneficiaryQuery::Filter::Region)));
    auto* filter = page->findChild<QLineEdit*>(QStringLiteral("registryFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("coast"));
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0 && model->rowCount() < 20000 - rejected);
    for (int row = 0; row < model->rowCount(); row += 101) {
        QCOMPARE(model->index(row, BeneficiaryTableModel::RegionColumn).data().toString(), QStringLiteral("Coastal"));
    }
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("match the filter")));
    const int filteredByRegion = model->rowCount();

    auto* table = page->findChild<QTableView*>(QStringLiteral("registryTable"));
    table->selectRow(3);
    const QString expectedId = model->index(3, BeneficiaryTableModel::RegistryIdColumn).data().toString();
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("detailRegistryId"))->text(), expectedId);
    QVERIFY(!page->findChild<QLabel*>(QStringLiteral("detailName"))->text().isEmpty());

    // Likely duplicates: only rows whose payee account another registry id holds, each one saying so.
    filter->clear();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 20000 - rejected);
    auto* shared = page->findChild<QCheckBox*>(QStringLiteral("sharedPayeeOnlyCheck"));
    QTest::mouseClick(shared, Qt::LeftButton);
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0 && model->rowCount() < 2000);
    QVERIFY(model->rowCount() >= 2 * sharedAccounts); // every shared account has two holders or more
    table->selectRow(0);
    QVERIFY2(
        page->findChild<QLabel*>(QStringLiteral("detailPayee"))->text().contains(QStringLiteral("Likely duplicate")),
        qPrintable(page->findChild<QLabel*>(QStringLiteral("detailPayee"))->text()));
    QTest::mouseClick(shared, Qt::LeftButton);
    QTest::keyClicks(filter, QStringLiteral("coast"));
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == filteredByRegion);

    // Refresh reads the registry again and keeps the filter.
    const int filtered = model->rowCount();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
    QVERIFY(model->isLoading());
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), filtered);

    QVERIFY(!window.grab().toImage().isNull());
    saveScreenshot(&window, QStringLiteral("registry.png"));
}

void TestRegistryPage::identifiersMaskedForViewers()
{
    RegistryImportParams params;
    params.filePath = m_dir.filePath(QStringLiteral("masked.csv"));
    params.databaseLocation = m_databases.freshLocation(QStringLiteral("sqlite"));
    params.today = QDate(2026, 11, 27);
    QString error;
    QVERIFY2(TestOfficers::signImport(
                 params, {QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true}, &error),
             qPrintable(error));
    {
        QFile file(params.filePath);
        QVERIFY(file.open(QIODevice::WriteOnly) && DemoRegistryGenerator(7, 0.0).write(&file, 300, &error));
    }
    QVERIFY(RegistryImporter().run(params).succeeded);
    const auto database = Database::open(params.databaseLocation, &error);
    QVERIFY2(database, qPrintable(error));
    TestOfficers::rejoin(*database);
    QVERIFY(TestOfficers::enrol(
        *database, {QStringLiteral("vera"), QStringLiteral("Vera Observer"), OfficerRole::Viewer, true}, &error));
    MainWindow window(*database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RegistryPage* page = window.registryPage();
    BeneficiaryTableModel* model = page->model();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
    QVERIFY(actAs(&window, QStringLiteral("vera")));
    auto* table = page->findChild<QTableView*>(QStringLiteral("registryTable"));
    auto* phoneLabel = page->findChild<QLabel*>(QStringLiteral("detailPhone"));
    int row = 0;
    while (model->beneficiaryAt(row)->phone.size() <= 8) {
        ++row;
    }
    const Beneficiary beneficiary = *model->beneficiaryAt(row);
    const auto phoneCell = [model, row] {
        return model->index(row, BeneficiaryTableModel::PhoneColumn).data().toString();
    };

    table->selectRow(row);
    QCOMPARE(phoneCell(), IdentifierMask::mask(beneficiary.phone));
    QCOMPARE(phoneLabel->text(), IdentifierMask::mask(beneficiary.phone));
    QVERIFY(!phoneLabel->text().contains(beneficiary.phone.left(6)));
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("detailNationalId"))->text(),
             IdentifierMask::mask(beneficiary.nationalId));
    table->scrollTo(model->index(row, BeneficiaryTableModel::PayeeAddressColumn));
    settle();
    saveScreenshot(&window, QStringLiteral("masked.png"));

    QVERIFY(actAs(&window, QStringLiteral("amina")));
    table->selectRow(row);
    QCOMPARE(phoneCell(), beneficiary.phone);
    QCOMPARE(phoneLabel->text(), beneficiary.phone);
    QVERIFY(actAs(&window, QStringLiteral("vera")));
    QCOMPARE(phoneCell(), IdentifierMask::mask(beneficiary.phone));
}

void TestRegistryPage::windowLayoutIsRemembered()
{
    QString error;
    const auto database = Database::open(m_databases.freshLocation(QStringLiteral("sqlite")), &error);
    QVERIFY2(database, qPrintable(error));
    {
        MainWindow window(*database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1100, 660);
        QTRY_COMPARE(window.size(), QSize(1100, 660));
        window.close();
    }
    MainWindow again(*database);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1100, 660));
    // The language is chosen in Settings and kept for the next start.
    SettingsDialog* settings = again.openSettings();
    auto* language = settings->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QCOMPARE(language->currentData().toString(), QString()); // the system's until chosen
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QVERIFY(settings->save());
    QCOMPARE(TranslationLoader::chosenLanguage(), QStringLiteral("fr"));
    settings->close();
    again.close();
    MainWindow third(*database);
    QCOMPARE(third.openSettings()->findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString(),
             QStringLiteral("fr"));
    TranslationLoader::setChosenLanguage(QString());
}

// Settings: each value checked before it is kept, the database opened as PayDesk would by "Test
// the database" (a SQLite file, the test's PostgreSQL cluster, a server that is not there).
void TestRegistryPage::settingsAreCheckedAndKept()
{
    QString error;
    const auto database = Database::open(m_databases.freshLocation(QStringLiteral("sqlite")), &error);
    QVERIFY2(database, qPrintable(error));
    MainWindow window(*database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SettingsDialog* settings = window.openSettings();
    QVERIFY(settings->isVisible());
    // It says which database the window runs on: here one given at start, not the default.
    const QString inUse = settings->findChild<QLabel*>(QStringLiteral("databaseInUse"))->text();
    QVERIFY2(inUse.contains(database->location()) && inUse.contains(QStringLiteral("given when PayDesk started")),
             qPrintable(inUse));
    auto* problem = settings->findChild<QLabel*>(QStringLiteral("settingsProblem"));
    auto* result = settings->findChild<QLabel*>(QStringLiteral("databaseTestResult"));
    QSignalSpy tested(settings, &SettingsDialog::databaseTested);

    // A PostgreSQL server without a host is refused, and nothing is kept.
    settings->findChild<QRadioButton*>(QStringLiteral("postgresChoice"))->setChecked(true);
    settings->findChild<QLineEdit*>(QStringLiteral("pgDatabase"))->setText(QStringLiteral("paydesk"));
    settings->findChild<QLineEdit*>(QStringLiteral("pgUser"))->setText(QStringLiteral("officer"));
    QVERIFY(!settings->save());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("host name is missing")), qPrintable(problem->text()));
    QCOMPARE(LocalSettings().databaseLocation(), QString());
    // One that does not answer: said in words.
    settings->findChild<QLineEdit*>(QStringLiteral("pgHost"))->setText(QStringLiteral("127.0.0.1"));
    settings->findChild<QSpinBox*>(QStringLiteral("pgPort"))->setValue(9);
    settings->findChild<QLineEdit*>(QStringLiteral("pgPassword"))->setText(QStringLiteral("not kept"));
    QVERIFY(settings->testDatabase());
    QVERIFY(tested.wait(60000));
    QVERIFY(!tested.last().at(0).toBool());
    QVERIFY2(result->text().startsWith(QString::fromUtf8("✗")) && result->text().contains(QStringLiteral("127.0.0.1")),
             qPrintable(result->text()));
    // The test's own cluster answers.
    if (TestDatabases::backends().contains(QStringLiteral("postgresql"))) {
        const QUrl cluster(m_databases.freshLocation(QStringLiteral("postgresql")));
        settings->findChild<QLineEdit*>(QStringLiteral("pgHost"))->setText(cluster.host());
        settings->findChild<QSpinBox*>(QStringLiteral("pgPort"))->setValue(cluster.port(5432));
        settings->findChild<QLineEdit*>(QStringLiteral("pgDatabase"))->setText(cluster.path().mid(1));
        settings->findChild<QLineEdit*>(QStringLiteral("pgUser"))->setText(cluster.userName());
        QVERIFY(settings->testDatabase());
        QVERIFY(tested.wait(60000));
        QVERIFY2(tested.last().at(0).toBool(), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("PayDesk opens postgresql://")), qPrintable(result->text()));
    }
    // A SQLite file in a folder still to be made: checked, tested, kept.
    const QString file = m_dir.filePath(QStringLiteral("office/paydesk.sqlite"));
    settings->findChild<QRadioButton*>(QStringLiteral("sqliteChoice"))->setChecked(true);
    settings->findChild<QLineEdit*>(QStringLiteral("databaseFile"))->setText(QDir::toNativeSeparators(file));
    settings->findChild<QSpinBox*>(QStringLiteral("hubTimeout"))->setValue(90);
    QVERIFY(settings->testDatabase());
    QVERIFY(tested.wait(60000));
    QVERIFY2(tested.last().at(0).toBool(), qPrintable(result->text()));
    saveScreenshot(settings, QStringLiteral("settings.png"));
    QVERIFY(settings->save());
    QVERIFY(!problem->isVisible());
    QCOMPARE(LocalSettings().databaseLocation(), file);
    QCOMPARE(LocalSettings().hubTimeoutSeconds(), 90);
    QVERIFY(!QFile(QSettings().fileName()).open(QIODevice::ReadOnly) ||
            !QFile(QSettings().fileName()).readAll().contains("not kept"));
    settings->close();
    LocalSettings().setDatabaseLocation(QString(), &error);
}

// Arabic, chosen by the officer: the words are Arabic, the window is laid out right to left (the
// navigation on the right), numbers in the window use the Arabic locale; files PayDesk writes do not.
void TestRegistryPage::arabicIsRightToLeft()
{
    const QString csv = m_dir.filePath(QStringLiteral("arabic.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(DemoRegistryGenerator(5, 0.0).write(&file, 1200, &error));
    }
    RegistryImportParams params;
    params.filePath = csv;
    params.databaseLocation = m_databases.freshLocation(QStringLiteral("sqlite"));
    params.today = QDate::currentDate();
    QString signError;
    QVERIFY2(TestOfficers::signImport(params, TestOfficers::importer, &signError), qPrintable(signError));
    RegistryImporter importer;
    const RegistryImportResult imported = importer.run(params);
    QVERIFY2(imported.succeeded && imported.inserted == 1200, qPrintable(imported.error));
    QString error;
    const auto database = Database::open(params.databaseLocation, &error);
    QVERIFY2(database, qPrintable(error));

    TranslationLoader::setChosenLanguage(QStringLiteral("ar"));
    const QLocale arabic = InterfaceLanguage::apply(*qApp);
    QCOMPARE(arabic.language(), QLocale::Arabic);
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    {
        MainWindow window(*database);
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TestOfficers::rejoin(*database);
        QVERIFY(actAs(&window, TestOfficers::importer.id));
        QVERIFY(window.isRightToLeft());
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
        QCOMPARE(navigation->item(0)->text(), QString::fromUtf8("السجل"));
        QVERIFY2(navigation->mapTo(&window, QPoint()).x() > window.width() / 2, "the navigation is on the right");
        QTRY_VERIFY(window.registryPage()->model()->rowCount() == 1200);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(arabic.toString(1200)));
        QVERIFY(window.statusBar()->currentMessage().contains(QString::fromUtf8("مستفيد")));
        saveScreenshot(&window, QStringLiteral("arabic.png"));

        // The import dialog reads right to left too, its guesses and warnings in Arabic.
        const QString other = m_dir.filePath(QStringLiteral("arabic-export.csv"));
        QFile exported(other);
        QVERIFY(exported.open(QIODevice::WriteOnly));
        exported.write("Beneficiary ID,First Name,Wallet No\nA-1,Ann,0712345678\n");
        exported.close();
        RegistryImportDialog* dialog = openImportDialog(window);
        QVERIFY(dialog);
        dialog->setFilePath(other);
        QVERIFY(dialog->isRightToLeft());
        auto* mapping = dialog->findChild<QTableWidget*>(QStringLiteral("mappingTable"));
        QCOMPARE(mapping->item(0, 2)->text(), QString::fromUtf8("مُستنتج من اسم نظام آخر: تحقّق منه"));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("columnWarnings"))
                    ->text()
                    .startsWith(QString::fromUtf8("تحذير: ")));
        saveScreenshot(dialog, QStringLiteral("arabic-import.png"));
        dialog->reject();
    }
    TranslationLoader::setChosenLanguage(QString());
    InterfaceLanguage::apply(*qApp);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

// A screen reader names every control an officer can reach with the keyboard, on every page and in
// Settings: its accessible name, or the label that is its buddy.
void TestRegistryPage::everyControlHasAName()
{
    QString error;
    const auto database = Database::open(m_databases.freshLocation(QStringLiteral("sqlite")), &error);
    QVERIFY2(database, qPrintable(error));
    MainWindow window(*database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    const auto check = [&unnamed](QWidget* top, const QString& where) {
        for (QWidget* widget : top->findChildren<QWidget*>()) {
            // A spin box's or a scroll area's inner parts are named by the control itself.
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(top) ||
                qobject_cast<QAbstractScrollArea*>(widget->parentWidget()) ||
                qobject_cast<QAbstractSpinBox*>(widget->parentWidget())) {
                continue;
            }
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
                unnamed.append(
                    QStringLiteral("%1: %2 %3")
                        .arg(where, QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
            }
        }
    };
    // The sign-in dialog, then every page as the administrator sees it.
    check(window.openSignIn(), QStringLiteral("Sign in"));
    QVERIFY(enrolAndSignIn(&window, {QStringLiteral("ruth"), QStringLiteral("Ruth"), OfficerRole::Maker, true}));
    QVERIFY(actAs(&window, TestOfficers::administrator));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        settle();
        check(&window, navigation->item(row)->text());
    }
    SettingsDialog* settings = window.openSettings();
    check(settings, QStringLiteral("Settings"));
    for (const QString& each : std::as_const(unnamed)) {
        qWarning("unnamed: %s", qPrintable(each));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

// On an empty database the first start leads to setting up the administrator; the guide marks what
// is done, leads to the page of each step; the administrator adds officers and certifies the keys
// they made; an officer signs in with theirs; Ctrl+1..8 reach every page from the keyboard.
void TestRegistryPage::firstRunGuideAndPageKeys()
{
    QString error;
    const auto database = Database::open(m_databases.freshLocation(QStringLiteral("sqlite")), &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY(FirstRunGuide::wantedAtStart(*database));
    MainWindow window(*database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));

    // Nobody administers the database: the sign-in offers to set up the administrator.
    SignInDialog* signIn = window.openSignIn();
    QVERIFY(signIn->findChild<QPushButton*>(QStringLiteral("setUpAdministratorButton"))->isVisibleTo(signIn));
    QVERIFY2(signIn->errorText().contains(QStringLiteral("Nobody administers this database yet")),
             qPrintable(signIn->errorText()));
    saveScreenshot(signIn, QStringLiteral("signin-first.png"));
    {
        AdministratorSetupDialog setup(window.session(), &window);
        const auto field = [&setup](const char* name) { return setup.findChild<QLineEdit*>(QLatin1String(name)); };
        field("administratorId")->setText(QStringLiteral("ada"));
        field("administratorName")->setText(QStringLiteral("Ada Administrator"));
        field("administratorKeyFile")->setText(m_dir.filePath(QStringLiteral("ada.key.pem")));
        field("anchorCertificateFile")->setText(m_dir.filePath(QStringLiteral("anchor.pem")));
        field("administratorPassphrase")->setText(QStringLiteral("a long passphrase"));
        field("administratorPassphraseRepeat")->setText(QStringLiteral("another passphrase"));
        QVERIFY(!setup.setUp());
        QVERIFY2(setup.errorText().contains(QStringLiteral("differ")), qPrintable(setup.errorText()));
        field("administratorPassphraseRepeat")->setText(QStringLiteral("a long passphrase"));
        QVERIFY2(setup.setUp(), qPrintable(setup.errorText()));
    }
    signIn->close();
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("ada.key.pem"))) &&
            QFile::exists(m_dir.filePath(QStringLiteral("anchor.pem"))));
    QCOMPARE(window.session().officer()->role, OfficerRole::Administrator);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("signedInOfficer"))
                ->text()
                .contains(QStringLiteral("Ada Administrator")));

    // Every empty list says what would fill it.
    for (const auto& [row, name] :
         {std::pair{1, "programsEmptyState"}, std::pair{2, "cyclesEmptyState"}, std::pair{3, "batchesEmptyState"},
          std::pair{4, "paymentsEmptyState"}, std::pair{5, "reviewEmptyState"}}) {
        navigation->setCurrentRow(row);
        auto* placeholder = window.findChild<QLabel*>(QLatin1String(name));
        QVERIFY2(placeholder && placeholder->isVisible() && !placeholder->text().isEmpty(), name);
    }
    // Each page's icon is drawn sharp at twice the size on a high-DPI screen.
    for (int row = 0; row < navigation->count(); ++row) {
        const QPixmap sharp = navigation->item(row)->icon().pixmap(QSize(24, 24), 2.0);
        QVERIFY2(!sharp.isNull() && sharp.width() == 48 && sharp.devicePixelRatio() == 2.0,
                 qPrintable(navigation->item(row)->text()));
    }
    for (int row : {2, 6, 0, 3}) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + row), Qt::ControlModifier);
        QCOMPARE(navigation->currentRow(), row);
    }
    FirstRunGuide* guide = window.openGuide();
    const auto mark = [&guide](const char* step) {
        return guide->findChild<QLabel*>(QLatin1String(step) + QStringLiteral("Mark"))->text();
    };
    QCOMPARE(mark("guideAdministrator"), QString::fromUtf8("✓"));
    QCOMPARE(mark("guideOfficers"), QStringLiteral("2."));
    QCOMPARE(mark("guideRegistry"), QStringLiteral("3."));
    QVERIFY(guide->findChild<QLabel*>(QStringLiteral("guideOfficers"))->text().contains(QStringLiteral("Make my key")));
    guide->close();

    // Two officers make their keys and requests on their own machines; the administrator adds them
    // and certifies the requests on the Officers page. A request certified for someone else is refused.
    OfficersPage* officers = window.officersPage();
    QVERIFY(officers->addOfficer({QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true}));
    QVERIFY(officers->addOfficer({QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), OfficerRole::Checker, true}));
    QVERIFY(!officers->addOfficer({QStringLiteral("kofi"), QStringLiteral("Kofi Again"), OfficerRole::Viewer, true}));
    QVERIFY2(officers->statusText().contains(QStringLiteral("already an officer kofi")),
             qPrintable(officers->statusText()));
    // Amina makes hers in the window (Make my key… at the sign-in); kofi's is made the same way in code.
    {
        KeyRequestDialog makeKey(&window);
        makeKey.findChild<QLineEdit*>(QStringLiteral("keyRequestOfficer"))->setText(QStringLiteral("amina"));
        makeKey.findChild<QLineEdit*>(QStringLiteral("keyRequestKeyFile"))
            ->setText(m_dir.filePath(QStringLiteral("amina.key.pem")));
        makeKey.findChild<QLineEdit*>(QStringLiteral("keyRequestRequestFile"))
            ->setText(m_dir.filePath(QStringLiteral("amina.req")));
        makeKey.findChild<QLineEdit*>(QStringLiteral("keyRequestPassphrase"))
            ->setText(QStringLiteral("officer passphrase"));
        makeKey.findChild<QLineEdit*>(QStringLiteral("keyRequestPassphraseRepeat"))
            ->setText(QStringLiteral("officer passphrase typo"));
        QVERIFY(!makeKey.makeKey());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("amina.key.pem"))));
        makeKey.findChild<QLineEdit*>(QStringLiteral("keyRequestPassphraseRepeat"))
            ->setText(QStringLiteral("officer passphrase"));
        saveScreenshot(&makeKey, QStringLiteral("make-key.png"));
        QVERIFY(makeKey.makeKey());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("amina.req"))));
        QVERIFY(!makeKey.makeKey()); // never over an existing key
        QVERIFY2(
            makeKey.findChild<QLabel*>(QStringLiteral("keyRequestError"))->text().contains(QStringLiteral("exists")),
            qPrintable(makeKey.findChild<QLabel*>(QStringLiteral("keyRequestError"))->text()));
    }
    {
        const std::unique_ptr<SigningKey> key = SigningKey::generateEd25519(&error);
        QFile keyFile(m_dir.filePath(QStringLiteral("kofi.key.pem")));
        QFile request(m_dir.filePath(QStringLiteral("kofi.req")));
        QVERIFY(keyFile.open(QIODevice::WriteOnly) &&
                keyFile.write(key->encryptedPem("officer passphrase", &error)) > 0);
        QVERIFY(request.open(QIODevice::WriteOnly) &&
                request.write(CertificateRequest::make(*key, QStringLiteral("kofi"), &error)) > 0);
    }
    QVERIFY(!officers->certifyRequest(QStringLiteral("amina"), m_dir.filePath(QStringLiteral("kofi.req")), QString()));
    QVERIFY2(officers->statusText().contains(QStringLiteral("the request is for kofi, not amina")),
             qPrintable(officers->statusText()));
    QVERIFY2(officers->certifyRequest(QStringLiteral("amina"), m_dir.filePath(QStringLiteral("amina.req")),
                                      m_dir.filePath(QStringLiteral("amina.crt"))),
             qPrintable(officers->statusText()));
    QVERIFY(officers->certifyRequest(QStringLiteral("kofi"), m_dir.filePath(QStringLiteral("kofi.req")), QString()));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("amina.crt"))));
    navigation->setCurrentRow(7);
    settle();
    saveScreenshot(&window, QStringLiteral("officers.png"));
    guide = window.openGuide();
    QCOMPARE(mark("guideOfficers"), QString::fromUtf8("✓"));

    // Amina signs in with her own key: a wrong passphrase, or kofi's key, is refused.
    window.signOut();
    QVERIFY(!window.registryPage()->isVisible());
    signIn = window.openSignIn();
    auto* officerCombo = signIn->findChild<QComboBox*>(QStringLiteral("signInOfficer"));
    officerCombo->setCurrentIndex(officerCombo->findData(QStringLiteral("amina")));
    signIn->findChild<QLineEdit*>(QStringLiteral("signInKeyFile"))
        ->setText(m_dir.filePath(QStringLiteral("kofi.key.pem")));
    signIn->findChild<QLineEdit*>(QStringLiteral("signInPassphrase"))->setText(QStringLiteral("officer passphrase"));
    QVERIFY(!signIn->signIn());
    QVERIFY2(signIn->errorText().contains(QStringLiteral("amina cannot sign in")), qPrintable(signIn->errorText()));
    signIn->findChild<QLineEdit*>(QStringLiteral("signInKeyFile"))
        ->setText(m_dir.filePath(QStringLiteral("amina.key.pem")));
    signIn->findChild<QLineEdit*>(QStringLiteral("signInPassphrase"))->setText(QStringLiteral("not her passphrase"));
    QVERIFY(!signIn->signIn());
    QVERIFY2(signIn->errorText().contains(QStringLiteral("does not open")), qPrintable(signIn->errorText()));
    signIn->findChild<QLineEdit*>(QStringLiteral("signInPassphrase"))->setText(QStringLiteral("officer passphrase"));
    saveScreenshot(signIn, QStringLiteral("signin.png"));
    QVERIFY2(signIn->signIn(), qPrintable(signIn->errorText()));
    signIn->accept();
    QCOMPARE(window.session().officer()->id, QStringLiteral("amina"));
    QVERIFY(!officers->addOfficer(
        {QStringLiteral("eve"), QStringLiteral("Eve"), OfficerRole::Checker, true})); // not an administrator
    guide->refresh();
    QCOMPARE(mark("guideProgram"), QStringLiteral("4."));
    settle(); // the new rows are shown once the event loop runs
    QVERIFY(guide->findChild<QLabel*>(QStringLiteral("guideProgram"))->isVisible());
    saveScreenshot(guide, QStringLiteral("guide.png"));
    // The program step leads to the Programs page.
    QTest::mouseClick(guide->findChild<QPushButton*>(QStringLiteral("guideProgramButton")), Qt::LeftButton);
    QCOMPARE(navigation->currentRow(), 1);
    // The registry step opens the import.
    guide = window.openGuide();
    QTest::mouseClick(guide->findChild<QPushButton*>(QStringLiteral("guideRegistryButton")), Qt::LeftButton);
    QCOMPARE(navigation->currentRow(), 0);
    QTRY_VERIFY(window.findChild<RegistryImportDialog*>());
    window.findChild<RegistryImportDialog*>()->reject();
    // Turned off: not at the next start.
    guide = window.openGuide();
    guide->findChild<QCheckBox*>(QStringLiteral("guideAtStart"))->setChecked(false);
    QVERIFY(!FirstRunGuide::wantedAtStart(*database));
    guide->findChild<QCheckBox*>(QStringLiteral("guideAtStart"))->setChecked(true);
    guide->close();
}

// The window locks after the idle time set in Settings: the key is forgotten, nothing shows, and
// only the same officer signs in again through the lock (or anyone, after signing out).
void TestRegistryPage::idleWindowLocks()
{
    QString error;
    const auto database = Database::open(m_databases.freshLocation(QStringLiteral("sqlite")), &error);
    QVERIFY2(database, qPrintable(error));
    MainWindow window(*database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(
        enrolAndSignIn(&window, {QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true}));
    QVERIFY(TestOfficers::enrol(
        *database, {QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), OfficerRole::Checker, true}, &error));
    QVERIFY(actAs(&window, QStringLiteral("amina")));

    // Settings: the idle time, checked and kept (default 15 minutes).
    QCOMPARE(LocalSettings().idleLockMinutes(), 15);
    SettingsDialog* settings = window.openSettings();
    settings->findChild<QSpinBox*>(QStringLiteral("idleLockMinutes"))->setValue(5);
    QVERIFY(settings->save());
    settings->close();
    QCOMPARE(LocalSettings().idleLockMinutes(), 5);
    QVERIFY(!LocalSettings().setIdleLockMinutes(0, &error));

    // The watch itself: quiet long enough, it fires; a keystroke starts the wait again.
    IdleLock watch(std::chrono::milliseconds(300));
    QSignalSpy idle(&watch, &IdleLock::idle);
    watch.restart();
    QTest::qWait(200); // the idle timer itself is under test: real time passes
    QTest::keyClick(&window, Qt::Key_Shift);
    QTest::qWait(200);
    QCOMPARE(idle.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 2000);

    // Locked: nobody is signed in, the key is gone from the connection, the pages are hidden, and
    // the sign-in is for amina alone.
    window.lock();
    QVERIFY(window.isLocked());
    QVERIFY(!window.session().officer());
    QVERIFY(!database->keyring().find(QStringLiteral("amina")));
    QVERIFY(!window.registryPage()->isVisible());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("signedOutText"))->text().contains(QStringLiteral("amina")));
    SignInDialog* signIn = window.findChild<SignInDialog*>();
    QVERIFY(signIn);
    auto* officer = signIn->findChild<QComboBox*>(QStringLiteral("signInOfficer"));
    QCOMPARE(officer->currentData().toString(), QStringLiteral("amina"));
    QVERIFY(!officer->isEnabled());
    saveScreenshot(&window, QStringLiteral("locked.png"));
    QVERIFY(actAs(&window, QStringLiteral("amina")));
    QVERIFY(window.registryPage()->isVisible());
    QCOMPARE(window.session().officer()->id, QStringLiteral("amina"));
    // Signing out lets another officer sign in.
    window.signOut();
    QVERIFY(actAs(&window, QStringLiteral("kofi")));
    QCOMPARE(window.session().officer()->id, QStringLiteral("kofi"));
    QVERIFY(!database->keyring().find(QStringLiteral("amina")));
}

// The real program, started with the settings an older PayDesk wrote: it migrates them, speaks the
// language they chose and opens the database chosen in Settings (no --database given).
void TestRegistryPage::theProgramMigratesAndFollowsItsSettings()
{
    const QString config = m_dir.filePath(QStringLiteral("program-config"));
    const QString chosen = m_dir.filePath(QStringLiteral("chosen/paydesk.sqlite"));
    const QString file = config + QStringLiteral("/PayDesk/PayDesk.conf");
    {
        QSettings old(file, QSettings::IniFormat);
        old.setValue(QStringLiteral("ui/language"), QStringLiteral("fr")); // version 1: no version key
        old.setValue(QStringLiteral("database/location"), chosen);
    }
    QProcess paydesk;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    paydesk.setProcessEnvironment(environment);
    const QString picture = m_dir.filePath(QStringLiteral("program.png"));
    paydesk.start(QStringLiteral(PAYDESK_GUI_PATH), {QStringLiteral("--screenshot"), picture});
    QVERIFY(paydesk.waitForFinished(120000));
    QVERIFY2(paydesk.exitCode() == 0, paydesk.readAllStandardError().constData());
    QVERIFY(QFile::exists(chosen));
    QVERIFY(QImage(picture).width() > 0);
    const QSettings migrated(file, QSettings::IniFormat);
    QCOMPARE(migrated.value(QStringLiteral("settings/version")).toInt(), LocalSettings::kVersion);
    QCOMPARE(migrated.value(QStringLiteral("interface/language")).toString(), QStringLiteral("fr"));
    QVERIFY(!migrated.contains(QStringLiteral("ui/language")));
}

void TestRegistryPage::brokenFileShowsErrorAndKeepsRegistry()
{
    const QString csv = m_dir.filePath(QStringLiteral("broken.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A quote opened mid-file swallows the records after it: which records the file holds is
        // ambiguous, so nothing is imported.
        file.write("registry_id,given_name\nA-1,Ann\nA-2,\"Never closed\nA-3,Cy\nA-4,Di\n");
    }
    QString error;
    const auto database = Database::open(m_databases.freshLocation(QStringLiteral("sqlite")), &error);
    QVERIFY(database);
    MainWindow window(*database);
    window.show();
    RegistryImportDialog* dialog = openImportDialog(window);
    QVERIFY(dialog);
    dialog->setFilePath(csv);
    QSignalSpy finished(dialog, &RegistryImportDialog::importFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("startImportButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(!dialog->result().succeeded);
    const QString status = dialog->findChild<QLabel*>(QStringLiteral("importStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("Nothing was imported")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("line 3, column 2")), qPrintable(status));
    QCOMPARE(window.registryPage()->model()->rowCount(), 0);
}

void TestRegistryPage::guessedColumnsAreConfirmedAndPayeeColumnsWarned()
{
    // Another system's export: its names are guesses to confirm, and "Wallet No" (payee accounts by
    // its name) would be left out: the officer is told before anything is imported.
    const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Beneficiary ID,First Name,Surname,Wallet No,district\r\n"
                   "E-1,Ann,Banda,0712345678,\"Plot 4\r\nMain Road\"\r\nE-2,Ben,Phiri,0712345679,Lodwar\r\n");
    }
    QString error;
    const auto database = Database::open(m_databases.freshLocation(QStringLiteral("sqlite")), &error);
    QVERIFY(database);
    MainWindow window(*database);
    window.resize(1366, 768);
    window.show();
    QVERIFY(
        enrolAndSignIn(&window, {QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true}));
    RegistryImportDialog* dialog = openImportDialog(window);
    QVERIFY(dialog);
    dialog->setFilePath(csv);
    auto* mapping = dialog->findChild<QTableWidget*>(QStringLiteral("mappingTable"));
    QCOMPARE(mapping->rowCount(), 5);
    QCOMPARE(qobject_cast<QComboBox*>(mapping->cellWidget(1, 1))->currentText(), QStringLiteral("given_name"));
    QVERIFY(mapping->item(1, 2)->text().startsWith(QStringLiteral("Guessed")));
    QCOMPARE(mapping->item(3, 2)->text(), QStringLiteral("Not imported"));
    QCOMPARE(mapping->item(4, 2)->text(), QStringLiteral("Its own name"));
    auto* warnings = dialog->findChild<QLabel*>(QStringLiteral("columnWarnings"));
    QVERIFY(warnings->isVisible());
    QVERIFY2(warnings->text().contains(QStringLiteral("\"Wallet No\" looks like payee accounts")),
             qPrintable(warnings->text()));
    auto* start = dialog->findChild<QPushButton*>(QStringLiteral("startImportButton"));
    auto* confirm = dialog->findChild<QCheckBox*>(QStringLiteral("confirmGuessesCheck"));
    QVERIFY(confirm->isVisible());
    QVERIFY(!start->isEnabled()); // the guesses are not confirmed yet
    saveScreenshot(dialog, QStringLiteral("import-guesses.png"));

    // The officer maps the wallet column; the warning goes. Then confirms and imports.
    auto* walletField = qobject_cast<QComboBox*>(mapping->cellWidget(3, 1));
    walletField->setCurrentIndex(walletField->findText(QStringLiteral("phone")));
    QCOMPARE(mapping->item(3, 2)->text(), QStringLiteral("Chosen by you"));
    QVERIFY(!warnings->isVisible());
    confirm->setChecked(true);
    QVERIFY(start->isEnabled());
    QSignalSpy finished(dialog, &RegistryImportDialog::importFinished);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY2(dialog->result().succeeded, qPrintable(dialog->result().error));
    QCOMPARE(dialog->result().inserted, 2);
    QCOMPARE(dialog->result().rowsWithWarnings, 1);
    auto* outcomes = dialog->findChild<QTableWidget*>(QStringLiteral("rejectedTable"));
    QVERIFY(outcomes->isVisible());
    QCOMPARE(outcomes->rowCount(), 1);
    QCOMPARE(outcomes->item(0, 0)->text(), QStringLiteral("2"));
    QCOMPARE(outcomes->item(0, 1)->text(), QStringLiteral("district (column 5)"));
    QCOMPARE(outcomes->item(0, 2)->text(), QStringLiteral("Imported, changed"));
    saveScreenshot(dialog, QStringLiteral("import-changed.png"));
    const auto ann = BeneficiaryRepository(*database).findByRegistryId(QStringLiteral("E-1"));
    QVERIFY(ann);
    QCOMPARE(ann->phone, QStringLiteral("0712345678"));
    QCOMPARE(ann->district, QStringLiteral("Plot 4 Main Road"));
}

QTEST_MAIN(TestRegistryPage)
#include "tst_registrypage.moc"
