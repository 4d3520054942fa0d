#include "ProgramsPage.h"

#include "ProgramFormWidgets.h"
#include "ProgramPaymentSection.h"

#include "officers/OfficerSession.h"
#include "widgets/BackgroundJobs.h"
#include "widgets/TablePlaceholder.h"

#include "approvals/ApprovalTierRepository.h"
#include "credentials/CredentialStore.h"
#include "disbursement/ReleasePolicyRepository.h"
#include "hub/HubConnectionTester.h"
#include "hub/HubEndpoint.h"
#include "programs/Enrolment.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using ProgramFormWidgets::errorLabel;
using ProgramFormWidgets::spin;

ProgramsPage::ProgramsPage(OfficerSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_list(new QListWidget(this)), m_jobs(new BackgroundJobs(this)),
      m_scroll(new QScrollArea(this))
{
    m_list->setObjectName(QStringLiteral("programList"));
    new TablePlaceholder(m_list, QStringLiteral("programsEmptyState"),
                         tr("No program yet: fill in the form and press Save program."));
    m_list->setAccessibleName(tr("Programs"));
    auto* newButton = new QPushButton(tr("&New program"), this);
    newButton->setObjectName(QStringLiteral("newProgramButton"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(newButton);

    m_scroll->setAccessibleName(tr("Program"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(buildForm());
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({240, 760});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProgramsPage::showProgram);
    connect(newButton, &QPushButton::clicked, this, [this] {
        if (!mayLeaveShownProgram(-1)) {
            return;
        }
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
        clearForm();
        m_shownRow = -1;
        m_shownState = formState();
    });
    clearForm();
    m_shownState = formState();
    reload();
    if (!m_programs.isEmpty()) {
        m_list->setCurrentRow(0); // the first program, not an empty form
    }
}

QWidget* ProgramsPage::buildForm()
{
    auto* form = new QWidget(this);
    auto* layout = new QVBoxLayout(form);
    m_payment = new ProgramPaymentSection(form);
    connect(m_payment, &ProgramPaymentSection::testConnectionRequested, this, &ProgramsPage::testConnection);

    auto* saveButton = new QPushButton(tr("&Save program"), form);
    saveButton->setObjectName(QStringLiteral("saveProgramButton"));
    m_enrolButton = new QPushButton(tr("&Enrol from the registry"), form);
    m_enrolButton->setObjectName(QStringLiteral("enrolButton"));
    m_status = new QLabel(form);
    m_status->setObjectName(QStringLiteral("programStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(m_enrolButton);
    buttons->addStretch();

    layout->addWidget(buildGeneralSection(form));
    layout->addWidget(buildRuleSection(form));
    layout->addWidget(buildEligibilitySection(form));
    layout->addWidget(m_payment);
    layout->addWidget(buildBudgetSection(form));
    layout->addWidget(buildReleaseSection(form));
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(saveButton, &QPushButton::clicked, this, &ProgramsPage::save);
    connect(m_enrolButton, &QPushButton::clicked, this, &ProgramsPage::enrol);
    return form;
}

QGroupBox* ProgramsPage::buildGeneralSection(QWidget* form)
{
    auto* general = new QGroupBox(tr("Program"), form);
    auto* generalForm = new QFormLayout(general);
    m_name = new QLineEdit(general);
    m_name->setObjectName(QStringLiteral("programName"));
    m_currency = new QLineEdit(QStringLiteral("USD"), general);
    m_currency->setObjectName(QStringLiteral("programCurrency"));
    m_currency->setMaxLength(3);
    generalForm->addRow(tr("&Name:"), m_name);
    generalForm->addRow(tr("&Currency (ISO 4217):"), m_currency);
    return general;
}

QGroupBox* ProgramsPage::buildRuleSection(QWidget* form)
{
    auto* rule = new QGroupBox(tr("Entitlement per cycle"), form);
    auto* ruleLayout = new QVBoxLayout(rule);
    m_ruleKind = new QComboBox(rule);
    m_ruleKind->setObjectName(QStringLiteral("ruleKind"));
    m_ruleKind->addItems(
        {tr("A fixed amount"), tr("A base amount plus an amount per household member"), tr("An amount per region")});
    m_ruleFields = new QStackedWidget(rule);
    auto* fixedPage = new QWidget(m_ruleFields);
    auto* fixedForm = new QFormLayout(fixedPage);
    m_fixedAmount = new QLineEdit(fixedPage);
    m_fixedAmount->setObjectName(QStringLiteral("fixedAmount"));
    fixedForm->addRow(tr("Amount:"), m_fixedAmount);
    auto* memberPage = new QWidget(m_ruleFields);
    auto* memberForm = new QFormLayout(memberPage);
    m_baseAmount = new QLineEdit(memberPage);
    m_perMemberAmount = new QLineEdit(memberPage);
    m_memberCap = spin(1, 50, 6, memberPage);
    memberForm->addRow(tr("Base amount:"), m_baseAmount);
    memberForm->addRow(tr("Per household member:"), m_perMemberAmount);
    memberForm->addRow(tr("Members counted at most:"), m_memberCap);
    auto* regionPage = new QWidget(m_ruleFields);
    auto* regionForm = new QFormLayout(regionPage);
    m_regionTable = new QPlainTextEdit(regionPage);
    m_regionTable->setPlaceholderText(tr("One region per line: Northern = 30"));
    m_otherRegions = new QLineEdit(regionPage);
    m_otherRegions->setPlaceholderText(tr("empty: nothing for other regions"));
    regionForm->addRow(tr("Amounts:"), m_regionTable);
    regionForm->addRow(tr("Other regions:"), m_otherRegions);
    m_ruleFields->addWidget(fixedPage);
    m_ruleFields->addWidget(memberPage);
    m_ruleFields->addWidget(regionPage);
    m_ruleError = errorLabel(QStringLiteral("ruleError"), rule);
    ruleLayout->addWidget(m_ruleKind);
    ruleLayout->addWidget(m_ruleFields);
    ruleLayout->addWidget(m_ruleError);
    connect(m_ruleKind, &QComboBox::currentIndexChanged, m_ruleFields, &QStackedWidget::setCurrentIndex);
    return rule;
}

QGroupBox* ProgramsPage::buildEligibilitySection(QWidget* form)
{
    auto* eligibility = new QGroupBox(tr("Eligibility"), form);
    auto* eligibilityForm = new QFormLayout(eligibility);
    m_regions = new QLineEdit(eligibility);
    m_regions->setObjectName(QStringLiteral("eligibleRegions"));
    m_regions->setPlaceholderText(tr("empty: every region; else Northern, Coastal"));
    m_householdMin = spin(1, 50, 1, eligibility);
    m_householdMin->setObjectName(QStringLiteral("householdMin"));
    m_householdMax = spin(1, 50, 50, eligibility);
    m_ageMin = spin(0, 130, 0, eligibility);
    m_ageMax = spin(0, 130, 130, eligibility);
    m_eligibilityError = errorLabel(QStringLiteral("eligibilityError"), eligibility);
    eligibilityForm->addRow(tr("Regions:"), m_regions);
    eligibilityForm->addRow(tr("Household size from:"), m_householdMin);
    eligibilityForm->addRow(tr("Household size to:"), m_householdMax);
    eligibilityForm->addRow(tr("Age from:"), m_ageMin);
    eligibilityForm->addRow(tr("Age to:"), m_ageMax);
    eligibilityForm->addRow(m_eligibilityError);
    return eligibility;
}

QGroupBox* ProgramsPage::buildBudgetSection(QWidget* form)
{
    auto* budget = new QGroupBox(tr("Budget"), form);
    auto* budgetForm = new QFormLayout(budget);
    m_budget = new QLineEdit(budget);
    m_budget->setObjectName(QStringLiteral("programBudget"));
    m_budgetError = errorLabel(QStringLiteral("budgetError"), budget);
    budgetForm->addRow(tr("Budget:"), m_budget);
    budgetForm->addRow(m_budgetError);
    return budget;
}

QGroupBox* ProgramsPage::buildReleaseSection(QWidget* form)
{
    auto* release = new QGroupBox(tr("Approval and release"), form);
    auto* releaseForm = new QFormLayout(release);
    m_approvalTiers = new QLineEdit(release);
    m_approvalTiers->setObjectName(QStringLiteral("approvalTiers"));
    m_approvalTiers->setPlaceholderText(tr("e.g. 0:1, 50000:2, 250000:3 (empty: one checker)"));
    m_approvalTiers->setToolTip(
        tr("From each total upwards (in the program's currency), how many distinct checkers approve a cycle."));
    m_signOffRequired = new QCheckBox(
        tr("Each batch is signed off by its maker and countersigned by a checker before it is sent"), release);
    m_signOffRequired->setObjectName(QStringLiteral("signOffRequired"));
    m_pilotPayments = spin(0, 100000, 0, release);
    m_pilotPayments->setObjectName(QStringLiteral("pilotPayments"));
    m_pilotPayments->setSpecialValueText(tr("no pilot"));
    m_pilotMaxFailed = new QDoubleSpinBox(release);
    m_pilotMaxFailed->setObjectName(QStringLiteral("pilotMaxFailed"));
    m_pilotMaxFailed->setRange(0, 100);
    m_pilotMaxFailed->setDecimals(1);
    m_pilotMaxFailed->setSuffix(QStringLiteral(" %"));
    m_releaseError = errorLabel(QStringLiteral("releaseError"), release);
    releaseForm->addRow(tr("Approval tiers:"), m_approvalTiers);
    releaseForm->addRow(m_signOffRequired);
    releaseForm->addRow(tr("Pilot payments per cycle:"), m_pilotPayments);
    releaseForm->addRow(tr("Pilot failures allowed, at most:"), m_pilotMaxFailed);
    releaseForm->addRow(m_releaseError);
    return release;
}

void ProgramsPage::reload()
{
    m_programs = ProgramRepository(m_session.database()).all();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Program& program : std::as_const(m_programs)) {
        m_list->addItem(program.name);
    }
}

void ProgramsPage::readAgain()
{
    // The program on show stays chosen, and the form keeps what the officer typed.
    const int row = m_list->currentRow();
    const qint64 shown = row >= 0 && row < m_programs.size() ? m_programs.at(row).id : 0;
    reload();
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_programs.size(); ++i) {
        if (m_programs.at(i).id == shown) {
            m_list->setCurrentRow(i);
        }
    }
}

void ProgramsPage::clearForm()
{
    for (QLineEdit* edit : {m_name, m_fixedAmount, m_baseAmount, m_perMemberAmount, m_otherRegions, m_regions, m_budget,
                            m_approvalTiers}) {
        edit->clear();
    }
    m_payment->clear();
    m_signOffRequired->setChecked(false);
    m_pilotPayments->setValue(0);
    m_pilotMaxFailed->setValue(0);
    m_releaseError->clear();
    m_releaseError->setVisible(false);
    m_regionTable->clear();
    m_enrolButton->setEnabled(false);
    showError(QString(), Program::Part::General);
    m_status->clear();
}

QString ProgramsPage::formState() const
{
    QStringList values;
    const QWidget* form = m_scroll->widget();
    for (const QLineEdit* edit : form->findChildren<QLineEdit*>()) {
        values.append(edit->text());
    }
    for (const QPlainTextEdit* edit : form->findChildren<QPlainTextEdit*>()) {
        values.append(edit->toPlainText());
    }
    for (const QComboBox* combo : form->findChildren<QComboBox*>()) {
        values.append(QString::number(combo->currentIndex()));
    }
    for (const QAbstractSpinBox* spinBox : form->findChildren<QAbstractSpinBox*>()) {
        values.append(spinBox->text());
    }
    for (const QCheckBox* check : form->findChildren<QCheckBox*>()) {
        values.append(check->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return values.join(u'\x1f');
}

bool ProgramsPage::mayLeaveShownProgram(int nextRow)
{
    if (formState() == m_shownState) {
        return true;
    }
    const QString name = m_name->text().trimmed().isEmpty() ? tr("the new program") : m_name->text().trimmed();
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The changes to %1 are not saved. Save them first?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        return true;
    }
    const qint64 nextId = nextRow >= 0 && nextRow < m_programs.size() ? m_programs.at(nextRow).id : 0;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_shownRow); // the form still shows it
    }
    if (answer != QMessageBox::Save || !save() || nextRow < 0) {
        return false; // stays on the changes (a refused save shows why)
    }
    for (int row = 0; row < m_programs.size(); ++row) {
        if (m_programs.at(row).id == nextId) {
            m_list->setCurrentRow(row); // the saved list may be in another order
        }
    }
    return false; // shown by the row change above
}

void ProgramsPage::showProgram(int row)
{
    if (row < 0 || row >= m_programs.size() || !mayLeaveShownProgram(row)) {
        return;
    }
    clearForm();
    const Program& program = m_programs.at(row);
    const QJsonObject rule = program.rule.toJson();
    auto amountOf = [](const QJsonValue& money) { return money.toObject().value(QStringLiteral("amount")).toString(); };
    m_name->setText(program.name);
    m_currency->setText(program.currency.code());
    m_ruleKind->setCurrentIndex(int(program.rule.kind()));
    m_fixedAmount->setText(amountOf(rule.value(QStringLiteral("amount"))));
    m_baseAmount->setText(amountOf(rule.value(QStringLiteral("base"))));
    m_perMemberAmount->setText(amountOf(rule.value(QStringLiteral("per_member"))));
    m_memberCap->setValue(rule.value(QStringLiteral("member_cap")).toInt(6));
    QStringList lines;
    for (const QJsonValue& entry : rule.value(QStringLiteral("regions")).toArray()) {
        lines.append(entry.toObject().value(QStringLiteral("region")).toString() + QStringLiteral(" = ") +
                     amountOf(entry.toObject().value(QStringLiteral("amount"))));
    }
    m_regionTable->setPlainText(lines.join(u'\n'));
    m_otherRegions->setText(amountOf(rule.value(QStringLiteral("other_regions"))));
    m_regions->setText(program.eligibility.regions.join(QStringLiteral(", ")));
    m_householdMin->setValue(program.eligibility.householdMin);
    m_householdMax->setValue(program.eligibility.householdMax);
    m_ageMin->setValue(program.eligibility.ageMin.value_or(0));
    m_ageMax->setValue(program.eligibility.ageMax.value_or(130));
    m_payment->showProgram(program);
    m_budget->setText(program.budget.toDecimalString());
    QString error;
    const auto tiers = ApprovalTierRepository(m_session.database()).tiersOf(program.id, program.currency, &error);
    const auto policy = ReleasePolicyRepository(m_session.database()).policyOf(program.id, &error);
    m_approvalTiers->setText(tiers ? tiers->toText() : QString());
    m_signOffRequired->setChecked(policy && policy->signOffRequired);
    m_pilotPayments->setValue(policy ? policy->pilotPayments : 0);
    m_pilotMaxFailed->setValue(policy ? policy->pilotMaxFailedPerMille / 10.0 : 0);
    m_enrolButton->setEnabled(true);
    m_shownRow = row;
    m_shownState = formState();
}

bool ProgramsPage::saveApprovalAndRelease(const Program& program, const Officer& officer)
{
    QString error;
    const auto tiers = ApprovalTiers::parse(m_approvalTiers->text(), program.currency, &error);
    ApprovalTierRepository tierRepository(m_session.database());
    ReleasePolicyRepository policyRepository(m_session.database());
    const auto savedTiers = tiers ? tierRepository.tiersOf(program.id, program.currency, &error) : std::nullopt;
    const auto savedPolicy = savedTiers ? policyRepository.policyOf(program.id, &error) : std::nullopt;
    ReleasePolicy policy;
    policy.signOffRequired = m_signOffRequired->isChecked();
    policy.pilotPayments = m_pilotPayments->value();
    policy.pilotMaxFailedPerMille = int(m_pilotMaxFailed->value() * 10 + 0.5);
    const bool saved = savedPolicy &&
                       (savedTiers->toText() == tiers->toText() ||
                        tierRepository.save(program.id, program.currency, *tiers, officer, &error)) &&
                       ((savedPolicy->signOffRequired == policy.signOffRequired &&
                         savedPolicy->pilotPayments == policy.pilotPayments &&
                         savedPolicy->pilotMaxFailedPerMille == policy.pilotMaxFailedPerMille) ||
                        policyRepository.save(program.id, policy, officer, &error));
    m_releaseError->setText(saved ? QString() : tr("Not saved: %1").arg(error));
    m_releaseError->setVisible(!saved);
    return saved;
}

void ProgramsPage::showError(const QString& message, Program::Part part)
{
    QLabel* target = nullptr; // Program::Part::General: under the Save button
    switch (part) {
    case Program::Part::Rule:
        target = m_ruleError;
        break;
    case Program::Part::Eligibility:
        target = m_eligibilityError;
        break;
    case Program::Part::Payment:
        target = m_payment->errorLabel();
        break;
    case Program::Part::Budget:
        target = m_budgetError;
        break;
    case Program::Part::General:
        break;
    }
    for (QLabel* label : {m_ruleError, m_eligibilityError, m_payment->errorLabel(), m_budgetError}) {
        label->setText(label == target ? message : QString());
        label->setVisible(label == target && !message.isEmpty());
    }
    m_status->setText(target ? QString() : message);
    if (message.isEmpty()) {
        return;
    }
    // The field to mend first, for each part.
    QWidget* field = m_name;
    switch (part) {
    case Program::Part::Rule:
        field = m_ruleKind;
        break;
    case Program::Part::Eligibility:
        field = m_regions;
        break;
    case Program::Part::Payment:
        field = m_payment;
        break;
    case Program::Part::Budget:
        field = m_budget;
        break;
    case Program::Part::General:
        break;
    }
    bringIntoView(target ? target : m_status, field);
}

void ProgramsPage::bringIntoView(QLabel* refusal, QWidget* field)
{
    // The refusal just shown gets its place in the laid-out form before the form scrolls to it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_scroll->ensureWidgetVisible(field);
    m_scroll->ensureWidgetVisible(refusal);
    field->setFocus(Qt::OtherFocusReason);
}

bool ProgramsPage::readForm(Program* program)
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_programs.size()) {
        *program = m_programs.at(row);
    }
    program->name = m_name->text().trimmed();
    program->currency = Currency::fromCode(m_currency->text());
    if (!program->currency.isValid()) {
        showError(tr("%1 is not a currency code").arg(m_currency->text()), Program::Part::General);
        return false;
    }
    if (!readRule(program)) {
        return false;
    }
    program->eligibility.regions.clear();
    for (const QString& region : m_regions->text().split(u',', Qt::SkipEmptyParts)) {
        program->eligibility.regions.append(region.trimmed());
    }
    program->eligibility.householdMin = m_householdMin->value();
    program->eligibility.householdMax = m_householdMax->value();
    program->eligibility.ageMin = m_ageMin->value() > 0 ? std::optional(m_ageMin->value()) : std::nullopt;
    program->eligibility.ageMax = m_ageMax->value() < 130 ? std::optional(m_ageMax->value()) : std::nullopt;
    QString error;
    if (!m_payment->read(program, &error)) {
        showError(tr("payer account: %1").arg(error), Program::Part::Payment);
        return false;
    }
    const auto budget = Money::parse(m_budget->text(), program->currency, &error);
    if (!budget) {
        showError(tr("budget: %1").arg(error), Program::Part::Budget);
        return false;
    }
    program->budget = *budget;
    return true;
}

bool ProgramsPage::readRule(Program* program)
{
    QString error;
    auto money = [&](QLineEdit* edit, const QString& what) -> std::optional<Money> {
        const auto amount = Money::parse(edit->text(), program->currency, &error);
        if (!amount) {
            showError(tr("entitlement rule: %1: %2").arg(what, error), Program::Part::Rule);
        }
        return amount;
    };
    if (m_ruleKind->currentIndex() == int(EntitlementRule::Kind::Fixed)) {
        const auto amount = money(m_fixedAmount, tr("amount"));
        if (!amount) {
            return false;
        }
        program->rule = EntitlementRule::fixed(*amount);
        return true;
    }
    if (m_ruleKind->currentIndex() == int(EntitlementRule::Kind::PerHouseholdMember)) {
        const auto base = money(m_baseAmount, tr("base amount"));
        const auto perMember = base ? money(m_perMemberAmount, tr("amount per member")) : std::nullopt;
        if (!perMember) {
            return false;
        }
        program->rule = EntitlementRule::perHouseholdMember(*base, *perMember, m_memberCap->value());
        return true;
    }
    QList<EntitlementRule::RegionAmount> regions;
    const QStringList lines = m_regionTable->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const qsizetype equals = line.indexOf(u'=');
        const auto amount = Money::parse(line.mid(equals + 1), program->currency, &error);
        if (equals <= 0 || !amount) {
            showError(tr("entitlement rule: \"%1\" is not \"Region = amount\"").arg(line.trimmed()),
                      Program::Part::Rule);
            return false;
        }
        regions.append({line.left(equals).trimmed(), *amount});
    }
    std::optional<Money> other;
    if (!m_otherRegions->text().trimmed().isEmpty() && !(other = money(m_otherRegions, tr("other regions")))) {
        return false;
    }
    program->rule = EntitlementRule::perRegion(regions, other);
    return true;
}

