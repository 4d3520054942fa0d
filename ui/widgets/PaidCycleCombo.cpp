#include "PaidCycleCombo.h"

#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"

PaidCycleCombo::PaidCycleCombo(QWidget* parent) : QComboBox(parent)
{
    setAccessibleName(tr("Cycle"));
}

void PaidCycleCombo::reload(Database& database)
{
    const qint64 shown = cycleId();
    const QSignalBlocker blocker(this);
    clear();
    CycleService cycles(database);
    for (const Program& program : ProgramRepository(database).all()) {
        for (const Cycle& cycle : cycles.cyclesOf(program.id)) {
            if (cycle.state == CycleState::Approved || cycle.state == CycleState::Distributed ||
                cycle.state == CycleState::Ended) {
                addItem(tr("%1 — %2 (%3)").arg(program.name, cycle.name, cycleStateText(cycle.state)), cycle.id);
            }
        }
    }
    setCurrentIndex(qMax(0, findData(shown)));
}

std::optional<Program> PaidCycleCombo::chosenProgram(Database& database, QString* error) const
{
    const qint64 chosen = cycleId();
    return chosen > 0 ? ProgramRepository(database).findOfCycle(chosen, error) : std::nullopt;
}
