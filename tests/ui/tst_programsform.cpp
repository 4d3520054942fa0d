#include "PreparedCycle.h"
#include "TestDatabases.h"
#include "UiTestSupport.h"

#include "HubSandbox.h"
#include "HubTenant.h"

#include "programs/ProgramsPage.h"
#include "window/MainWindow.h"

#include "programs/Program.h"
#include "programs/ProgramRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <memory>

// The Programs form cannot surprise an officer: it opens on the first program, the wheel does not
// edit a field the officer is not in, a refusal is scrolled into view with its field focused,
// unsaved changes are asked about before another program is shown, and Test connection says
// plainly what answered and what did not.
class TestProgramsForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnTheFirstProgram();
    void wheelNeverEditsAnUnfocusedField();
    void refusalIsScrolledIntoViewAndFocused();
    void unsavedChangesAreAskedAbout();
    void testConnectionSaysWhatAnswered();

private:
    ProgramsPage* page() const { return m_window->programsPage(); }
    QLineEdit* nameEdit() const { return page()->findChild<QLineEdit*>(QStringLiteral("programName")); }
    QListWidget* list() const { return page()->findChild<QListWidget*>(QStringLiteral("programList")); }

    TestDatabases m_databases;
    QTemporaryDir m_dir;
    PreparedCycle m_cycle;
    std::unique_ptr<MainWindow> m_window;
    int m_round = 0;
};

namespace {

// Answers the message box that opens next with button, once it is shown.
void answerNextQuestion(QMessageBox::StandardButton button, QString* question)
{
    QTimer::singleShot(0, [button, question] {
        for (int tries = 0; tries < 100; ++tries) {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                *question = box->text();
                box->button(button)->click();
                return;
            }
            QTest::qWait(20);
        }
    });
}

void wheel(QWidget* widget, int steps)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * steps), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

void TestProgramsForm::init()
{
    m_cycle = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")),
                                  m_dir.filePath(QStringLiteral("registry-%1.csv").arg(++m_round)), 8, 40, 50);
    QVERIFY(m_cycle.database);
    Program other = *ProgramRepository(*m_cycle.database).find(1, nullptr);
    other.id = 0;
    other.name = QStringLiteral("Winter grant");
    QString error;
    QVERIFY2(ProgramRepository(*m_cycle.database).save(other, PreparedCycle::maker, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_cycle.database);
    m_window->resize(1366, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(actAs(m_window.get(), PreparedCycle::maker.id));
    m_window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(1);
    settle();
}

void TestProgramsForm::cleanup()
{
    m_window.reset();
    m_cycle.database.reset();
}

void TestProgramsForm::opensOnTheFirstProgram()
{
    QCOMPARE(list()->count(), 2);
    QCOMPARE(list()->currentRow(), 0);
    QCOMPARE(nameEdit()->text(), list()->item(0)->text());
    QVERIFY(page()->findChild<QPushButton*>(QStringLiteral("enrolButton"))->isEnabled());
}

void TestProgramsForm::wheelNeverEditsAnUnfocusedField()
{
    auto* household = page()->findChild<QSpinBox*>(QStringLiteral("householdMin"));
    QVERIFY(household);
    const int before = household->value();
    nameEdit()->setFocus();
    QVERIFY(!household->hasFocus());
    wheel(household, 1);
    QCOMPARE(household->value(), before); // scrolled past, not changed
    // In the field, the wheel does what it always does.
    m_window->activateWindow();
    household->setFocus();
    QTRY_VERIFY(household->hasFocus());
    wheel(household, 1);
    QCOMPARE(household->value(), before + 1);
}

void TestProgramsForm::refusalIsScrolledIntoViewAndFocused()
{
    m_window->activateWindow();
    auto* scroll = page()->findChild<QScrollArea*>();
    scroll->verticalScrollBar()->setValue(0);
    auto* budget = page()->findChild<QLineEdit*>(QStringLiteral("programBudget"));
    budget->setText(QStringLiteral("0"));
    nameEdit()->setFocus();
    settle();
    auto* refusal = page()->findChild<QLabel*>(QStringLiteral("budgetError"));
    QVERIFY(refusal->visibleRegion().isEmpty()); // below the fold before saving
    page()->findChild<QPushButton*>(QStringLiteral("saveProgramButton"))->click();
    settle();
    QVERIFY(refusal->isVisible());
    QVERIFY2(refusal->text().contains(QStringLiteral("budget")), qPrintable(refusal->text()));
    QVERIFY2(!refusal->visibleRegion().isEmpty(), "the refusal is not scrolled into view");
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(budget));
}