bool ProgramsPage::save()
{
    showError(QString(), Program::Part::General);
    const auto& officer = m_session.officer();
    if (!officer) {
        m_status->setText(tr("Choose who is acting (top right) first."));
        return false;
    }
    Program program;
    if (!readForm(&program)) {
        return false;
    }
    const QString password = m_payment->typedPassword(); // the form is read again once saved
    QString error;
    Program::Part part = Program::Part::General;
    // The tiers are read first: a program is not saved with tiers that cannot be.
    if (!ApprovalTiers::parse(m_approvalTiers->text(), program.currency, &error)) {
        m_releaseError->setText(error);
        m_releaseError->setVisible(true);
        m_status->setText(tr("The program was not saved: the approval tiers are wrong."));
        bringIntoView(m_releaseError, m_approvalTiers);
        return false;
    }
    // The repository checks again (and who may save); this first check says where the problem is.
    if (!program.validate(&error, &part) || !ProgramRepository(m_session.database()).save(program, *officer, &error)) {
        showError(tr("The program was not saved: %1").arg(error), part);
        return false;
    }
    if (!saveApprovalAndRelease(program, *officer)) {
        m_status->setText(tr("The program was saved; its approval tiers or release policy were not."));
        reload();
        return false;
    }
    m_shownState = formState(); // saved: nothing to ask about when the list moves
    m_shownRow = -1;
    reload();
    for (int row = 0; row < m_programs.size(); ++row) {
        if (m_programs.at(row).id == program.id) {
            m_list->setCurrentRow(row);
        }
    }
    QString saved = tr("Program saved.");
    // The password goes to the keychain (or this session), never with the program.
    const HubEndpoint endpoint = m_session.hubEndpoint(program.hubSettings);
    if (!password.isEmpty() && !endpoint.username.isEmpty()) {
        saved += u' ' + m_session.secrets().keep(CredentialStore::operationsPasswordKey(
                                                     endpoint.operationsUrl.toString(), endpoint.username),
                                                 password);
    }
    m_status->setText(saved);
    Q_EMIT programsChanged();
    return true;
}

