#include "RowwiseBeneficiaryUpserter.h"

void RowwiseBeneficiaryUpserter::write(const std::vector<const Beneficiary*>& rows, qint64 importId,
                                       std::vector<Outcome>* outcomes)
{
    for (const Beneficiary* row : rows) {
        outcomes->push_back(upsert(*row, importId));
        if (outcomes->back() == Outcome::Failed) {
            return;
        }
    }
}