void TestProgramsForm::unsavedChangesAreAskedAbout()
{
    const QString first = list()->item(0)->text();
    const QString second = list()->item(1)->text();
    QString question;
    // Changed, then another program chosen: asked; Cancel stays with the changes.
    nameEdit()->setText(QStringLiteral("Renamed grant"));
    answerNextQuestion(QMessageBox::Cancel, &question);
    list()->setCurrentRow(1);
    QVERIFY2(question.contains(QStringLiteral("not saved")), qPrintable(question));
    QCOMPARE(list()->currentRow(), 0);
    QCOMPARE(nameEdit()->text(), QStringLiteral("Renamed grant"));
    // Discard shows the other program and saves nothing.
    question.clear();
    answerNextQuestion(QMessageBox::Discard, &question);
    list()->setCurrentRow(1);
    QVERIFY(!question.isEmpty());
    QCOMPARE(nameEdit()->text(), second);
    QVERIFY(ProgramRepository(*m_cycle.database).find(1, nullptr)->name == first);
    // Unchanged: nothing is asked.
    list()->setCurrentRow(0);
    QCOMPARE(nameEdit()->text(), first);
    // Save keeps the change, then shows the program chosen.
    nameEdit()->setText(QStringLiteral("Renamed grant"));
    question.clear();
    answerNextQuestion(QMessageBox::Save, &question);
    list()->setCurrentRow(list()->row(list()->findItems(second, Qt::MatchExactly).first()));
    QVERIFY(!question.isEmpty());
    QCOMPARE(ProgramRepository(*m_cycle.database).find(1, nullptr)->name, QStringLiteral("Renamed grant"));
    QCOMPARE(nameEdit()->text(), second);
}

void TestProgramsForm::testConnectionSaysWhatAnswered()
{
    QString error;
    HubOptions options;
    options.tenants.append(*HubTenant::fromSpec(QStringLiteral("greenbank"), &error));
    HubSandbox hub(options);
    QVERIFY2(hub.start(QHostAddress::LocalHost, 0, 0, &error), qPrintable(error));
    auto* kind = page()->findChild<QComboBox*>(QStringLiteral("hubKind"));
    kind->setCurrentIndex(kind->findData(QString()));
    page()->findChild<QCheckBox*>(QStringLiteral("hubAllowPlainHttp"))->setChecked(true);
    page()->findChild<QLineEdit*>(QStringLiteral("hubOpsUrl"))->setText(hub.operationsUrl().toString());
    auto* tenant = page()->findChild<QLineEdit*>(QStringLiteral("hubTenant"));
    tenant->setText(QStringLiteral("greenbank"));
    auto* result = page()->findChild<QLabel*>(QStringLiteral("connectionResult"));
    QSignalSpy tested(page(), &ProgramsPage::connectionTested);
    // The bulk processor's address is the operations app's: something answers, but not a bulk processor.
    page()->findChild<QLineEdit*>(QStringLiteral("hubBulkUrl"))->setText(hub.operationsUrl().toString());
    QVERIFY(page()->testConnection());
    QVERIFY(tested.wait(30000));
    QVERIFY(!tested.takeFirst().at(0).toBool());
    QVERIFY2(result->text().contains(QStringLiteral("✗ bulk processor")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("HTTP 404, not found")), qPrintable(result->text()));
    QVERIFY2(!result->text().contains(QStringLiteral("✓ bulk processor")), qPrintable(result->text()));
    // The right address: both parts answer, each said so.
    page()->findChild<QLineEdit*>(QStringLiteral("hubBulkUrl"))->setText(hub.bulkUrl().toString());
    QVERIFY(page()->testConnection());
    QVERIFY(tested.wait(30000));
    QVERIFY2(tested.takeFirst().at(0).toBool(), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("✓ bulk processor")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("takes batches (HTTP 405")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("✓ operations app")), qPrintable(result->text()));
    // A tenant the hub does not have: the operations app's server error is said as what it likely is.
    tenant->setText(QStringLiteral("bluebank"));
    QVERIFY(page()->testConnection());
    QVERIFY(tested.wait(30000));
    QVERIFY(!tested.takeFirst().at(0).toBool());
    QVERIFY2(result->text().contains(QStringLiteral("may have no tenant bluebank")), qPrintable(result->text()));
    QVERIFY2(!result->text().contains(QStringLiteral("batch)")), qPrintable(result->text()));
    settle();
    saveScreenshot(m_window.get(), QStringLiteral("programs-test-connection.png"));
}

QTEST_MAIN(TestProgramsForm)
#include "tst_programsform.moc"