bool ProgramsPage::testConnection()
{
    Program program;
    if (m_jobs->busy() || !readForm(&program)) {
        return false;
    }
    HubEndpoint endpoint = m_session.hubEndpoint(program.hubSettings);
    endpoint.password = m_payment->typedPassword(); // typed and not saved yet: tried as it is
    if (!m_session.secrets().completeEndpoint(this, &endpoint)) {
        m_payment->showConnectionResult(tr("Not tested: the operations app's password was not given."));
        return false;
    }
    const PaymentBackend backend = program.backend;
    m_payment->setTesting(true);
    const QString passwordKey =
        CredentialStore::operationsPasswordKey(endpoint.operationsUrl.toString(), endpoint.username);
    m_jobs->run<ConnectionCheck>(
        [endpoint, backend](const JobControl&) { return HubConnectionTester::test(endpoint, backend); },
        [this, passwordKey](const ConnectionCheck& result) {
            m_payment->setTesting(false);
            QStringList lines;
            for (const ConnectionCheck::Part& part : std::as_const(result.parts)) {
                lines.append((part.ok ? tr("✓ %1: %2") : tr("✗ %1: %2")).arg(part.what, part.detail));
            }
            if (result.credentialsRefused()) {
                m_session.secrets().forget(passwordKey);
                lines.append(tr("That password is forgotten: the next test asks for it again."));
            }
            m_payment->showConnectionResult(lines.join(u'\n'));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            m_scroll->ensureWidgetVisible(m_payment->connectionResultLabel()); // the answer is seen where it is
            Q_EMIT connectionTested(result.ok());
        });
    return true;
}

