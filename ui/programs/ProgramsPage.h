#pragma once

#include "programs/Program.h"

struct Officer;

#include <QWidget>

class BackgroundJobs;
class ProgramPaymentSection;
class QGroupBox;
class OfficerSession;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;

// Programs: the list, and a form to create or change one, its approval tiers and release policy
// included. Saving validates in core (a rule the backend cannot pay is refused) and shows each
// refusal next to the part of the form it is about, scrolled into view with its field focused. The
// page opens on the first program; leaving unsaved changes is asked about.
// Enrolment runs in a worker thread.
class ProgramsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgramsPage(OfficerSession& session, QWidget* parent = nullptr);

    void reload();
    // Reads the programs again (another officer's work), keeping the program on show chosen and
    // the form as the officer left it.
    void readAgain();
    // Tests the hub the form describes, in a worker, as "Test connection" does; connectionTested() when done.
    bool testConnection();

Q_SIGNALS:
    void programsChanged();
    void connectionTested(bool ok);

private:
    QWidget* buildForm();
    void showProgram(int row);
    // Whether the form may show another program (nextRow; -1: a new one): yes when it holds no
    // unsaved change, else as the officer answers (save, discard, or stay).
    bool mayLeaveShownProgram(int nextRow);
    // Every value the form holds, to tell whether the officer changed it.
    QString formState() const;
    void clearForm();
    QGroupBox* buildGeneralSection(QWidget* form);
    QGroupBox* buildRuleSection(QWidget* form);
    QGroupBox* buildEligibilitySection(QWidget* form);
    QGroupBox* buildBudgetSection(QWidget* form);
    QGroupBox* buildReleaseSection(QWidget* form);
    bool readForm(Program* program);
    bool readRule(Program* program);
    bool save();
    void enrol();
    void showError(const QString& message, Program::Part part);
    // Scrolls a refusal into view and puts the cursor in the field to mend.
    void bringIntoView(QLabel* refusal, QWidget* field);
    // Saves the approval tiers and release policy of a saved program when they changed; false with the reason shown.
    bool saveApprovalAndRelease(const Program& program, const Officer& officer);

    OfficerSession& m_session;
    QList<Program> m_programs;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_currency;
    QComboBox* m_ruleKind;
    QStackedWidget* m_ruleFields;
    QLineEdit* m_fixedAmount;
    QLineEdit* m_baseAmount;
    QLineEdit* m_perMemberAmount;
    QSpinBox* m_memberCap;
    QPlainTextEdit* m_regionTable;
    QLineEdit* m_otherRegions;
    QLineEdit* m_regions;
    QSpinBox* m_householdMin;
    QSpinBox* m_householdMax;
    QSpinBox* m_ageMin;
    QSpinBox* m_ageMax;
    QLineEdit* m_budget;
    QLabel* m_ruleError;
    QLabel* m_eligibilityError;
    QLabel* m_budgetError;
    QLineEdit* m_approvalTiers;
    QCheckBox* m_signOffRequired;
    QSpinBox* m_pilotPayments;
    QDoubleSpinBox* m_pilotMaxFailed;
    QLabel* m_releaseError;
    QLabel* m_status;
    QPushButton* m_enrolButton;
    ProgramPaymentSection* m_payment;
    BackgroundJobs* m_jobs;
    QScrollArea* m_scroll;
    int m_shownRow = -1;  // the program the form shows, -1 for a new one
    QString m_shownState; // the form as it was shown or saved
};