void ProgramsPage::enrol()
{
    const int row = m_list->currentRow();
    const auto& officer = m_session.officer();
    if (row < 0 || !officer) {
        m_status->setText(tr("Choose a saved program and who is acting first."));
        return;
    }
    const qint64 programId = m_programs.at(row).id;
    const auto openDatabase = m_session.connectionForWorker();
    const Officer actor = *officer;
    m_enrolButton->setEnabled(false);
    m_status->setText(tr("Enrolling… the registry is being read."));
    // Its own connection: a database connection belongs to the thread that opened it. Enrolment is
    // one transaction: a page that goes meanwhile lets it finish on its own.
    m_jobs->run<EnrolmentResult>(
        [openDatabase, programId, actor](const JobControl&) {
            QString error;
            const auto database = openDatabase(&error);
            EnrolmentResult result =
                database ? Enrolment(*database).run(programId, QDate::currentDate(), actor) : EnrolmentResult{};
            if (!database) {
                result.error = error;
            }
            return result;
        },
        [this](const EnrolmentResult& result) {
            m_enrolButton->setEnabled(true);
            m_status->setText(
                result.succeeded
                    ? tr("%1 enrolled: %2 joined, %3 left.").arg(result.enrolled).arg(result.joined).arg(result.left)
                    : tr("Enrolment failed: %1").arg(result.error));
            Q_EMIT programsChanged();
        });
}
